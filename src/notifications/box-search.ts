/**
 * A box at volume: search by a person's key, sort and filter by the date that
 * matters, and the re-integration officer's releases to come. The box's scope
 * (store.ts, inScope) is in every WHERE clause, so a search reaches nothing
 * another organisation's box holds.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import { fieldsFor } from './fields.ts';
import type { Box, BoxStatus, NoticeType } from './model.ts';
import { BOX_TYPES } from './model.ts';
import { inScope, toStoredNotice } from './store.ts';
import type { StoredNotice } from './stored-notice.ts';

/**
 * The date that matters to the reader of a notice, in SQL: the date it announces
 * (leave from, phase from, release or termination date; a changed planned end
 * date), else the planned end date it tells (re-integration); null when none.
 * `sortDateOf` is the same rule for the view: keep the two alike.
 */
export const sortDateSql = sql<string | null>`coalesce(
  case when event_log.type = 'planned-end-date-changed' then event_log.payload->>'plannedEndDate' end,
  event_log.payload->>'leaveFrom',
  event_log.payload->>'phaseFrom',
  event_log.payload->>'releaseDate',
  event_log.payload->>'terminationDate',
  event_log.payload->>'plannedEndDate')`;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The date that matters, read from the stored event (the rule of `sortDateSql`). */
export function sortDateOf(event: Readonly<Record<string, unknown>>): string | null {
  return (
    (event.type === 'planned-end-date-changed' ? text(event.plannedEndDate) : undefined) ??
    text(event.leaveFrom) ??
    text(event.phaseFrom) ??
    text(event.releaseDate) ??
    text(event.terminationDate) ??
    text(event.plannedEndDate) ??
    null
  );
}

/** The calendar date `days` after `date` (YYYY-MM-DD). */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The keys a box may be searched by: only those its notices carry (fields.ts), so a search reveals no more. */
export function searchKeys(box: Box): { bsn: boolean; skn: boolean; victimReference: boolean } {
  const fields = new Set(BOX_TYPES[box].flatMap((t) => fieldsFor(t as NoticeType)));
  return { bsn: fields.has('bsn'), skn: fields.has('skn'), victimReference: fields.has('victimReference') };
}

export interface BoxSearch {
  /** A name (part of it), or exactly an SKN, a BSN or a victim registration's kenmerk, where the box carries it. */
  q?: string | undefined;
  /** Exactly one person (the view per person). */
  skn?: string | undefined;
  type?: NoticeType | undefined;
  status?: BoxStatus | undefined;
  /** The date that matters, both inclusive (YYYY-MM-DD). */
  announcedFrom?: string | undefined;
  announcedTo?: string | undefined;
  /** The Dutch day the notice was received, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  sort?: 'received' | 'announced' | undefined;
  direction?: 'asc' | 'desc' | undefined;
  limit: number;
  offset?: number | undefined;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A page of the box of `recipient` that matches `s`, in its order; `more` when more follow. */
export async function searchBox(
  db: Db,
  box: Box,
  recipient: string,
  s: BoxSearch,
): Promise<{ notices: StoredNotice[]; more: boolean }> {
  const keys = searchKeys(box);
  const q = s.q?.trim();
  const direction = s.direction ?? (s.sort === 'announced' ? 'asc' : 'desc');
  const rows = await db
    .selectFrom('notices')
    .innerJoin('event_log', 'event_log.id', 'notices.event_log_id')
    .leftJoin('persons', 'persons.skn', 'notices.skn')
    .selectAll('notices')
    .where((eb) => inScope(eb, { box, recipient }))
    .$if(Boolean(q), (qb) =>
      qb.where((eb) => {
        const term = q as string;
        const any: Expression<SqlBool>[] = [
          sql<SqlBool>`(coalesce(persons.given_names, '') || ' ' || coalesce(persons.surname, '')) ilike ${likePattern(term)}`,
        ];
        if (keys.skn) any.push(eb('notices.skn', '=', term));
        if (keys.bsn) any.push(eb('persons.bsn', '=', term));
        if (keys.victimReference)
          any.push(sql<SqlBool>`upper(notices.victim_reference) = ${term.toUpperCase()}`);
        return eb.or(any);
      }),
    )
    .$if(s.skn !== undefined, (qb) => qb.where('notices.skn', '=', s.skn as string))
    .$if(s.type !== undefined, (qb) => qb.where('notices.type', '=', s.type as string))
    .$if(s.status !== undefined, (qb) => qb.where('notices.status', '=', s.status as BoxStatus))
    .$if(s.announcedFrom !== undefined, (qb) => qb.where(sql<SqlBool>`${sortDateSql} >= ${s.announcedFrom}`))
    .$if(s.announcedTo !== undefined, (qb) => qb.where(sql<SqlBool>`${sortDateSql} <= ${s.announcedTo}`))
    .$if(s.from !== undefined, (qb) =>
      qb.where(
        'notices.created_at',
        '>=',
        sql<Date>`(${s.from}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
      ),
    )
    .$if(s.to !== undefined, (qb) =>
      qb.where(
        'notices.created_at',
        '<',
        sql<Date>`((${s.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
      ),
    )
    .$if(s.sort === 'announced', (qb) =>
      // A notice without a date that matters comes last in both directions.
      qb.orderBy(sql`${sortDateSql} ${sql.raw(direction === 'asc' ? 'asc' : 'desc')} nulls last`),
    )
    .orderBy('notices.id', direction)
    .limit(s.limit + 1)
    .offset(s.offset ?? 0)
    .execute();
  return { notices: rows.slice(0, s.limit).map(toStoredNotice), more: rows.length > s.limit };
}

/** A person in the box of `recipient` (the person of one of its notices), or undefined when out of reach. */
export async function personOfNotice(
  db: Db,
  box: Box,
  recipient: string,
  id: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('notices')
    .select('notices.skn')
    .where('notices.id', '=', id)
    .where((eb) => inScope(eb, { box, recipient }))
    .executeTakeFirst();
  return row?.skn;
}

export interface UpcomingRelease {
  skn: string;
  /** The planned end date of the open episode. */
  date: string;
  /** The newest notice of the person in this box: where the officer reads on. */
  noticeId: number;
}

/**
 * The persons of the re-integration box of `recipient` still detained (their
 * newest episode has no release) whose planned end date lies from `from` to
 * `to`, the soonest first: aftercare starts before release. Only persons the
 * box was told about count, and the date is the one its notices carry (the
 * admission's and each changed planned end date, kept on the episode).
 */
export async function upcomingReleases(
  db: Db,
  recipient: string,
  window: { from: string; to: string },
): Promise<UpcomingRelease[]> {
  const rows = await db
    .selectFrom('notices')
    .innerJoin('detention_episodes as e', 'e.skn', 'notices.skn')
    .select(['notices.skn', 'e.planned_end_date', (eb) => eb.fn.max('notices.id').as('notice_id')])
    .where((eb) => inScope(eb, { box: 'reintegration', recipient }))
    .where('e.released_on', 'is', null)
    .where('e.planned_end_date', '>=', window.from)
    .where('e.planned_end_date', '<=', window.to)
    // The person's newest episode only: an older one, left open by a gap in the log, is no release to come.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('detention_episodes as later')
            .select('later.id')
            .whereRef('later.skn', '=', 'e.skn')
            .whereRef('later.id', '>', 'e.id'),
        ),
      ),
    )
    .groupBy(['notices.skn', 'e.planned_end_date'])
    .orderBy('e.planned_end_date')
    .orderBy('notices.skn')
    .execute();
  return rows.flatMap((r) =>
    r.planned_end_date === null
      ? []
      : [{ skn: r.skn, date: r.planned_end_date, noticeId: Number(r.notice_id) }],
  );
}
