/** SQL for the append-only event log. */
import type { Db } from '../platform/db.ts';
import type { InboundEvent } from './contract.ts';

/** Appends an event; returns its log id, or `undefined` when (source, eventId) is already logged. */
export async function appendEvent(db: Db, event: InboundEvent): Promise<number | undefined> {
  const row = await db
    .insertInto('event_log')
    .values({
      source: event.source,
      event_id: event.eventId,
      type: event.type,
      skn: event.skn,
      occurred_at: event.occurredAt,
      payload: JSON.stringify(event),
    })
    .onConflict((oc) => oc.columns(['source', 'event_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
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
