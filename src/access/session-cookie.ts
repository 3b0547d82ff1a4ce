/**
 * Starting a session once a person has proven who they are (password or
 * OIDC), and the one set of options of its cookie, so every way in hands out
 * the same session: server-side, HttpOnly, Secure per config, SameSite=Strict.
 */
import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import type { Db } from '../platform/db.ts';
import { SESSION_COOKIE } from './auth.ts';
import { createSession } from './store.ts';

export function sessionCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, secure, sameSite: 'strict' as const };
}

export interface SessionStart {
  sessionIdleMinutes: number;
  cookieSecure: boolean;
}

/** Creates a session for `userId` and sets its cookie on `reply`; returns what the client may see. */
export async function startSession(
  db: Db,
  reply: FastifyReply,
  userId: number,
  policy: SessionStart,
): Promise<{ csrfToken: string; expiresAt: Date }> {
  const session = await createSession(db, userId, policy.sessionIdleMinutes);
  reply.setCookie(SESSION_COOKIE, session.id, sessionCookieOptions(policy.cookieSecure));
  return { csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}
