/** SQL for the append-only event log. */
import type { Db } from '../platform/db.ts';
import type { InboundEvent } from './contract.ts';

/**
 * Appends events in one statement, in order; returns their log ids by
 * `eventKey`. A (source, eventId) logged meanwhile by a concurrent delivery
 * gets no id, so fewer ids than events means "redo the batch".
 */
export async function appendEvents(db: Db, events: readonly InboundEvent[]): Promise<Map<string, number>> {
  if (events.length === 0) return new Map();
  const rows = await db
    .insertInto('event_log')
    .values(
      events.map((event) => ({
        source: event.source,
        event_id: event.eventId,
        type: event.type,
        skn: event.skn,
        occurred_at: event.occurredAt,
        payload: JSON.stringify(event),
      })),
    )
    .onConflict((oc) => oc.columns(['source', 'event_id']).doNothing())
    .returning(['id', 'source', 'event_id'])
    .execute();
  return new Map(rows.map((r) => [eventKey(r.source, r.event_id), r.id]));
}

/** One string per (source, eventId), the log's identity of an event. */
export const eventKey = (source: string, eventId: string) => `${source}\u0000${eventId}`;

/** The keys of `events` that are already in the log. */
export async function findLoggedKeys(db: Db, events: readonly InboundEvent[]): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  // Two IN lists (usually one source) let PostgreSQL use the (source, event_id) index;
  // a list of row tuples does not, on PostgreSQL 15. The few extra rows are filtered here.
  const wanted = new Set(events.map((e) => eventKey(e.source, e.eventId)));
  const rows = await db
    .selectFrom('event_log')
    .select(['source', 'event_id'])
    .where('source', 'in', [...new Set(events.map((e) => e.source))])
    .where('event_id', 'in', [...new Set(events.map((e) => e.eventId))])
    .execute();
  return new Set(rows.map((r) => eventKey(r.source, r.event_id)).filter((k) => wanted.has(k)));
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
