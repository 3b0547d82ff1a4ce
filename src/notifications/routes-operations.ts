/**
 * The Berichtenbox over HTTP, for Justid's operators: confirming or changing
 * the municipality of BIJ notices, and routing by hand the notices the rules
 * could not route. Only the justid-operator role; every list that names
 * persons writes the processing log in the transaction of the read. Changes
 * are written to the notice's history (who, when, from which state to which, why).
 */
import { loggedReads, requireUser, type SessionResolver, userOf } from '../access/index.ts';
import type { Db } from '../platform/db.ts';
import { problems } from '../platform/problem.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { countQueue } from './box-queries.ts';
import { readWork } from './box-reads.ts';
import { review, routeByHand } from './box-service.ts';
import { routeManyByHand } from './bulk-routing.ts';
import {
  BulkRouteBody,
  BulkRouteResult,
  IdParams,
  NoticeState,
  QueueCounts,
  QueueQuery,
  ReviewDecision,
  ReviewQuery,
  RouteBody,
  WorkCounts,
  WorkPage,
} from './schemas.ts';
import { countWork } from './store.ts';
import { stateView, workPageView } from './views.ts';

export interface OperationsRoutesOptions {
  db: Db;
  catalog: ReferenceCatalog;
  sessions: SessionResolver;
  pseudonymKey: string;
  auditKey: string;
}

const tags = ['Operations'];

export async function operationsRoutes(app: App, options: OperationsRoutesOptions): Promise<void> {
  const { db, catalog, sessions, pseudonymKey, auditKey } = options;
  const operator = requireUser(sessions, ['justid-operator']);
  const logged = loggedReads(db, { pseudonymKey, auditKey });

  /** The operators' lists: the notices with the persons they concern and how they were (not) routed. */
  const workPage = (
    request: Parameters<typeof logged>[0] & { query: QueueQuery | ReviewQuery },
    queue: 'review' | 'queue',
  ) =>
    logged(
      request,
      queue === 'review' ? 'berichtenbox-controle' : 'berichtenbox-wachtrij',
      'read',
      async (trx) => {
        const page = await readWork(trx, queue, request.query);
        return { value: workPageView(page, catalog), subjects: page.notices.map((n) => n.skn) };
      },
    );

  app.get(
    `${API_PREFIX}/operaties/tellingen`,
    {
      schema: {
        tags,
        summary: 'How many notices wait for BIJ review and in the queue',
        description: 'Counts only: no person is read, so nothing goes to the processing log.',
        response: { 200: WorkCounts, ...problems(401, 403) },
      },
      onRequest: operator,
    },
    async () => countWork(db),
  );

  app.get(
    `${API_PREFIX}/operaties/bij-controle`,
    {
      schema: {
        tags,
        summary: 'BIJ notices awaiting the check of their municipality, oldest or most urgent first',
        description:
          'With the municipality the rules chose and why, the date each announces and the days left before it (order=urgent puts the earliest date first). Recorded in the processing log.',
        querystring: ReviewQuery,
        response: { 200: WorkPage, ...problems(400, 401, 403) },
      },
      onRequest: operator,
    },
    async (request) => workPage(request, 'review'),
  );

  app.post(
    `${API_PREFIX}/operaties/bij-controle/:id`,
    {
      schema: {
        tags,
        summary: 'Confirm the municipality of a BIJ notice, or change it (with a reason)',
        description: 'Either way the notice is delivered to the (new) municipality.',
        params: IdParams,
        body: ReviewDecision,
        response: { 200: NoticeState, ...problems(400, 401, 403, 404, 409, 422) },
      },
      onRequest: operator,
    },
    async (request) => stateView(await review(db, catalog, userOf(request), request.params.id, request.body)),
  );

  app.get(
    `${API_PREFIX}/operaties/wachtrij`,
    {
      schema: {
        tags,
        summary:
          'Notices the rules could not route, with the reason: filtered by reason, box and age, sorted',
        description:
          "sort=person puts a person's notices together; sort=announced the earliest announced date first. Recorded in the processing log.",
        querystring: QueueQuery,
        response: { 200: WorkPage, ...problems(400, 401, 403) },
      },
      onRequest: operator,
    },
    async (request) => workPage(request, 'queue'),
  );

  app.get(
    `${API_PREFIX}/operaties/wachtrij/tellingen`,
    {
      schema: {
        tags,
        summary: 'How many notices wait in the queue, per reason and per box',
        description: 'Counts only: no person is read, so nothing goes to the processing log.',
        response: { 200: QueueCounts, ...problems(401, 403) },
      },
      onRequest: operator,
    },
    async () => countQueue(db),
  );

  app.post(
    `${API_PREFIX}/operaties/wachtrij/routeren`,
    {
      schema: {
        tags,
        summary: 'Route several notices of the queue to one municipality with one reason: all or none',
        description:
          "Each notice is delivered there and gets its own history entry. If one cannot be routed, nothing is: the problem's errors name it (/ids/<index>).",
        body: BulkRouteBody,
        response: { 200: BulkRouteResult, ...problems(400, 401, 403, 409, 422) },
      },
      onRequest: operator,
    },
    async (request) => ({
      routed: (await routeManyByHand(db, catalog, userOf(request), request.body)).map((n) => stateView(n)),
    }),
  );

  app.post(
    `${API_PREFIX}/operaties/wachtrij/:id`,
    {
      schema: {
        tags,
        summary: 'Route a notice from the operations queue to a municipality by hand',
        description: 'The notice is delivered to that municipality; the reason is kept in its history.',
        params: IdParams,
        body: RouteBody,
        response: { 200: NoticeState, ...problems(400, 401, 403, 404, 409, 422) },
      },
      onRequest: operator,
    },
    async (request) =>
      stateView(await routeByHand(db, catalog, userOf(request), request.params.id, request.body)),
  );
}
