/**
 * The reads the box's answers need beyond store.ts: the earlier notice a
 * correction names (only when the reader may open it), and the BIJ review
 * list with the most urgent first (by the date each notice announces).
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import type { StoredNotice } from './stored-notice.ts';

/** The earlier notice a correction names: null when the reader may not open it. */
export interface Corrected {
  id: number;
  createdAt: Date;
}

/**
 * Who reads: a box's user reaches only the notices of their organisation's box
 * that left the review; an operator reaches every notice (the explanation shows them all).
 */
export type Reader = { box: StoredNotice['box']; recipient: string } | 'operator';

/**
 * The earlier notice each correction among `notices` names, as `reader` may see it:
 * of the same person, box, type and victim registration, made by the event the
 * correction names (`supersedes`), before it; the same recipient first. A correction
 * whose earlier notice the reader cannot reach (another municipality's, say) is absent.
 */
export async function findCorrected(
  db: Db,
  notices: readonly StoredNotice[],
  reader: Reader,
): Promise<Map<number, Corrected>> {
  const out = new Map<number, Corrected>();
  const corrections = notices.filter((n) => n.supersedes !== null);
  if (corrections.length === 0) return out;
  const rows = await db
    .selectFrom('notices')
    .innerJoin('event_log', 'event_log.id', 'notices.event_log_id')
    .select([
      'notices.id',
      'notices.skn',
      'notices.box',
      'notices.type',
      'notices.recipient',
      'notices.victim_reference',
      'notices.created_at',
      'event_log.event_id',
    ])
    .where('event_log.event_id', 'in', [...new Set(corrections.map((n) => n.supersedes ?? ''))])
    .where('notices.skn', 'in', [...new Set(corrections.map((n) => n.skn))])
    .$if(reader !== 'operator', (qb) =>
      qb
        .where('notices.box', '=', (reader as Exclude<Reader, 'operator'>).box)
        .where('notices.recipient', '=', (reader as Exclude<Reader, 'operator'>).recipient)
        .where('notices.status', '<>', 'awaiting-review'),
    )
    .orderBy('notices.id')
    .execute();
  for (const n of corrections) {
    const candidates = rows.filter(
      (r) =>
        r.id < n.id &&
        r.event_id === n.supersedes &&
        r.skn === n.skn &&
        r.box === n.box &&
        r.type === n.type &&
        r.victim_reference === n.victimReference,
    );
    const found = candidates.findLast((r) => r.recipient === n.recipient) ?? candidates.at(-1);
    if (found) out.set(n.id, { id: found.id, createdAt: found.created_at });
  }
  return out;
}

/**
 * The date the notice's event announces, in SQL: what announcement.ts reads
 * (leave, phase, release or termination date; a changed planned end date for
 * a correction), and for an event without one the far future, so it sorts last.
 */
const announcedSql = sql<string>`coalesce(
  case when event_log.type = 'planned-end-date-changed' then event_log.payload->>'plannedEndDate' end,
  event_log.payload->>'leaveFrom',
  event_log.payload->>'phaseFrom',
  event_log.payload->>'releaseDate',
  event_log.payload->>'terminationDate',
  '9999-12-31')`;

/** Where an urgent-first page of the review goes on: after this (announced date, id). */
export interface UrgentCursor {
  announced: string;
  id: number;
}

export const formatUrgentCursor = (c: UrgentCursor) => `${c.announced}_${c.id}`;

export function parseUrgentCursor(cursor: string): UrgentCursor | undefined {
  const m = /^([0-9]{4}-[0-9]{2}-[0-9]{2})_([0-9]{1,15})$/.exec(cursor);
  return m?.[1] && m[2] ? { announced: m[1], id: Number(m[2]) } : undefined;
}

/**
 * The BIJ notices awaiting review, the earliest announced date first (a late notice's
 * date has passed, so it leads), then the oldest: the ones whose mayor must hear soonest.
 */
export async function listReviewUrgentFirst(
  db: Db,
  page: { limit: number; after?: UrgentCursor | undefined },
): Promise<{ ids: number[]; more: boolean; next: UrgentCursor | undefined }> {
  const after = page.after;
  const rows = await db
    .selectFrom('notices')
    .innerJoin('event_log', 'event_log.id', 'notices.event_log_id')
    .select(['notices.id', announcedSql.as('announced')])
    .where('notices.status', '=', 'awaiting-review')
    .where('notices.box', '=', 'bij')
    .where('notices.recipient', 'is not', null)
    .$if(after !== undefined, (qb) =>
      qb.where(sql<boolean>`(${announcedSql}, notices.id) > (${after?.announced}, ${after?.id})`),
    )
    .orderBy(announcedSql)
    .orderBy('notices.id')
    .limit(page.limit + 1)
    .execute();
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const more = rows.length > page.limit;
  return {
    ids: shown.map((r) => r.id),
    more,
    next: more && last ? { announced: last.announced, id: last.id } : undefined,
  };
}

/** How the operations queue can be ordered: a person's notices stand together under `person`. */
export const QUEUE_SORTS = ['oldest', 'newest', 'person', 'announced'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** What an operator narrows the queue to: the reason, the box, how long a notice has waited. */
export interface QueueFilter {
  reason?: string | undefined;
  box?: StoredNotice['box'] | undefined;
  /** Only notices made more than this many days ago. */
  olderThanDays?: number | undefined;
  /** Made on or after / on or before these Dutch dates. */
  from?: string | undefined;
  to?: string | undefined;
}

/** Where a page of the queue goes on: after this (sort key, id); oldest and newest need only the id. */
export interface QueueCursor {
  key: string | undefined;
  id: number;
}

export const formatQueueCursor = (c: QueueCursor) =>
  c.key === undefined ? String(c.id) : `${c.key}_${c.id}`;

/** A cursor of another order than `sort` is no cursor of this list (undefined). */
export function parseQueueCursor(sort: QueueSort, cursor: string): QueueCursor | undefined {
  if (sort === 'oldest' || sort === 'newest')
    return /^[0-9]{1,15}$/.test(cursor) ? { key: undefined, id: Number(cursor) } : undefined;
  const key = sort === 'announced' ? '[0-9]{4}-[0-9]{2}-[0-9]{2}' : '[0-9A-Za-z-]{1,40}';
  const m = new RegExp(`^(${key})_([0-9]{1,15})$`).exec(cursor);
  return m?.[1] && m[2] ? { key: m[1], id: Number(m[2]) } : undefined;
}

const queueKeySql = (sort: QueueSort) =>
  sort === 'announced' ? announcedSql : sort === 'person' ? sql<string>`notices.skn` : undefined;

/** The notices the rules could not route (recipient unknown), narrowed by `filter`. */
function queueBase(db: Db, filter: QueueFilter) {
  const { reason, box, olderThanDays, from, to } = filter;
  return db
    .selectFrom('notices')
    .innerJoin('event_log', 'event_log.id', 'notices.event_log_id')
    .where('notices.status', '=', 'awaiting-review')
    .where('notices.recipient', 'is', null)
    .$if(reason !== undefined, (qb) => qb.where('notices.routing_exception', '=', reason as string))
    .$if(box !== undefined, (qb) => qb.where('notices.box', '=', box as StoredNotice['box']))
    .$if(olderThanDays !== undefined, (qb) =>
      qb.where('notices.created_at', '<', sql<Date>`now() - make_interval(days => ${olderThanDays})`),
    )
    .$if(from !== undefined, (qb) =>
      qb.where(
        'notices.created_at',
        '>=',
        sql<Date>`(${from}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
      ),
    )
    .$if(to !== undefined, (qb) =>
      qb.where(
        'notices.created_at',
        '<',
        sql<Date>`((${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
      ),
    );
}

/**
 * A page of the operations queue's ids in `sort` order: by id (the order of making) for
 * oldest and newest, else by the sort key (the person's SKN, or the announced date with the
 * earliest, so the most overdue, first) and then the id.
 */
export async function listQueue(
  db: Db,
  filter: QueueFilter,
  page: { sort: QueueSort; limit: number; after?: QueueCursor | undefined },
): Promise<{ ids: number[]; more: boolean; next: QueueCursor | undefined }> {
  const { sort, after } = page;
  const keySql = queueKeySql(sort);
  const rows = await queueBase(db, filter)
    .select(['notices.id', (keySql ?? sql<string>`null`).as('key')])
    .$if(after !== undefined && keySql === undefined, (qb) =>
      qb.where('notices.id', sort === 'newest' ? '<' : '>', after?.id as number),
    )
    .$if(after !== undefined && keySql !== undefined, (qb) =>
      qb.where(sql<boolean>`(${keySql}, notices.id) > (${after?.key}, ${after?.id})`),
    )
    .$if(keySql !== undefined, (qb) => qb.orderBy(keySql as typeof announcedSql))
    .orderBy('notices.id', sort === 'newest' ? 'desc' : 'asc')
    .limit(page.limit + 1)
    .execute();
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const more = rows.length > page.limit;
  return {
    ids: shown.map((r) => r.id),
    more,
    next:
      more && last ? { key: keySql === undefined ? undefined : (last.key ?? ''), id: last.id } : undefined,
  };
}

/** The queue's size per reason and per box: counts only, nobody in them is read. */
export async function countQueue(
  db: Db,
): Promise<{ total: number; byReason: Record<string, number>; byBox: Record<string, number> }> {
  const rows = await queueBase(db, {})
    .select(['notices.routing_exception as reason', 'notices.box', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['notices.routing_exception', 'notices.box'])
    .execute();
  const byReason: Record<string, number> = {};
  const byBox: Record<string, number> = {};
  let total = 0;
  for (const r of rows) {
    const n = Number(r.n);
    total += n;
    const reason = r.reason ?? 'unknown';
    byReason[reason] = (byReason[reason] ?? 0) + n;
    byBox[r.box] = (byBox[r.box] ?? 0) + n;
  }
  return { total, byReason, byBox };
}
