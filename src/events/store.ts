/** SQL for the append-only event log. */
import { sql } from 'kysely';
import { anyOf, type Column, insertRows } from '../platform/bulk.ts';
import type { Db } from '../platform/db.ts';
import type { InboundEvent } from './contract.ts';

/**
 * Log ids for `count` events, taken from the log's sequence before the
 * events are checked, so the checks can refer to them. Ids refused events
 * leave unused are gaps: ids give arrival order, not a count.
 */
export async function reserveLogIds(db: Db, count: number): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await sql<{ id: number }>`
    SELECT nextval(pg_get_serial_sequence('event_log', 'id'))::bigint AS id FROM generate_series(1, ${count})`.execute(
    db,
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/**
 * Appends events with their reserved ids in one statement; returns how many
 * were stored. A (source, eventId) logged meanwhile by a concurrent delivery
 * is not stored, so a smaller count means "redo the batch".
 */
export async function appendEvents(
  db: Db,
  events: readonly { event: InboundEvent; logId: number; factHash: string }[],
): Promise<number> {
  return insertRows(db, 'event_log', events, LOG_COLUMNS, sql`ON CONFLICT (source, event_id) DO NOTHING`);
}

type Logged = { event: InboundEvent; logId: number; factHash: string };
const LOG_COLUMNS: readonly Column<Logged>[] = [
  ['id', 'bigint', (l) => l.logId],
  ['source', 'text', (l) => l.event.source],
  ['event_id', 'text', (l) => l.event.eventId],
  ['type', 'text', (l) => l.event.type],
  ['skn', 'text', (l) => l.event.skn],
  ['occurred_at', 'timestamptz', (l) => l.event.occurredAt],
  ['payload', 'jsonb', (l) => JSON.stringify(l.event)],
  ['fact_hash', 'text', (l) => l.factHash],
];

/** For each hash, the smallest log id of an event with that fact. */
export async function findEarliestFacts(db: Db, hashes: readonly string[]): Promise<Map<string, number>> {
  if (hashes.length === 0) return new Map();
  const rows = await db
    .selectFrom('event_log')
    .select(['fact_hash', (eb) => eb.fn.min<number>('id').as('first')])
    .where('fact_hash', '=', anyOf([...new Set(hashes)]))
    .groupBy('fact_hash')
    .execute();
  return new Map(rows.map((r) => [r.fact_hash, Number(r.first)]));
}

/** One string per (source, eventId), the log's identity of an event. */
export const eventKey = (source: string, eventId: string) => `${source}\u0000${eventId}`;

/** What the log holds of an event's (source, eventId): its log id and the hash of its content. */
export interface LoggedEvent {
  logId: number;
  factHash: string;
}

/** The events of `events` whose (source, eventId) is already in the log, by eventKey. */
export async function findLoggedKeys(
  db: Db,
  events: readonly InboundEvent[],
): Promise<Map<string, LoggedEvent>> {
  if (events.length === 0) return new Map();
  // Two lists (usually one source) let PostgreSQL use the (source, event_id) index;
  // a list of row tuples does not, on PostgreSQL 15. The few extra rows are filtered here.
  const wanted = new Set(events.map((e) => eventKey(e.source, e.eventId)));
  const rows = await db
    .selectFrom('event_log')
    .select(['id', 'source', 'event_id', 'fact_hash'])
    .where('source', '=', anyOf([...new Set(events.map((e) => e.source))]))
    .where('event_id', '=', anyOf([...new Set(events.map((e) => e.eventId))]))
    .execute();
  return new Map(
    rows
      .map((r) => [eventKey(r.source, r.event_id), { logId: Number(r.id), factHash: r.fact_hash }] as const)
      .filter(([k]) => wanted.has(k)),
  );
}

/** The logged content of events by log id, as delivered. */
export async function loadPayloads(db: Db, logIds: readonly number[]): Promise<Map<number, unknown>> {
  if (logIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('event_log')
    .select(['id', 'payload'])
    .where('id', '=', anyOf([...new Set(logIds)], 'bigint'))
    .execute();
  return new Map(rows.map((r) => [Number(r.id), r.payload]));
}

export interface EventLogCounts {
  total: number;
  byType: Record<string, number>;
}

export async function countEvents(db: Db): Promise<EventLogCounts> {
  const rows = await db
    .selectFrom('event_log')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('type')
    .execute();
  const byType = Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]));
  return { total: rows.reduce((sum, r) => sum + Number(r.n), 0), byType };
}

/** Every event of the log, oldest first, in pages (for exports such as the statistics environment's). */
export async function* readEventLog(db: Db, pageSize = 10_000): AsyncGenerator<Record<string, unknown>[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('event_log')
      .select(['id', 'payload'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    yield rows.map((r) => r.payload as Record<string, unknown>);
    after = Number(rows.at(-1)?.id);
  }
}
