/**
 * Throttling of password logins, per account and client (OWASP ASVS 2.2.1,
 * and the Authentication Cheat Sheet's warning that an account lock-out
 * anyone can trigger is a denial of service): after `maxFailures` wrong
 * passwords for one account from one client, that client's attempts on that
 * account are refused for `lockMinutes`. The holder, logging in from
 * anywhere else, is not affected, and is told by e-mail (queued in the same
 * transaction as the lock, sent by the alert worker).
 *
 * The client is the request's address (`request.ip`; behind a proxy only
 * when Fastify is told to trust it, docs/operations.md), an IPv6 address by
 * its /64, since one host commonly holds a whole /64. It is stored only as a
 * keyed hash: the table answers "this client again?" and nothing more.
 *
 * There is deliberately no lock per account over all clients: it would give
 * anyone with enough addresses the power to lock the holder out again. What
 * bounds a guesser with many addresses is the per-address rate limit of the
 * login route, the argon2id cost of every attempt, the 12-character minimum
 * and the e-mail that tells the holder someone is trying.
 */
import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';

export interface ThrottlePolicy {
  maxFailures: number;
  lockMinutes: number;
}

/** The part of an address that names one client: IPv4 as is (also when mapped into IPv6), IPv6 by its /64. */
export function clientAddress(ip: string): string {
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.split('::');
  const groups = head === '' ? [] : head.split(':');
  if (tail !== undefined) {
    const rest = tail === '' ? [] : tail.split(':');
    // An embedded IPv4 address at the end stands for two groups.
    const width = rest.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
    groups.push(...Array<string>(8 - groups.length - width).fill('0'), ...rest);
  }
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** Keys the client hashes: derived from the service's pseudonym key, so it is never stored with them. */
export function throttleKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('ketenzicht login throttle').digest();
}

/** The stored name of a client: a keyed hash of its address. */
export function clientId(key: Buffer, ip: string): string {
  return createHmac('sha256', key).update(clientAddress(ip)).digest('base64url');
}

/** Until when this client may not try this account's password; undefined when it may. */
export async function lockedUntil(db: Db, userId: number, client: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('user_id', '=', userId)
    .where('client', '=', client)
    .where('locked_until', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row?.locked_until ?? undefined;
}

export interface FailureOutcome {
  /** This failure locked the client out (the one that reached the limit), until then. */
  locked?: { at: Date; until: Date };
}

/**
 * Counts a wrong password from `client`. Counting starts afresh when the
 * last failure is older than the lock time or a lock has passed. The
 * failure that reaches the limit locks, and, when the holder has an e-mail
 * address and was not told of a lock within the lock time, queues the
 * e-mail, in the same transaction. Stale rows of the account are removed on
 * the way, so the table holds only what can still matter.
 */
export async function recordFailure(
  db: Db,
  userId: number,
  client: string,
  policy: ThrottlePolicy,
): Promise<FailureOutcome> {
  const lock = sql<Date>`now() + make_interval(mins => ${policy.lockMinutes})`;
  const stale = sql<Date>`now() - make_interval(mins => ${policy.lockMinutes})`;
  // The stored count starts afresh: its last failure is old, or its lock has passed.
  const fresh = sql<boolean>`(login_throttle.last_failure_at < ${stale}
    OR (login_throttle.locked_until IS NOT NULL AND login_throttle.locked_until <= now()))`;
  const failures = sql<number>`CASE WHEN ${fresh} THEN 1 ELSE login_throttle.failures + 1 END`;
  return db.transaction().execute(async (trx) => {
    // Rows that can no longer count: a lock that has passed, or failures older than the lock time.
    await trx
      .deleteFrom('login_throttle')
      .where('user_id', '=', userId)
      .where(
        sql<boolean>`CASE WHEN locked_until IS NULL THEN last_failure_at < ${stale} ELSE locked_until <= now() END`,
      )
      .execute();
    const row = await trx
      .insertInto('login_throttle')
      .values({
        user_id: userId,
        client,
        failures: 1,
        last_failure_at: sql<Date>`now()`,
        locked_until: policy.maxFailures <= 1 ? lock : null,
      })
      .onConflict((oc) =>
        oc.columns(['user_id', 'client']).doUpdateSet({
          failures,
          last_failure_at: sql<Date>`now()`,
          locked_until: sql<Date | null>`CASE WHEN ${failures} >= ${policy.maxFailures} THEN ${lock} ELSE NULL END`,
        }),
      )
      .returning(['failures', 'locked_until', 'last_failure_at'])
      .executeTakeFirstOrThrow();
    // Only the failure that reaches the limit locks anew; later ones (racing it) only extend the lock.
    if (row.failures !== policy.maxFailures || !row.locked_until) return {};
    // now() is the transaction's time, so the notice carries exactly the lock's times.
    await trx
      .insertInto('login_lock_notices')
      .columns(['user_id', 'locked_at', 'lock_ends_at', 'next_attempt_at'])
      .expression((eb) =>
        eb
          .selectFrom('users')
          .select([
            'users.id',
            sql<Date>`now()`.as('locked_at'),
            lock.as('lock_ends_at'),
            sql<Date>`now()`.as('next_attempt_at'),
          ])
          .where('users.id', '=', userId)
          .where(sql<boolean>`nullif(trim(users.email), '') IS NOT NULL`)
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('login_lock_notices as n')
                  .select('n.id')
                  .whereRef('n.user_id', '=', 'users.id')
                  .where('n.created_at', '>', stale),
              ),
            ),
          ),
      )
      .execute();
    return { locked: { at: row.last_failure_at, until: row.locked_until } };
  });
}

/** A successful login from `client` forgets that client's failures on the account. */
export async function recordSuccess(db: Db, userId: number, client: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('user_id', '=', userId).where('client', '=', client).execute();
}
