/**
 * POST /api/v1/events: source systems deliver one event or an array. A POST
 * is one delivery, stored all or nothing; a known (source, eventId) with the
 * same content is acknowledged as a duplicate and changes nothing; with other
 * content it is refused with 409 (contract version 1.1).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type, { type Static } from 'typebox';
import { InboundEventSchema } from '../events/index.ts';
import type { Db } from '../platform/db.ts';
import { DomainError, type FieldError } from '../platform/errors.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import { BatchRejectedError, type IngestContext, type IngestOutcome, ingestAtomically } from './ingest.ts';

export const IngestResult = Type.Object({
  source: Type.String(),
  eventId: Type.String(),
  status: Type.Union([Type.Literal('accepted'), Type.Literal('duplicate')]),
  warnings: Type.Optional(Type.Array(Type.String())),
});

export const IngestResponse = Type.Object(
  {
    accepted: Type.Integer(),
    duplicate: Type.Integer(),
    results: Type.Array(IngestResult),
  },
  { $id: 'IngestResponse' },
);
export type IngestResponse = Static<typeof IngestResponse>;

export interface EventRoutesOptions {
  db: Db;
  ingest: IngestContext;
  maxEventsPerRequest: number;
  /** Lets only a source system's token through and sets `request.sourceSystem` (access, wired in src/app.ts). */
  authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
}

function summarize(outcomes: IngestOutcome[]): IngestResponse {
  const results: IngestResponse['results'] = [];
  for (const o of outcomes) {
    if (o.status === 'accepted') {
      results.push({
        source: o.source,
        eventId: o.eventId,
        status: 'accepted',
        ...(o.warnings.length ? { warnings: o.warnings } : {}),
      });
    } else if (o.status === 'duplicate') {
      results.push({ source: o.source, eventId: o.eventId, status: 'duplicate' });
    }
  }
  return {
    accepted: results.filter((r) => r.status === 'accepted').length,
    duplicate: results.filter((r) => r.status === 'duplicate').length,
    results,
  };
}

/** Field errors of every rejected event; in an array each field is prefixed with the event's index. */
function rejectionOf(outcomes: IngestOutcome[], isArray: boolean): DomainError {
  const errors: FieldError[] = [];
  outcomes.forEach((o, i) => {
    if (o.status !== 'rejected') return;
    for (const e of o.errors) errors.push(isArray ? { ...e, field: `[${i}].${e.field}` } : e);
  });
  // A malformed event (400) outweighs one that only breaks a rule (422), and that a reused eventId (409):
  // the sender fixes the most basic fault first.
  const statuses = new Set(outcomes.flatMap((o) => (o.status === 'rejected' ? [o.httpStatus] : [])));
  const status = statuses.has(400) ? 400 : statuses.has(422) ? 422 : 409;
  const rejected = outcomes.filter((o) => o.status === 'rejected').length;
  if (status === 409) {
    const detail = isArray
      ? `${rejected} of ${outcomes.length} events reuse a known eventId with other content (fields ${differing(outcomes)}); nothing of this delivery was stored`
      : `an event with this source and eventId was delivered before with other content (fields ${differing(outcomes)}); the first is kept`;
    return new DomainError('EVENT_ID_CONFLICT', 409, detail, errors);
  }
  const detail = isArray
    ? `${rejected} of ${outcomes.length} events break the contract; nothing of this delivery was stored`
    : 'the event breaks the contract and was not stored';
  return new DomainError(status === 400 ? 'INVALID_EVENT' : 'EVENT_RULE_VIOLATION', status, detail, errors);
}

/** The names of the fields that differ, over every conflicting event: names only, values may be personal data. */
function differing(outcomes: IngestOutcome[]): string {
  const fields = new Set(
    outcomes.flatMap((o) => (o.status === 'rejected' ? (o.conflict?.differingFields ?? []) : [])),
  );
  return [...fields].sort().join(', ');
}

export async function eventRoutes(app: App, options: EventRoutesOptions): Promise<void> {
  app.post(
    `${API_PREFIX}/events`,
    {
      schema: {
        tags: ['ingest'],
        summary: 'Deliver events (contract version 1)',
        description:
          'One event or an array of events, per ../shared/contracts/events.md. The delivery is stored all or nothing. ' +
          'A known (source, eventId) with the same content is a duplicate; with other content the delivery is refused ' +
          'with 409 EVENT_ID_CONFLICT, naming the fields that differ. ' +
          "The token's source must be the source of every event.",
        security: [{ sourceToken: [] }],
        body: Type.Union([InboundEventSchema, Type.Array(InboundEventSchema)]),
        response: {
          200: IngestResponse,
          400: Type.Ref('Problem'),
          401: Type.Ref('Problem'),
          403: Type.Ref('Problem'),
          409: Type.Ref('Problem'),
          413: Type.Ref('Problem'),
          422: Type.Ref('Problem'),
        },
      },
      // The contract is checked by validateEvent, which gives one clear error per field; the schema above documents it.
      validatorCompiler: () => (data) => ({ value: data }),
      onRequest: options.authenticate,
    },
    async (request) => {
      const body: unknown = request.body;
      const isArray = Array.isArray(body);
      const raws: unknown[] = isArray ? body : [body];
      if (raws.length === 0) {
        throw new DomainError('EMPTY_DELIVERY', 400, 'the array holds no events');
      }
      if (raws.length > options.maxEventsPerRequest) {
        throw new DomainError(
          'TOO_MANY_EVENTS',
          413,
          `at most ${options.maxEventsPerRequest} events per request; deliver larger sets as a file`,
        );
      }
      const source = request.sourceSystem?.source;
      const foreign: FieldError[] = [];
      raws.forEach((raw, i) => {
        const claimed = (raw as { source?: unknown } | null)?.source;
        if (typeof claimed === 'string' && claimed !== source) {
          foreign.push({
            field: isArray ? `[${i}].source` : 'source',
            rule: 'token-source',
            message: `this token delivers for ${source}, not for ${claimed}`,
          });
        }
      });
      if (foreign.length > 0) {
        throw new DomainError('FORBIDDEN_SOURCE', 403, 'events of another source system', foreign);
      }
      try {
        const outcomes = await ingestAtomically(options.db, raws, options.ingest);
        request.log.info(
          { source, accepted: outcomes.filter((o) => o.status === 'accepted').length, total: raws.length },
          'events ingested',
        );
        return summarize(outcomes);
      } catch (error) {
        if (error instanceof BatchRejectedError) throw rejectionOf(error.outcomes, isArray);
        throw error;
      }
    },
  );
}
