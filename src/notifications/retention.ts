/**
 * Retention of the Berichtenbox: a notice, and the personal data in it, is
 * deleted a configurable time after the person's release from the detention
 * the notice is about (NOTICE_RETENTION_MONTHS, default 6: the term the
 * draft art. 11a bis Besluit justitiële en strafvorderlijke gegevens sets for
 * the municipality; see ../shared/brief/domain.md).
 *
 * What goes and what stays. A notice row holds pointers to a person (SKN,
 * the event in the log, a victim reference) and its history may hold reasons
 * that name them; its content is built from those pointers when it is read.
 * Deleting the row and its history is what takes the person out of the box:
 * no user, and no query over the box's tables, can get from the notice to
 * the person any more. A content-free tombstone (`notice_tombstones`: box,
 * type, recipient, rule set, when made, the state it reached, when it
 * expired) stays so the volumes per box and type, and how many were ever
 * read, can still be counted; it says nothing about whom. Keeping the row
 * with its person fields emptied would have kept the statistics in one table,
 * but the once-only constraint covers those fields, and emptied rows would
 * collide there.
 *
 * The event log itself is the chain's record of what happened and is not the
 * box's to delete. Once-only delivery does not depend on the deleted rows: a
 * notice is only ever decided for an event newly added to the log, and an
 * event already in the log is recognised by its (source, eventId) or its fact.
 *
 * `expireNotices` is idempotent (run it twice, the second run finds nothing)
 * and safe to run beside another run (rows are claimed with SKIP LOCKED). It
 * runs as `ketenzicht notices expire`, from cron or a Kubernetes CronJob; an
 * in-process scheduled job can come later.
 */
import { sql } from 'kysely';
import { todayInNetherlands } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';

export const DEFAULT_RETENTION_MONTHS = 6;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The last release date whose notices are due on `today`: a release on day d
 * is due once d plus `months` (a day that does not exist in the later month
 * being its last day, as PostgreSQL counts) has come. 2027-02-28 with 6
 * months gives 2026-08-31, since 31 August plus six months is 28 February.
 */
export function retentionCutoff(today: string, months: number): string {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = daysIn(y, m);
  const d = day === daysIn(year, month) ? last : Math.min(day, last);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export interface ExpiryResult {
  /** Releases on or before this date have had their notices deleted. */
  cutoff: string;
  expired: number;
}

/** Deletes the notices of detentions that ended `months` or more before `now`, leaving tombstones. */
export async function expireNotices(
  db: Db,
  now: Date,
  months: number = DEFAULT_RETENTION_MONTHS,
  batchSize = 1000,
): Promise<ExpiryResult> {
  const cutoff = retentionCutoff(todayInNetherlands(now), months);
  let expired = 0;
  for (;;) {
    const n = await expireBatch(db, cutoff, now, batchSize);
    expired += n;
    if (n < batchSize) return { cutoff, expired };
  }
}

/** One batch in one transaction: claim due notices, write their tombstones, delete them (their history goes with them). */
async function expireBatch(db: Db, cutoff: string, now: Date, batchSize: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('notices as n')
      // A notice's episode: the last admission of the person at or before the notice's event.
      .innerJoinLateral(
        (eb) =>
          eb
            .selectFrom('detention_episodes as e')
            .select('e.released_on')
            .whereRef('e.skn', '=', 'n.skn')
            .whereRef('e.id', '<=', 'n.event_log_id')
            .orderBy('e.id', 'desc')
            .limit(1)
            .as('episode'),
        (join) => join.onTrue(),
      )
      .select('n.id')
      .where('episode.released_on', '<=', cutoff)
      .orderBy('n.id')
      .limit(batchSize)
      .forUpdate('n')
      .skipLocked()
      .execute();
    if (due.length === 0) return 0;
    const ids = due.map((r) => r.id);
    await trx
      .insertInto('notice_tombstones')
      .columns([
        'id',
        'box',
        'type',
        'recipient',
        'routing_exception',
        'legal_basis',
        'rule_set',
        'created_at',
        'status_at_expiry',
        'forwarded_from',
        'expired_at',
      ])
      .expression((eb) =>
        eb
          .selectFrom('notices')
          .select([
            'id',
            'box',
            'type',
            'recipient',
            'routing_exception',
            'legal_basis',
            'rule_set',
            'created_at',
            'status',
            'forwarded_from',
            sql<Date>`${now.toISOString()}::timestamptz`.as('expired_at'),
          ])
          .where('id', 'in', ids),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const deleted = await trx.deleteFrom('notices').where('id', 'in', ids).executeTakeFirst();
    return Number(deleted.numDeletedRows);
  });
}
