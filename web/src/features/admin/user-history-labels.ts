/**
 * The Dutch words for a user's history: each change the audit log records
 * (src/access/admin-audit.ts USER_CHANGES) and what it changed. Keyed by the
 * change, so a new one without its words does not compile, and
 * test/user-history-labels.test.ts checks every code the service knows.
 */
import { ROLE_LABELS, type Role } from '../../lib/auth/roles.ts';
import type { UserChange } from './api/get-user-history.ts';

export const CHANGE_LABELS: Record<UserChange, string> = {
  'user-created': 'Aangemaakt',
  'user-updated': 'Gegevens gewijzigd',
  'user-roles-changed': 'Rollen gewijzigd',
  'user-deactivated': 'Gedeactiveerd',
  'user-reactivated': 'Weer geactiveerd',
  'user-unlocked': 'Inlogblokkades opgeheven',
  'user-password-reset': 'Wachtwoord hersteld',
  'own-password-changed': 'Wachtwoord gewijzigd door de gebruiker',
};

type Details = Readonly<Record<string, unknown>>;

const roles = (value: unknown) =>
  Array.isArray(value) && value.length > 0
    ? value.map((role) => ROLE_LABELS[role as Role] ?? String(role)).join(', ')
    : 'geen';

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? `‘${value}’` : '(leeg)');

/** `1 sessie`, `2 sessies`; `geen sessies` for none. */
const count = (value: unknown, one: string, many: string) => {
  const n = typeof value === 'number' ? value : 0;
  return n === 0 ? `geen ${many}` : `${n} ${n === 1 ? one : many}`;
};
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface FromTo {
  from?: unknown;
  to?: unknown;
}
const fromTo = (value: unknown): FromTo => (value && typeof value === 'object' ? (value as FromTo) : {});

const FIELD_NAMES: Record<string, string> = { displayName: 'naam', email: 'e-mailadres' };

/** What a change did, in a sentence; empty when the label says it all. */
export const CHANGE_DETAILS: Record<UserChange, (details: Details) => string> = {
  'user-created': (d) =>
    `Gebruikersnaam ${text(d.username)}, organisatie ${String(d.organisation ?? '')}, rollen: ${roles(d.roles)}; ` +
    (d.oidcLinked
      ? 'logt in via de eigen organisatie.'
      : d.passwordLogin
        ? 'logt in met een wachtwoord.'
        : 'nog geen manier om in te loggen.'),
  'user-updated': (d) =>
    Object.entries(d)
      .map(([field, change]) => {
        const { from, to } = fromTo(change);
        return `${FIELD_NAMES[field] ?? field}: ${text(from)} → ${text(to)}`;
      })
      .join('; '),
  'user-roles-changed': (d) => {
    const { from, to } = fromTo(d.roles);
    return `Van ${roles(from)} naar ${roles(to)}.`;
  },
  'user-deactivated': (d) => `${capitalised(count(d.sessionsEnded, 'sessie', 'sessies'))} beëindigd.`,
  'user-reactivated': () => '',
  'user-unlocked': (d) => `${capitalised(count(d.locksLifted, 'blokkade', 'blokkades'))} opgeheven.`,
  'user-password-reset': (d) =>
    `Tijdelijk wachtwoord gegeven; ${count(d.sessionsEnded, 'sessie', 'sessies')} beëindigd.`,
  'own-password-changed': () => '',
};
