/**
 * The explanation of an event (issue 5, item 5): every rule that reacted to
 * it, the notices it made (with their state now) and why the others made
 * none: the same information `replay --explain` prints.
 */
import type { Db } from '../platform/db.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { NoticeNotFound } from './errors.ts';
import type { RoutingException } from './model.ts';
import { dutchReason, isSkipCode, type SkipReason } from './reasons.ts';
import { routingOf } from './routing-explanation.ts';
import { dutchRouting, englishRouting, type RoutingReason } from './routing-texts.ts';
import type { Explanation } from './schemas.ts';
import { findNotice, loadSources } from './store.ts';

export class EventNotFound extends NotFoundError {
  constructor() {
    super('EVENT_NOT_FOUND', 'no event with this source and eventId');
  }
}

/**
 * What the routing explanation leaves to the exception: it tells the address and the
 * municipality, not that the municipality takes no part or that nobody reads its box.
 */
const EXCEPTION_PREFIX: Partial<Record<RoutingException, RoutingReason>> = {
  'not-participating': { code: 'not-participating', params: {} },
  'no-active-user': { code: 'no-active-user', params: {} },
};

/**
 * Why each unrouted notice of the event could not be routed, as the operators' routing
 * explanation tells it (routing-explanation.ts): the unknown offence, the untrusted
 * address near an unverified institution, the address that was missing; in English and Dutch.
 */
async function exceptionReasons(db: Db, ids: readonly number[], catalog: ReferenceCatalog) {
  const found = await Promise.all(ids.map((id) => findNotice(db, id, 'queue')));
  const notices = found.filter((n) => n !== undefined);
  const sources = await loadSources(db, notices);
  const out = new Map<number, { english: string; dutch: string }>();
  for (const n of notices) {
    const s = sources.get(n.id);
    if (!s || n.routingException === null) continue;
    const prefix = EXCEPTION_PREFIX[n.routingException];
    const reasons = [...(prefix ? [prefix] : []), ...routingOf(n, s, catalog).reasons];
    out.set(n.id, { english: englishRouting(reasons), dutch: dutchRouting(reasons) });
  }
  return out;
}

/**
 * The event (source, eventId) a notice was made of, so a link from any list can carry only the
 * notice's id. An operator may read every event's explanation, so every notice is in reach.
 */
/** The Dutch words of stored reasons (reasons.ts); null for a decision made before they were stored as codes. */
function dutchText(stored: unknown[] | null): string | null {
  if (!Array.isArray(stored) || stored.length === 0) return null;
  const reasons = stored.filter(
    (r): r is SkipReason =>
      typeof r === 'object' &&
      r !== null &&
      isSkipCode((r as SkipReason).code) &&
      typeof (r as SkipReason).params === 'object',
  );
  return reasons.length === stored.length ? reasons.map(dutchReason).join('; ') : null;
}

export async function getNoticeEvent(db: Db, id: number): Promise<{ source: string; eventId: string }> {
  const row = await db
    .selectFrom('notices')
    .innerJoin('event_log', 'event_log.id', 'notices.event_log_id')
    .select(['event_log.source', 'event_log.event_id'])
    .where('notices.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NoticeNotFound();
  return { source: row.source, eventId: row.event_id };
}

/** What the rules made of the event (source, eventId); EventNotFound when the log does not hold it. */
export async function getEventExplanation(
  db: Db,
  catalog: ReferenceCatalog,
  source: string,
  eventId: string,
): Promise<Explanation> {
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
      .select([
        'id',
        'box',
        'type',
        'recipient',
        'routing_exception',
        'legal_basis',
        'rule_set',
        'status',
        'late',
        'supersedes',
      ])
      .where('event_log_id', '=', event.id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('notice_decisions')
      .select(['box', 'reason', 'rule_set', 'notice_type', 'reasons'])
      .where('event_log_id', '=', event.id)
      .orderBy('box')
      .execute(),
  ]);
  const reasons = await exceptionReasons(
    db,
    notices.filter((n) => n.routing_exception !== null).map((n) => n.id),
    catalog,
  );
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
      exceptionReason: reasons.get(n.id)?.english ?? null,
      exceptionText: reasons.get(n.id)?.dutch ?? null,
      late: n.late,
      supersedes: n.supersedes,
      legalBasis: n.legal_basis,
      ruleSet: n.rule_set,
      status: n.status,
    })),
    decisions: decisions.map((d) => ({
      box: d.box,
      reason: d.reason,
      ruleSet: d.rule_set,
      noticeType: d.notice_type,
      text: dutchText(d.reasons),
    })),
    // No notice and no decision means no rule looked at it: say why that can be, not "nothing".
    ...(notices.length === 0 && decisions.length === 0
      ? { note: 'no notification rule reacts to this event type, or the event repeated a fact already known' }
      : {}),
  };
}
