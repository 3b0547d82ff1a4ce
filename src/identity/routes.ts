/**
 * SKDB routes: issuing an SKN to a new person. The registration becomes a
 * `person-registered` event in the event log (source SKDB), so the registry
 * can always be rebuilt from the log. Only the SKDB's own token may issue.
 */
import { randomUUID } from 'node:crypto';
import Type from 'typebox';
import type { Db } from '../platform/db.ts';
import { DomainError, type FieldError } from '../platform/errors.ts';
import { CalendarDate } from '../platform/formats.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import { listDuplicateCandidates, nextFreeSkn } from './store.ts';

const NewPerson = Type.Object(
  {
    bsn: Type.Optional(Type.String({ description: 'burgerservicenummer; must pass the eleven-test' })),
    surname: Type.String(),
    givenNames: Type.String(),
    birthDate: CalendarDate('YYYY-MM-DD, from 1900-01-01 up to today'),
    gender: Type.Union([Type.Literal('M'), Type.Literal('V'), Type.Literal('O')]),
  },
  { additionalProperties: false },
);

const IssuedPerson = Type.Object({
  skn: Type.String(),
  duplicateCandidates: Type.Array(
    Type.Object({
      skn: Type.String(),
      reason: Type.Union([Type.Literal('same-bsn'), Type.Literal('similar-name-same-birth-date')]),
      score: Type.Number(),
    }),
  ),
});

/** What the route needs from ingest, handed in by src/app.ts (identity does not depend on events). */
export type Deliver = (
  event: Record<string, unknown>,
) => Promise<{ ok: true } | { ok: false; status: 400 | 409 | 422; errors: FieldError[] }>;

export interface IdentityRoutesOptions {
  db: Db;
  deliver: Deliver;
  authenticate: (
    request: import('fastify').FastifyRequest,
    reply: import('fastify').FastifyReply,
  ) => Promise<void>;
}

export async function identityRoutes(app: App, options: IdentityRoutesOptions): Promise<void> {
  app.post(
    `${API_PREFIX}/identiteit/personen`,
    {
      schema: {
        tags: ['SKDB'],
        summary: 'Register a new person and issue an SKN',
        description:
          'Issues a new strafrechtketennummer (never reused, Damm check digit) and records the person. ' +
          'Persons that resemble the new one are reported as duplicate candidates, never merged.',
        security: [{ sourceToken: [] }],
        body: NewPerson,
        response: {
          201: IssuedPerson,
          400: Type.Ref('Problem'),
          401: Type.Ref('Problem'),
          403: Type.Ref('Problem'),
          409: Type.Ref('Problem'),
          422: Type.Ref('Problem'),
        },
      },
      onRequest: options.authenticate,
    },
    async (request, reply) => {
      if (request.sourceSystem?.source !== 'SKDB') {
        throw new DomainError('FORBIDDEN_SOURCE', 403, 'only the SKDB issues strafrechtketennummers');
      }
      const skn = await nextFreeSkn(options.db);
      const result = await options.deliver({
        ...request.body,
        // Opaque, not the SKN: operators look an event up by its id, and the portal puts that id in its address.
        eventId: `skn-issued-${randomUUID()}`,
        source: 'SKDB',
        type: 'person-registered',
        occurredAt: new Date().toISOString(),
        skn,
      });
      if (!result.ok) {
        throw new DomainError(
          'INVALID_PERSON',
          result.status,
          'the person cannot be registered',
          result.errors,
        );
      }
      const candidates = await listDuplicateCandidates(options.db, skn);
      return reply.code(201).send({
        skn,
        duplicateCandidates: candidates.map((c) => ({
          skn: c.skn === skn ? c.candidateSkn : c.skn,
          reason: c.reason,
          score: c.score,
        })),
      });
    },
  );
}
