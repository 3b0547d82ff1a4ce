/**
 * The Berichtenboxen over HTTP, for their users: each organisation's boxes
 * (list, open, acknowledge); BIJ officers also forward a notice to another
 * municipality.
 *
 * Access is declared per route (the box's role), and the box is the caller's
 * organisation in the SQL, so another organisation's notice is as absent as
 * one that does not exist (404). Every answer that carries personal data
 * writes the processing log, one row per person, in the transaction of the read.
 */
import { loggedChanges, loggedReads, requireUser, type SessionResolver, userOf } from '../access/index.ts';
import { todayInNetherlands } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { problems } from '../platform/problem.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { boxCsv, EXPORT_LIMIT } from './box-export.ts';
import { openNotice, readBox, readPerson, readSearch, readUpcoming } from './box-reads.ts';
import { addDays } from './box-search.ts';
import { acknowledge, acknowledgeMany, forward } from './box-service.ts';
import type { Box } from './model.ts';
import { BOX_ROLE, BOXES } from './model.ts';
import {
  BoxCsv,
  BoxPage,
  BoxQuery,
  BoxSearchBody,
  BulkAcknowledgeBody,
  BulkAcknowledgeResult,
  ForwardBody,
  IdParams,
  NoticeDetail,
  NoticeState,
  PersonBody,
  UpcomingQuery,
  UpcomingReleases,
} from './schemas.ts';
import { boxPageView, noticeDetailView, stateView, upcomingView } from './views.ts';

export interface BoxRoutesOptions {
  db: Db;
  catalog: ReferenceCatalog;
  sessions: SessionResolver;
  pseudonymKey: string;
  auditKey: string;
}

const tags = ['Berichtenbox'];

export async function boxRoutes(app: App, options: BoxRoutesOptions): Promise<void> {
  const { db, catalog, sessions, pseudonymKey, auditKey } = options;
  const logged = loggedReads(db, { pseudonymKey, auditKey });
  // Opening marks the notice opened: that change and its log row commit together.
  const loggedChange = loggedChanges(db, { pseudonymKey, auditKey });

  for (const box of BOXES) oneBox(box);

  function oneBox(box: Box) {
    const officer = requireUser(sessions, [BOX_ROLE[box]]);

    app.get(
      `${API_PREFIX}/berichtenbox/${box}`,
      {
        schema: {
          tags,
          summary: `The ${box} box of your organisation, newest first`,
          description:
            'Filters by type, status and the day the notice was made (from/to, Dutch dates, inclusive). Every person listed is recorded in the processing log.',
          querystring: BoxQuery(box),
          response: { 200: BoxPage, ...problems(400, 401, 403) },
        },
        onRequest: officer,
      },
      async (request) => {
        const user = userOf(request);
        return logged(request, 'berichtenbox-lijst', 'read', async (trx) => {
          const page = await readBox(trx, user, box, request.query);
          return { value: boxPageView(box, page), subjects: page.notices.map((n) => n.skn) };
        });
      },
    );

    app.post(
      `${API_PREFIX}/berichtenbox/${box}/zoeken`,
      {
        schema: {
          tags,
          summary: `Search and sort the ${box} box of your organisation`,
          description:
            "The list's filters, a name or key (q) and the order, in the body: no BSN or SKN in a URL. The same page as the list; every person listed is recorded in the processing log.",
          body: BoxSearchBody(box),
          response: { 200: BoxPage, ...problems(400, 401, 403) },
        },
        onRequest: officer,
      },
      async (request) => {
        const user = userOf(request);
        return logged(request, 'berichtenbox-lijst', 'search', async (trx) => {
          const page = await readSearch(trx, user, box, request.body);
          return { value: boxPageView(box, page), subjects: page.notices.map((n) => n.skn) };
        });
      },
    );

    app.post(
      `${API_PREFIX}/berichtenbox/${box}/persoon`,
      {
        schema: {
          tags,
          summary: `Every notice of one person in the ${box} box`,
          description:
            "The person of one of the box's notices (noticeId), or by SKN; at most 100, the date that matters last first. 404 when the notice is not in your box.",
          body: PersonBody,
          response: { 200: BoxPage, ...problems(400, 401, 403, 404) },
        },
        onRequest: officer,
      },
      async (request) => {
        const user = userOf(request);
        return logged(request, 'berichtenbox-lijst', 'read', async (trx) => {
          const page = await readPerson(trx, user, box, request.body);
          return { value: boxPageView(box, page), subjects: page.notices.map((n) => n.skn) };
        });
      },
    );

    app.post(
      `${API_PREFIX}/berichtenbox/${box}/ontvangst`,
      {
        schema: {
          tags,
          summary: `Acknowledge receipt of several notices of the ${box} box`,
          description:
            'Each notice on its own, with its own history row; one that is not in your box or not delivered or read is reported under refused, the others are acknowledged.',
          body: BulkAcknowledgeBody,
          response: { 200: BulkAcknowledgeResult, ...problems(400, 401, 403) },
        },
        onRequest: officer,
      },
      async (request) => {
        const result = await acknowledgeMany(db, userOf(request), box, request.body.ids);
        return { acknowledged: result.acknowledged.map((n) => stateView(n)), refused: result.refused };
      },
    );

    app.post(
      `${API_PREFIX}/berichtenbox/${box}/export`,
      {
        schema: {
          tags,
          summary: `The ${box} box's current view as CSV`,
          description: `The search's filters and order (limit and cursor ignored), at most ${EXPORT_LIMIT} notices. Every person exported is recorded in the processing log (berichtenbox-export).`,
          body: BoxSearchBody(box),
          response: {
            200: { description: 'the notices as CSV', content: { 'text/csv': { schema: BoxCsv } } },
            ...problems(400, 401, 403),
          },
        },
        onRequest: officer,
      },
      async (request, reply) => {
        const user = userOf(request);
        const csv = await logged(request, 'berichtenbox-export', 'read', async (trx) => {
          const { cursor: _c, limit: _l, ...search } = request.body;
          const page = await readSearch(trx, user, box, { ...search, limit: EXPORT_LIMIT });
          const skns = new Map(page.notices.map((n) => [n.id, n.skn]));
          return {
            value: boxCsv(box, boxPageView(box, page), page.sources, skns),
            subjects: page.notices.map((n) => n.skn),
          };
        });
        return reply
          .type('text/csv; charset=utf-8; header=present')
          .header(
            'Content-Disposition',
            `attachment; filename="berichtenbox-${box}-${todayInNetherlands()}.csv"`,
          )
          .header('Cache-Control', 'no-store')
          .send(csv);
      },
    );

    app.get(
      `${API_PREFIX}/berichtenbox/${box}/:id`,
      {
        schema: {
          tags,
          summary: `Open a notice of the ${box} box`,
          description:
            "The content holds only the fields of the type's field list. The first opening marks a delivered notice read; every opening is recorded in the processing log.",
          params: IdParams,
          response: { 200: NoticeDetail, ...problems(400, 401, 403, 404) },
        },
        onRequest: officer,
      },
      async (request) => {
        const user = userOf(request);
        return loggedChange(request, 'berichtenbox-openen', 'read', async (trx) => {
          const opened = await openNotice(trx, user, box, request.params.id);
          return { value: noticeDetailView(opened, catalog), subjects: [opened.notice.skn] };
        });
      },
    );

    app.post(
      `${API_PREFIX}/berichtenbox/${box}/:id/ontvangst`,
      {
        schema: {
          tags,
          summary: `Acknowledge receipt of a notice of the ${box} box`,
          description: 'From delivered or read to acknowledged; 409 from any other state.',
          params: IdParams,
          response: { 200: NoticeState, ...problems(400, 401, 403, 404, 409) },
        },
        onRequest: officer,
      },
      async (request) => stateView(await acknowledge(db, userOf(request), box, request.params.id)),
    );
  }

  app.get(
    `${API_PREFIX}/berichtenbox/reintegration/vrijlatingen`,
    {
      schema: {
        tags,
        summary: 'Releases in the coming weeks, for aftercare',
        description:
          'The persons of your re-integration box still detained whose planned end date falls from today to `weeks` ahead, the soonest first. Every person listed is recorded in the processing log.',
        querystring: UpcomingQuery,
        response: { 200: UpcomingReleases, ...problems(400, 401, 403) },
      },
      onRequest: requireUser(sessions, [BOX_ROLE.reintegration]),
    },
    async (request) => {
      const user = userOf(request);
      const from = todayInNetherlands();
      const window = { from, to: addDays(from, 7 * (request.query.weeks ?? 8)) };
      return logged(request, 'berichtenbox-lijst', 'read', async (trx) => {
        const read = await readUpcoming(trx, user, window);
        return { value: upcomingView(window, read, catalog), subjects: read.releases.map((r) => r.skn) };
      });
    },
  );

  app.post(
    `${API_PREFIX}/berichtenbox/bij/:id/doorsturen`,
    {
      schema: {
        tags,
        summary: 'Forward a BIJ notice to another municipality',
        description:
          "The notice becomes forwarded; the other municipality gets a delivered copy, linked to it, with the reason in the copy's history.",
        params: IdParams,
        body: ForwardBody,
        response: { 200: NoticeState, ...problems(400, 401, 403, 404, 409, 422) },
      },
      onRequest: requireUser(sessions, [BOX_ROLE.bij]),
    },
    async (request) => {
      const { notice, copy } = await forward(db, catalog, userOf(request), request.params.id, request.body);
      return stateView(notice, copy);
    },
  );
}
