/**
 * The explanation of an event for Justid's operators (issue 5, item 5): every
 * rule that reacted to it, the notices it made (with their state now) and why
 * the others made none: the same information `replay --explain` prints.
 */
import Type from 'typebox';
import { loggedReads, requireUser, type SessionResolver } from '../access/index.ts';
import type { Db } from '../platform/db.ts';
import { NotFoundError } from '../platform/errors.ts';
import { API_PREFIX, type App } from '../platform/server.ts';

const Explanation = Type.Object({
  event: Type.Object({
    logId: Type.Integer(),
    source: Type.String(),
    eventId: Type.String(),
    type: Type.String(),
    skn: Type.String(),
    occurredAt: Type.String(),
    receivedAt: Type.String(),
  }),
  notices: Type.Array(
    Type.Object({
      id: Type.Integer(),
      box: Type.String(),
      type: Type.String(),
      recipient: Type.Union([Type.String(), Type.Null()]),
      exception: Type.Union([Type.String(), Type.Null()]),
      legalBasis: Type.String(),
      ruleSet: Type.String(),
      status: Type.String(),
    }),
  ),
  decisions: Type.Array(Type.Object({ box: Type.String(), reason: Type.String(), ruleSet: Type.String() })),
  note: Type.Optional(Type.String()),
});

export interface ExplainRoutesOptions {
  db: Db;
  sessions: SessionResolver;
  pseudonymKey: string;
  auditKey: string;
}

export async function explainRoutes(
  app: App,
  { db, sessions, pseudonymKey, auditKey }: ExplainRoutesOptions,
): Promise<void> {
  const logged = loggedReads(db, { pseudonymKey, auditKey });
  app.get(
    `${API_PREFIX}/operaties/uitleg/:source/:eventId`,
    {
      schema: {
        tags: ['operations'],
        summary:
          'Every rule an event triggered: the notices it made and why the others made none (justid-operator)',
        params: Type.Object({
          source: Type.Enum(['SKDB', 'TULP-GW', 'JVS', 'MITS', 'CJIB']),
          eventId: Type.String({ minLength: 1, maxLength: 100 }),
        }),
        response: {
          200: Explanation,
          400: Type.Ref('Problem'),
          401: Type.Ref('Problem'),
          403: Type.Ref('Problem'),
          404: Type.Ref('Problem'),
        },
      },
      onRequest: requireUser(sessions, ['justid-operator']),
    },
    async (request) =>
      logged(request, 'operaties-uitleg', 'read', async (trx) => {
        const event = await trx
          .selectFrom('event_log')
          .select(['id', 'source', 'event_id', 'type', 'skn', 'occurred_at', 'received_at'])
          .where('source', '=', request.params.source)
          .where('event_id', '=', request.params.eventId)
          .executeTakeFirst();
        if (!event) throw new NotFoundError('EVENT_NOT_FOUND', 'no event with this source and eventId');
        const [notices, decisions] = await Promise.all([
          trx
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
            ])
            .where('event_log_id', '=', event.id)
            .orderBy('id')
            .execute(),
          trx
            .selectFrom('notice_decisions')
            .select(['box', 'reason', 'rule_set'])
            .where('event_log_id', '=', event.id)
            .orderBy('box')
            .execute(),
        ]);
        const value = {
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
          ...(notices.length === 0 && decisions.length === 0
            ? {
                note: 'no notification rule reacts to this event type, or the event repeated a fact already known',
              }
            : {}),
        };
        return { value, subjects: [event.skn] };
      }),
  );
}
