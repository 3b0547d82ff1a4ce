/**
 * The one way the portal talks to the API: JSON in and out, the session's
 * CSRF token on every change, and problem+json answers turned into an
 * ApiError with the server's stable code. A 401 on any call but the login
 * itself means the session is gone; the session provider hears of it.
 */
import type { Schema } from '../api/types.ts';

type Problem = Schema<'Problem'>;
/** One field the API refused, and by which rule. */
export type FieldError = NonNullable<Problem['errors']>[number];

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[];

  constructor(status: number, code: string, detail: string, errors: FieldError[] = []) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

let csrfToken: string | undefined;

/** Set at login and whenever the session is read; sent as X-CSRF-Token with every change. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The session's CSRF token, for a call that is no JSON (a file download). */
export const currentCsrfToken = (): string | undefined => csrfToken;

const sessionEndedListeners = new Set<(code: string) => void>();

/** Called with SESSION_EXPIRED or UNAUTHENTICATED when a call finds the session gone. */
export function onSessionEnded(listener: (code: string) => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

export type Query = Record<string, string | number | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
  /** The login itself: a 401 there is a wrong password, not an ended session. */
  anonymous?: boolean;
}

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${withQuery(path, options.query)}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    );
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (response.ok) return data as T;
  const problem = (data ?? {}) as Partial<Problem>;
  const error = new ApiError(
    response.status,
    problem.code ?? 'UNKNOWN',
    problem.detail ?? response.statusText,
    problem.errors,
  );
  if (response.status === 401 && !options.anonymous)
    for (const listener of sessionEndedListeners) listener(error.code);
  throw error;
}
