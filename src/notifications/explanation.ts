/**
 * The explanation of an event (issue 5, item 5): every rule that reacted to
 * it, the notices it made (with their state now) and why the others made
 * none: the same information `replay --explain` prints.
 */
import type { Db } from '../platform/db.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { Explanation } from './schemas.ts';

export class EventNotFound extends NotFoundError {
  constructor() {
    super('EVENT_NOT_FOUND', 'no event with this source and eventId');
  }
}

/** What the rules made of the event (source, eventId); EventNotFound when the log does not hold it. */
export async function getEventExplanation(db: Db, source: string, eventId: string): Promise<Explanation> {
  const event = await db
    .selectFrom('event_log')
    .select(['id', 'source', 'event_id', 'type', 'skn', 'occurred_at', 'received_at'])
    .where('source', '=', source)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  if (!event) throw new EventNotFound();
  const [notices, decisions] = await Promise.all([
    db
      .selectFrom('notices')
      .select(['id', 'box', 'type', 'recipient', 'routing_exception', 'legal_basis', 'rule_set', 'status'])
      .where('event_log_id', '=', event.id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('notice_decisions')
      .select(['box', 'reason', 'rule_set'])
      .where('event_log_id', '=', event.id)
      .orderBy('box')
      .execute(),
  ]);
  return {
    event: {
      logId: event.id,
      source: event.source,
      eventId: event.event_id,
      type: event.type,
      skn: event.skn,
      occurredAt: event.occurred_at.toISOString(),
      receivedAt: event.received_at.toISOString(),
    },
    notices: notices.map((n) => ({
      id: n.id,
      box: n.box,
      type: n.type,
      recipient: n.recipient,
      exception: n.routing_exception,
      legalBasis: n.legal_basis,
      ruleSet: n.rule_set,
      status: n.status,
    })),
    decisions: decisions.map((d) => ({ box: d.box, reason: d.reason, ruleSet: d.rule_set })),
    // No notice and no decision means no rule looked at it: say why that can be, not "nothing".
    ...(notices.length === 0 && decisions.length === 0
      ? { note: 'no notification rule reacts to this event type, or the event repeated a fact already known' }
      : {}),
  };
}
