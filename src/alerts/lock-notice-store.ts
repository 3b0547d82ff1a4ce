/**
 * SQL of the lock notices: the e-mails that tell an account holder that
 * password logins to their account were locked for some client (queued by
 * src/access/login-throttle.ts in the lock's transaction). The same lease,
 * retry and outcome rules as the Berichtenbox alerts (store.ts): every
 * change of a claimed notice requires the claim to still be the caller's.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import { failedAttemptProgress, mailable, sentProgress, skippedProgress } from './mail-queue.ts';
import type { RetryPolicy } from './model.ts';

export interface LockNoticeClaim {
  token: string;
  id: number;
  userId: number;
  lockedAt: Date;
  lockEndsAt: Date;
  createdAt: Date;
  /** This attempt included. */
  attempts: number;
}

/** Claims the most overdue queued notice (SKIP LOCKED), counting an attempt and taking a lease. */
export async function claimLockNotice(
  db: Db,
  now: Date,
  leaseMs: number,
  token: string,
): Promise<LockNoticeClaim | undefined> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('login_lock_notices')
      .select('id')
      .where('status', '=', 'queued')
      .where('next_attempt_at', '<=', now)
      .where(sql<boolean>`(lease_until IS NULL OR lease_until <= ${now})`)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!due) return undefined;
    const row = await trx
      .updateTable('login_lock_notices')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        lease_owner: token,
        lease_until: new Date(now.getTime() + leaseMs),
      }))
      .where('id', '=', due.id)
      .returning(['id', 'user_id', 'locked_at', 'lock_ends_at', 'created_at', 'attempts'])
      .executeTakeFirstOrThrow();
    return {
      token,
      id: row.id,
      userId: row.user_id,
      lockedAt: row.locked_at,
      lockEndsAt: row.lock_ends_at,
      createdAt: row.created_at,
      attempts: row.attempts,
    };
  });
}

export type LockNoticeRecheck =
  | { send: true; email: string; username: string }
  | { send: false; reason: string };

/** Just before sending: is the holder still someone to tell (active, with an e-mail address)? */
export async function recheckLockNotice(db: Db, claim: LockNoticeClaim): Promise<LockNoticeRecheck> {
  const reachable = mailable(
    await db
      .selectFrom('users')
      .select(['username', 'email', 'disabled'])
      .where('id', '=', claim.userId)
      .executeTakeFirst(),
  );
  if (!reachable.send) return reachable;
  const { email, user } = reachable;
  return { send: true, email, username: user.username };
}

const claimed = (db: Db, claim: LockNoticeClaim) =>
  db
    .updateTable('login_lock_notices')
    .where('id', '=', claim.id)
    .where('status', '=', 'queued')
    .where('lease_owner', '=', claim.token);

/** Records that the SMTP server accepted it; false when the claim was lost meanwhile. */
export async function markLockNoticeSent(db: Db, claim: LockNoticeClaim, at: Date): Promise<boolean> {
  const result = await claimed(db, claim)
    .set({ ...sentProgress(at), lease_owner: null, lease_until: null })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markLockNoticeSkipped(
  db: Db,
  claim: LockNoticeClaim,
  reason: string,
  at: Date,
): Promise<void> {
  await claimed(db, claim)
    .set({ ...skippedProgress(reason, at), lease_owner: null, lease_until: null })
    .execute();
}

/** A failed attempt: due again after retryDelay(attempts), or `failed` after its last attempt. */
export async function markLockNoticeAttemptFailed(
  db: Db,
  claim: LockNoticeClaim,
  error: string,
  at: Date,
  policy: RetryPolicy,
): Promise<'retrying' | 'failed' | 'lost'> {
  const { last, progress } = failedAttemptProgress(claim.attempts, error, at, policy);
  const result = await claimed(db, claim)
    .set({ ...progress, lease_owner: null, lease_until: null })
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return 'lost';
  return last ? 'failed' : 'retrying';
}
