/**
 * A password login, decided: who may log in, and one answer for every
 * refusal. An unknown user, a user without a password, a client locked out
 * of the account and a wrong password all get the same error after as long a
 * check (argon2 against a dummy hash where there is nothing to check), so
 * neither the answer nor its time tells them apart (issue 11, finding 6).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../platform/db.ts';
import { AuthError } from '../platform/errors.ts';
import {
  clientId,
  lockedUntil,
  recordFailure,
  recordSuccess,
  type ThrottlePolicy,
} from './login-throttle.ts';
import type { User } from './model.ts';
import { verifyNothing, verifyPassword } from './passwords.ts';
import { findLoginCandidate } from './store.ts';

/** The one answer to every refused password login: it tells no one whether the account exists or is locked. */
export const loginFailed = () =>
  new AuthError(
    'LOGIN_FAILED',
    401,
    'wrong username or password, or too many failed attempts; try again later',
  );

export interface PasswordLogin {
  username: string;
  password: string;
  /** The request's client address; counted by its keyed hash only. */
  ip: string;
}

/** The user whose password this is; throws `loginFailed()` for every refusal. */
export async function checkPasswordLogin(
  db: Db,
  { username, password, ip }: PasswordLogin,
  throttle: { key: Buffer; policy: ThrottlePolicy },
  log: FastifyBaseLogger,
): Promise<{ user: User; mustChangePassword: boolean }> {
  const client = clientId(throttle.key, ip);
  const candidate = await findLoginCandidate(db, username);
  const hash = candidate?.passwordHash;
  if (!candidate || !hash || (await lockedUntil(db, candidate.user.id, client))) {
    await verifyNothing(password);
    if (candidate)
      log.warn({ userId: candidate.user.id }, 'failed login (not checked: address locked or no password)');
    throw loginFailed();
  }
  if (!(await verifyPassword(hash, password))) {
    const { locked } = await recordFailure(db, candidate.user.id, client, throttle.policy);
    log.warn({ userId: candidate.user.id, locked: locked !== undefined }, 'failed login');
    throw loginFailed();
  }
  await recordSuccess(db, candidate.user.id, client);
  return { user: candidate.user, mustChangePassword: candidate.mustChangePassword };
}
