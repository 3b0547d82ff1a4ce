/**
 * GET /api/v1/operaties/conflicten: the deliveries refused because a known
 * (source, eventId) came with other content, for Justid's operators, who take
 * it up with the source (docs/operations.md). Source, eventId, when, how and
 * the names of the differing fields: no person, no values, so the read is not
 * one for the processing log.
 */
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { listConflicts, SOURCES } from '../events/index.ts';
import type { Db } from '../platform/db.ts';
import { DateTime } from '../platform/formats.ts';
import { API_PREFIX, type App } from '../platform/server.ts';

const EventConflict = Type.Object({
  id: Type.Integer(),
  source: Type.String(),
  eventId: Type.String(),
  originalLogId: Type.Union([Type.Integer(), Type.Null()], {
    description: 'the logged original; null when it came earlier in the same refused delivery',
  }),
  differingFields: Type.Array(Type.String(), {
    description: 'names of the fields that differ, never values',
  }),
  channel: Type.Union([Type.Literal('api'), Type.Literal('file')]),
  detectedAt: DateTime('when the repeat was refused'),
});

const ConflictPage = Type.Object(
  {
    conflicts: Type.Array(EventConflict),
    nextBefore: Type.Union([Type.Integer(), Type.Null()], { description: 'pass as `before` for older ones' }),
  },
  { $id: 'EventConflictPage' },
);

export interface EventConflictRoutesOptions {
  db: Db;
  /** Lets only a justid-operator through (access, wired in src/app.ts). */
  authorize: (request: FastifyRequest) => Promise<void>;
}

export async function eventConflictRoutes(
  app: App,
  { db, authorize }: EventConflictRoutesOptions,
): Promise<void> {
  app.get(
    `${API_PREFIX}/operaties/conflicten`,
    {
      schema: {
        tags: ['Operations'],
        summary: 'Events refused because their (source, eventId) was known with other content, newest first',
        description:
          'The event log keeps the first content; each refused repeat is listed with the names of the fields ' +
          'that differ (never their values). justid-operator only.',
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
          before: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
          source: Type.Optional(Type.Enum(SOURCES)),
        }),
        response: {
          200: ConflictPage,
          400: Type.Ref('Problem'),
          401: Type.Ref('Problem'),
          403: Type.Ref('Problem'),
        },
      },
      onRequest: authorize,
    },
    async (request) => {
      const { limit = 50, before, source } = request.query;
      const page = await listConflicts(db, { limit, before, source });
      return {
        conflicts: page.conflicts.map((c) => ({ ...c, detectedAt: c.detectedAt.toISOString() })),
        nextBefore: page.nextBefore,
      };
    },
  );
}
