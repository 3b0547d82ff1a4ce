/**
 * The person page's address holds an opaque handle, never the SKN: an address
 * ends up in the browser history, in bookmarks, in the Referer of every
 * request the page makes, in the login page's `terug=` after a session ends,
 * and in whatever a user pastes into an e-mail. The SKN identifies a person
 * just as the BSN does.
 *
 * A handle is 16 random bytes (base64url) that maps to the SKN only in this
 * tab's sessionStorage (other tabs and other browsers cannot read it; it is
 * gone when the tab closes), only for the user who made it, and only for
 * HANDLE_MINUTES. After that the page says the link has expired.
 */
import { onSessionEnded } from '../../lib/api.ts';

export const HANDLE_MINUTES = 30;

const STORAGE_KEY = 'kz.persoonsverwijzingen';
const HANDLE_PATTERN = /^[A-Za-z0-9_-]{22}$/;

interface Entry {
  skn: string;
  /** The id of the user who made the handle: another user in this tab cannot use it. */
  user: number;
  expiresAt: number;
}

type Entries = Record<string, Entry>;

function isEntry(value: unknown): value is Entry {
  const e = value as Partial<Entry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.skn === 'string' &&
    typeof e.user === 'number' &&
    typeof e.expiresAt === 'number'
  );
}

/** The handles still valid at `now`; expired ones are dropped as a side effect of every read. */
function load(now: number): Entries {
  let parsed: unknown;
  try {
    parsed = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
  } catch {
    parsed = {};
  }
  const valid: Entries = {};
  if (parsed && typeof parsed === 'object')
    for (const [handle, entry] of Object.entries(parsed))
      if (isEntry(entry) && entry.expiresAt > now) valid[handle] = entry;
  return valid;
}

function save(entries: Entries): void {
  try {
    if (Object.keys(entries).length === 0) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Storage full or refused: the link then reads as expired, which is safe.
  }
}

function randomHandle(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** A new handle for `skn`, valid in this tab for `user` during HANDLE_MINUTES. */
export function createHandle(skn: string, user: number, now = Date.now()): string {
  const entries = load(now);
  const handle = randomHandle();
  entries[handle] = { skn, user, expiresAt: now + HANDLE_MINUTES * 60_000 };
  save(entries);
  return handle;
}

/** The SKN behind `handle`, or undefined when it is unknown, expired, or made by another user. */
export function resolveHandle(handle: string, user: number, now = Date.now()): string | undefined {
  if (!HANDLE_PATTERN.test(handle)) return undefined;
  const entries = load(now);
  save(entries);
  const entry = entries[handle];
  return entry && entry.user === user ? entry.skn : undefined;
}

export function forgetHandles(): void {
  save({});
}

/** The path of the person page for a handle. */
export const personPath = (handle: string) => `/raadplegen/persoon/${handle}`;

// When the session ends, every handle goes with it (the router module imports this one at start).
onSessionEnded(forgetHandles);
