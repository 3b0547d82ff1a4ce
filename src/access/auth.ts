/**
 * Authentication and authorization, declared per route as an onRequest hook
 * (before the body is read or validated), so a route is protected because it
 * says so, not because of its URL: source systems with `Authorization: Bearer
 * <token>`, people with a session cookie (and, for changes, the session's
 * CSRF token) and a role.
 */
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../platform/db.ts';
import { AuthError } from '../platform/errors.ts';
import type { Role, User } from './model.ts';
import type { SessionResolver } from './sessions.ts';
import type { Session } from './store.ts';
import { type TokenHolder, verifyApiToken } from './tokens.ts';

declare module 'fastify' {
  interface FastifyRequest {
    sourceSystem?: TokenHolder;
  }
}

export function requireSourceToken(db: Db) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    const holder = match?.[1] ? await verifyApiToken(db, match[1]) : undefined;
    if (!holder) {
      reply.header('WWW-Authenticate', 'Bearer realm="ketenzicht"');
      throw new AuthError('UNAUTHENTICATED', 401, 'a valid source-system API token is required');
    }
    request.sourceSystem = holder;
  };
}

/** The session cookie's name. */
export const SESSION_COOKIE = 'kz_session';

declare module 'fastify' {
  interface FastifyRequest {
    user?: User;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The live session behind the request's cookie; 401 when there is none or it expired. */
export async function currentSession(sessions: SessionResolver, request: FastifyRequest): Promise<Session> {
  const id = request.cookies[SESSION_COOKIE];
  const session = id ? await sessions.resolve(id) : undefined;
  if (!session) {
    throw new AuthError(
      id ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED',
      401,
      id ? 'the session has expired; log in again' : 'log in first',
    );
  }
  return session;
}

/**
 * A route for logged-in users with one of `roles`: no session → 401; a
 * state-changing request without the session's CSRF token → 403; a user
 * who must first replace a password an administrator set → 403
 * PASSWORD_CHANGE_REQUIRED (except on the routes that say
 * `duringPasswordChange`: the change itself and logout); a user without the
 * role → 403, before the route reads anything, so a refusal never tells
 * whether the thing asked for exists.
 */
export function requireUser(
  sessions: SessionResolver,
  roles: readonly Role[],
  { duringPasswordChange = false }: { duringPasswordChange?: boolean } = {},
) {
  return async (request: FastifyRequest): Promise<void> => {
    const session = await currentSession(sessions, request);
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AuthError('CSRF_TOKEN_INVALID', 403, 'missing or wrong X-CSRF-Token header');
    }
    if (session.mustChangePassword && !duringPasswordChange) {
      throw new AuthError(
        'PASSWORD_CHANGE_REQUIRED',
        403,
        'your password was set by an administrator: choose your own first (PUT /api/v1/sessie/wachtwoord)',
      );
    }
    if (!session.user.roles.some((role) => roles.includes(role))) {
      throw new AuthError('FORBIDDEN', 403, 'your role does not give access to this');
    }
    request.user = session.user;
  };
}

/**
 * The user `requireUser` put on the request. A handler behind `requireUser`
 * always has one; a route that forgot the hook gets a 401, never a crash.
 */
export function userOf(request: FastifyRequest): User {
  if (!request.user) throw new AuthError('UNAUTHENTICATED', 401, 'log in first');
  return request.user;
}
