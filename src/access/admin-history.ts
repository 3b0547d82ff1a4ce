/**
 * A user's history: the changes to their account as the audit log holds
 * them (admin-audit.ts writes them), newest first, a page at a time. The
 * audit log is the one record: nothing is copied into another table that
 * could drift from the hash chain.
 *
 * The rows are found by their action text, `<change>:<user id>` with
 * optional details after a space, through the partial index of migration
 * 0018 (whose expression and predicate the query repeats word for word);
 * the processing log's own audit rows (`<operation>:<activity>:<count>`)
 * are not in it, and each row found is read again by `parseChange`.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import { NotFoundError } from '../platform/errors.ts';
import { USER_CHANGES, type UserChange } from './admin-audit.ts';

export interface UserHistoryEntry {
  /** The audit row's id; also the cursor of the page after it. */
  id: number;
  at: string;
  change: UserChange;
  /** Who made the change, as the audit row names them (the user themselves for their own password). */
  by: { userId: number | null; username: string; organisation: string };
  /** What changed (before and after, counts); never a password. */
  details: Record<string, unknown>;
}

export interface UserHistoryPage {
  entries: UserHistoryEntry[];
  /** Pass as `cursor` for the next (older) page; null on the last. */
  nextCursor: string | null;
}

export const HISTORY_PAGE = 20;

const isChange = (value: string): value is UserChange => (USER_CHANGES as readonly string[]).includes(value);

/** Reads one audit action; undefined when it is not a change to a user. */
export function parseChange(
  action: string,
): { change: UserChange; userId: number; details: Record<string, unknown> } | undefined {
  const space = action.indexOf(' ');
  const head = space === -1 ? action : action.slice(0, space);
  const [change, id, ...rest] = head.split(':');
  if (change === undefined || !isChange(change) || rest.length > 0 || !/^[0-9]+$/.test(id ?? ''))
    return undefined;
  const details = space === -1 ? {} : (JSON.parse(action.slice(space + 1)) as Record<string, unknown>);
  return { change, userId: Number(id), details };
}

/** The changes to user `userId`, newest first; `cursor` is the `nextCursor` of the page before. */
export async function userHistory(
  db: Db,
  userId: number,
  page: { cursor?: string; limit?: number } = {},
): Promise<UserHistoryPage> {
  const exists = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (!exists) throw new NotFoundError('USER_NOT_FOUND', `no user ${userId}`);
  const limit = page.limit ?? HISTORY_PAGE;
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'user_id', 'username', 'organisation', 'action'])
    .where(sql<boolean>`(action LIKE 'user-%' OR action LIKE 'own-password-changed:%')`)
    .where(sql<string>`split_part(split_part(action, ' ', 1), ':', 2)`, '=', String(userId))
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (page.cursor !== undefined) query = query.where('id', '<', Number(page.cursor));
  const rows = await query.execute();
  const entries = rows.slice(0, limit).flatMap((row): UserHistoryEntry[] => {
    const parsed = parseChange(row.action);
    if (!parsed) return [];
    return [
      {
        id: Number(row.id),
        at: new Date(row.at).toISOString(),
        change: parsed.change,
        by: {
          userId: row.user_id === null ? null : Number(row.user_id),
          username: row.username,
          organisation: row.organisation,
        },
        details: parsed.details,
      },
    ];
  });
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > limit && last ? String(last.id) : null };
}
