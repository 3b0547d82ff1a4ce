/**
 * SQL of the alert queue: turning the outbox (filled by trigger when a notice
 * enters a box, see migrations/0008_alerts.sql) into deliveries, claiming a
 * delivery to send, the check just before sending, and recording the outcome.
 * Every change of a claimed delivery is conditional on the claim still being
 * the caller's, so a worker that lost its lease cannot overwrite another's
 * outcome.
 */
import { sql } from 'kysely';
import type { Box } from '../notifications/index.ts';
import type { Db } from '../platform/db.ts';
import { failedAttemptProgress, mailable, sentProgress, skippedProgress } from './mail-queue.ts';
import { ALERT_ROLE, type AlertStatus, type RetryPolicy } from './model.ts';

const key = (...parts: (string | number)[]) => parts.join('\u0000');

/**
 * Takes up to `limit` outbox rows (oldest first, skipping rows another worker
 * holds) and, in the same transaction, makes one delivery per user per box
 * for them and deletes them: a notice is collected once, or not at all.
 * Users who read the box and have an e-mail address get a delivery; when an
 * organisation has none, the notice is collected without one.
 */
export async function collectOutbox(
  db: Db,
  now: Date,
  limit: number,
): Promise<{ notices: number; deliveries: number }> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('alert_outbox')
      .select(['notice_id', 'recipient', 'box'])
      .orderBy('delivered_at')
      .orderBy('notice_id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) return { notices: 0, deliveries: 0 };

    const groups = new Map<string, { recipient: string; box: Box; notices: number[] }>();
    for (const r of rows) {
      const k = key(r.recipient, r.box);
      const group = groups.get(k) ?? { recipient: r.recipient, box: r.box, notices: [] };
      group.notices.push(r.notice_id);
      groups.set(k, group);
    }
    const users = await trx
      .selectFrom('users')
      .select(['id', 'organisation', 'roles'])
      .where('organisation', 'in', [...new Set(rows.map((r) => r.recipient))])
      .where('disabled', '=', false)
      .where(sql<boolean>`coalesce(btrim(email), '') <> ''`)
      .orderBy('id')
      .execute();

    const planned: { user_id: number; organisation: string; box: Box; notices: number[] }[] = [];
    for (const group of groups.values()) {
      for (const user of users) {
        if (user.organisation === group.recipient && user.roles.includes(ALERT_ROLE[group.box]))
          planned.push({
            user_id: user.id,
            organisation: group.recipient,
            box: group.box,
            notices: group.notices,
          });
      }
    }
    if (planned.length > 0) {
      const made = await trx
        .insertInto('alert_deliveries')
        .values(
          planned.map((p) => ({
            user_id: p.user_id,
            organisation: p.organisation,
            box: p.box,
            notice_count: p.notices.length,
            next_attempt_at: now,
          })),
        )
        .returning(['id', 'user_id', 'organisation', 'box'])
        .execute();
      const idOf = new Map(made.map((m) => [key(m.user_id, m.organisation, m.box), m.id]));
      const links = planned.flatMap((p) => {
        const id = idOf.get(key(p.user_id, p.organisation, p.box));
        if (id === undefined) throw new Error('alert delivery not returned by its insert');
        return p.notices.map((notice_id) => ({ delivery_id: id, notice_id }));
      });
      for (let i = 0; i < links.length; i += 5000)
        await trx
          .insertInto('alert_delivery_notices')
          .values(links.slice(i, i + 5000))
          .execute();
    }
    await trx
      .deleteFrom('alert_outbox')
      .where((eb) =>
        eb(
          eb.refTuple('notice_id', 'recipient'),
          'in',
          rows.map((r) => eb.tuple(r.notice_id, r.recipient)),
        ),
      )
      .execute();
    return { notices: rows.length, deliveries: planned.length };
  });
}

/** Deliveries claimed together: the queued ones of one user for one box, sent as one e-mail. */
export interface Claim {
  /** Marks the claim; every later change of these rows requires it. */
  token: string;
  ids: number[];
  /** The oldest delivery of the claim, which names the e-mail (its Message-ID). */
  first: { id: number; createdAt: Date };
  userId: number;
  organisation: string;
  box: Box;
  /** Notices covered, summed over the deliveries. */
  noticeCount: number;
  /** Each delivery's attempt count, this attempt included. */
  attempts: Map<number, number>;
}

/**
 * Claims the delivery most overdue (SKIP LOCKED, so workers never take the
 * same one) together with the other queued deliveries of that user and box,
 * also those still waiting for a retry: one e-mail covers them all. The
 * claim counts an attempt and holds a lease until `now + leaseMs`; a worker
 * that dies while sending leaves the lease to run out, after which the
 * deliveries are due again.
 */
export async function claimNext(
  db: Db,
  now: Date,
  leaseMs: number,
  token: string,
): Promise<Claim | undefined> {
  return db.transaction().execute(async (trx) => {
    const unlocked = sql<boolean>`(locked_until IS NULL OR locked_until <= ${now})`;
    const due = await trx
      .selectFrom('alert_deliveries')
      .select(['id', 'user_id', 'organisation', 'box'])
      .where('status', '=', 'queued')
      .where('next_attempt_at', '<=', now)
      .where(unlocked)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!due) return undefined;
    const siblings = await trx
      .selectFrom('alert_deliveries')
      .select('id')
      .where('status', '=', 'queued')
      .where('user_id', '=', due.user_id)
      .where('organisation', '=', due.organisation)
      .where('box', '=', due.box)
      .where(unlocked)
      .forUpdate()
      .skipLocked()
      .execute();
    const ids = [...new Set([due.id, ...siblings.map((s) => s.id)])];
    const claimed = await trx
      .updateTable('alert_deliveries')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        locked_by: token,
        locked_until: new Date(now.getTime() + leaseMs),
      }))
      .where('id', 'in', ids)
      .returning(['id', 'attempts', 'notice_count', 'created_at'])
      .execute();
    const first = claimed.reduce((a, b) => (b.id < a.id ? b : a));
    return {
      token,
      ids: claimed.map((c) => c.id),
      first: { id: first.id, createdAt: first.created_at },
      userId: due.user_id,
      organisation: due.organisation,
      box: due.box,
      noticeCount: claimed.reduce((n, c) => n + c.notice_count, 0),
      attempts: new Map(claimed.map((c) => [c.id, c.attempts])),
    };
  });
}

export type Recheck =
  | { send: true; email: string; organisationName: string; unread: number }
  | { send: false; reason: string };

/**
 * The check just before sending: is the user still someone to tell (active,
 * with an e-mail address, in the organisation, reading this box), and is
 * any notice the claim covers still unread in the box? A notice a colleague
 * opened meanwhile, or that was forwarded or deleted, needs no alert.
 */
export async function recheck(db: Db, claim: Claim): Promise<Recheck> {
  const reachable = mailable(
    await db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.code', 'users.organisation')
      .select(['users.email', 'users.disabled', 'users.organisation', 'users.roles', 'organisations.name'])
      .where('users.id', '=', claim.userId)
      .executeTakeFirst(),
  );
  if (!reachable.send) return reachable;
  const { email, user } = reachable;
  if (user.organisation !== claim.organisation)
    return { send: false, reason: 'the user moved to another organisation' };
  const role = ALERT_ROLE[claim.box];
  if (!user.roles.includes(role)) return { send: false, reason: `the user no longer has the role ${role}` };
  const unread = await db
    .selectFrom('alert_delivery_notices as a')
    .innerJoin('notices as n', 'n.id', 'a.notice_id')
    .select((eb) => eb.fn.count<number>('n.id').distinct().as('n'))
    .where('a.delivery_id', 'in', claim.ids)
    .where('n.status', '=', 'delivered')
    .where('n.recipient', '=', claim.organisation)
    .where('n.box', '=', claim.box)
    .executeTakeFirstOrThrow();
  if (Number(unread.n) === 0)
    return { send: false, reason: 'every notice it covered was opened, forwarded or deleted meanwhile' };
  return { send: true, email, organisationName: user.name, unread: Number(unread.n) };
}

const claimed = (db: Db, claim: Claim) =>
  db
    .updateTable('alert_deliveries')
    .where('id', 'in', claim.ids)
    .where('status', '=', 'queued')
    .where('locked_by', '=', claim.token);

/** Records that the SMTP server accepted the e-mail; false when the claim was lost meanwhile. */
export async function markSent(db: Db, claim: Claim, at: Date): Promise<boolean> {
  const result = await claimed(db, claim)
    .set({ ...sentProgress(at), locked_by: null, locked_until: null })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records that there was nothing to send, and why. */
export async function markSkipped(db: Db, claim: Claim, reason: string, at: Date): Promise<void> {
  await claimed(db, claim)
    .set({ ...skippedProgress(reason, at), locked_by: null, locked_until: null })
    .execute();
}

/**
 * Records a failed attempt: each delivery waits retryDelay(attempts) before
 * it is due again, or is `failed` when it has had its attempts.
 */
export async function markAttemptFailed(
  db: Db,
  claim: Claim,
  error: string,
  at: Date,
  policy: RetryPolicy,
): Promise<{ retrying: number; failed: number }> {
  let retrying = 0;
  let failed = 0;
  for (const [id, attempts] of claim.attempts) {
    const { last, progress } = failedAttemptProgress(attempts, error, at, policy);
    const result = await claimed(db, claim)
      .where('id', '=', id)
      .set({ ...progress, locked_by: null, locked_until: null })
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) continue;
    if (last) failed++;
    else retrying++;
  }
  return { retrying, failed };
}

/** An alert delivery as operators see it (no content: a user, a box, how many notices, and its progress). */
export interface AlertDelivery {
  id: number;
  userId: number;
  organisation: string;
  box: Box;
  noticeCount: number;
  noticeIds: number[];
  status: AlertStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  skipReason: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** Deliveries, newest first, optionally of one status (`failed`: the ones to look into). */
export async function listDeliveries(
  db: Db,
  filter: { status?: AlertStatus; limit?: number } = {},
): Promise<AlertDelivery[]> {
  const rows = await db
    .selectFrom('alert_deliveries as d')
    .selectAll('d')
    .select((eb) =>
      eb
        .selectFrom('alert_delivery_notices as a')
        .select(sql<number[]>`coalesce(array_agg(a.notice_id ORDER BY a.notice_id), '{}')`.as('ids'))
        .whereRef('a.delivery_id', '=', 'd.id')
        .as('notice_ids'),
    )
    .$if(filter.status !== undefined, (qb) => qb.where('d.status', '=', filter.status as AlertStatus))
    .orderBy('d.id', 'desc')
    .limit(filter.limit ?? 100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    organisation: r.organisation,
    box: r.box,
    noticeCount: r.notice_count,
    noticeIds: (r.notice_ids ?? []).map(Number),
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    skipReason: r.skip_reason,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  }));
}
