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
import { loggedReads, requireUser, type SessionResolver, userOf } from '../access/index.ts';
import type { Db } from '../platform/db.ts';
import { problems } from '../platform/problem.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { openNotice, readBox } from './box-reads.ts';
import { acknowledge, forward } from './box-service.ts';
import type { Box } from './model.ts';
import { BOX_ROLE, BOXES } from './model.ts';
import { BoxPage, BoxQuery, ForwardBody, IdParams, NoticeDetail, NoticeState } from './schemas.ts';
import { boxPageView, noticeDetailView, stateView } from './views.ts';

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
        return logged(request, 'berichtenbox-openen', 'read', async (trx) => {
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
