/**
 * The explanation of an event over HTTP, for Justid's operators: every rule
 * that reacted to it, the notices it made and why the others made none
 * (explanation.ts). Reading it names a person, so it is logged.
 */
import Type from 'typebox';
import { loggedReads, requireUser, type SessionResolver } from '../access/index.ts';
import { SOURCES } from '../events/index.ts';
import type { Db } from '../platform/db.ts';
import { problems } from '../platform/problem.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { getEventExplanation, getNoticeEvent } from './explanation.ts';
import { Explanation, IdParams } from './schemas.ts';

export interface ExplainRoutesOptions {
  db: Db;
  /** Tells why an unrouted notice could not be routed (the routing explanation). */
  catalog: ReferenceCatalog;
  sessions: SessionResolver;
  pseudonymKey: string;
  auditKey: string;
}

export async function explainRoutes(
  app: App,
  { db, catalog, sessions, pseudonymKey, auditKey }: ExplainRoutesOptions,
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
          source: Type.Enum(SOURCES),
          eventId: Type.String({ minLength: 1, maxLength: 100 }),
        }),
        response: { 200: Explanation, ...problems(400, 401, 403, 404) },
      },
      onRequest: requireUser(sessions, ['justid-operator']),
    },
    async (request) =>
      logged(request, 'operaties-uitleg', 'read', async (trx) => {
        const value = await getEventExplanation(trx, catalog, request.params.source, request.params.eventId);
        return { value, subjects: [value.event.skn] };
      }),
  );
  app.get(
    `${API_PREFIX}/operaties/uitleg/bericht/:id`,
    {
      schema: {
        tags: ['operations'],
        summary: 'The explanation of the event a notice was made of, by the notice id (justid-operator)',
        description:
          'What the portal links to from every queue, review and box item: the same answer as by source and event id. Recorded in the processing log.',
        params: IdParams,
        response: { 200: Explanation, ...problems(400, 401, 403, 404) },
      },
      onRequest: requireUser(sessions, ['justid-operator']),
    },
    async (request) =>
      logged(request, 'operaties-uitleg', 'read', async (trx) => {
        const { source, eventId } = await getNoticeEvent(trx, request.params.id);
        const value = await getEventExplanation(trx, catalog, source, eventId);
        return { value, subjects: [value.event.skn] };
      }),
  );
}
