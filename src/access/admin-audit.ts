/**
 * Administrative changes in the audit log: who (the administrator or the
 * user themselves), when, and what changed, as one row in the same hash
 * chain as the processing log's audit rows, written in the transaction of
 * the change. The action is `<change>:<user id>` followed by the changed
 * fields as JSON (before and after); a password never appears, only that it
 * was reset or changed.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import type { TraceContext } from '../platform/trace.ts';
import type { User } from './model.ts';
import { auditFields, GENESIS, keyedHash, LOG_CHAIN_LOCK, subKey } from './processing-log.ts';

export const USER_CHANGES = [
  'user-created',
  'user-updated',
  'user-roles-changed',
  'user-deactivated',
  'user-reactivated',
  'user-unlocked',
  'user-password-reset',
  'own-password-changed',
] as const;
export type UserChange = (typeof USER_CHANGES)[number];

export interface AdministrativeChange {
  trace: TraceContext;
  /** Who made the change. */
  by: User;
  change: UserChange;
  /** The user changed. */
  userId: number;
  /** What changed; never a password or its hash. */
  details?: Record<string, unknown>;
  auditKey: string;
}

/** The audit row's action text: `user-roles-changed:42 {"roles":{"from":[…],"to":[…]}}`. */
export function auditAction(change: UserChange, userId: number, details?: Record<string, unknown>): string {
  const head = `${change}:${userId}`;
  return details && Object.keys(details).length > 0 ? `${head} ${JSON.stringify(details)}` : head;
}

/** Appends the change's audit row; call inside the change's transaction. */
export async function recordChange(db: Db, c: AdministrativeChange): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${LOG_CHAIN_LOCK})`.execute(db);
  const last = await db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row = {
    trace_id: c.trace.traceId,
    span_id: c.trace.spanId,
    at: new Date(),
    user_id: c.by.id,
    username: c.by.username,
    organisation: c.by.organisation,
    roles: [...c.by.roles],
    action: auditAction(c.change, c.userId, c.details),
  };
  const prev = last?.hash ?? GENESIS;
  await db
    .insertInto('audit_log')
    .values({ ...row, prev_hash: prev, hash: keyedHash(subKey(c.auditKey, 'rows'), prev, auditFields(row)) })
    .execute();
}
