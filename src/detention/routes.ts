/**
 * The person view of Injus over HTTP: search and the view of one person. Both
 * are POSTs with the identifier in the body, so no BSN or SKN ever appears in
 * a URL (NL API Design Rules; Haal Centraal BRP reads persons the same way):
 * a URL ends up in request logs, proxies and browser history. Both are for
 * the consultation role only, and both write the processing log in the same
 * transaction as the read.
 */
import Type from 'typebox';
import { loggedReads, requireUser, type SessionResolver } from '../access/index.ts';
import {
  findPersonWithAddresses,
  hasValidSknCheckDigit,
  isValidBsn,
  listIdentityDeterminations,
  SEARCH_LIMIT,
  searchPersons,
} from '../identity/index.ts';
import { todayInNetherlands } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import { DomainError, NotFoundError } from '../platform/errors.ts';
import { problems } from '../platform/problem.ts';
import { API_PREFIX, type App } from '../platform/server.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { detainedAmong, loadHistory } from './store.ts';
import { buildPersonView, PersonView } from './view.ts';

export interface PersonRoutesOptions {
  db: Db;
  catalog: ReferenceCatalog;
  sessions: SessionResolver;
  pseudonymKey: string;
  auditKey: string;
}

const Skn = Type.String({ pattern: '^[0-9A-Za-z-]{1,20}$', description: 'strafrechtketennummer' });

const ViewBody = Type.Object(
  { skn: Skn },
  { additionalProperties: false, description: 'whose view to open' },
);

const SearchBody = Type.Union(
  [
    Type.Object({ skn: Skn }, { additionalProperties: false }),
    Type.Object({ bsn: Type.String({ pattern: '^[0-9]{9}$' }) }, { additionalProperties: false }),
    Type.Object(
      { surname: Type.String({ minLength: 1, maxLength: 200 }), birthDate: Type.String({ format: 'date' }) },
      { additionalProperties: false },
    ),
  ],
  { description: 'search by SKN, by BSN, or by surname and birth date' },
);

const SearchResult = Type.Object({
  results: Type.Array(
    Type.Object({
      skn: Type.String(),
      surname: Type.String(),
      givenNames: Type.String(),
      birthDate: Type.String(),
      detained: Type.Boolean(),
    }),
  ),
  hint: Type.Optional(Type.String()),
});

export async function personRoutes(app: App, options: PersonRoutesOptions): Promise<void> {
  const { db, catalog, sessions, pseudonymKey, auditKey } = options;
  const consultation = requireUser(sessions, ['consultation']);
  app.addSchema(PersonView);

  const logged = loggedReads(db, { pseudonymKey, auditKey });

  app.post(
    `${API_PREFIX}/personen/zoeken`,
    {
      schema: {
        tags: ['Injus'],
        summary: 'Search a person by SKN, BSN, or surname and birth date',
        description: `At most ${SEARCH_LIMIT} results; every person found is recorded in the processing log.`,
        body: SearchBody,
        response: { 200: SearchResult, ...problems(400, 401, 403, 422) },
      },
      onRequest: consultation,
    },
    async (request) => {
      const query = request.body;
      if ('bsn' in query && !isValidBsn(query.bsn)) {
        throw new DomainError('INVALID_BSN', 422, 'this BSN fails the eleven-test', [
          { field: 'bsn', rule: 'eleven-test', message: 'bsn fails the eleven-test (elfproef)' },
        ]);
      }
      return logged(request, 'injus-zoeken', 'search', async (trx) => {
        const found = await searchPersons(trx, query);
        if (found.length > SEARCH_LIMIT) {
          throw new DomainError(
            'TOO_MANY_RESULTS',
            422,
            `more than ${SEARCH_LIMIT} persons match; narrow the search`,
          );
        }
        const detained = await detainedAmong(
          trx,
          found.map((p) => p.skn),
        );
        const results = found.map((p) => ({
          skn: p.skn,
          surname: p.surname,
          givenNames: p.givenNames,
          birthDate: p.birthDate,
          detained: detained.has(p.skn),
        }));
        const hint =
          results.length === 0 &&
          'skn' in query &&
          /^[0-9]{8}$/.test(query.skn) &&
          !hasValidSknCheckDigit(query.skn)
            ? 'het controlecijfer van dit SKN klopt niet: controleer het nummer op een typefout'
            : undefined;
        return { value: { results, ...(hint ? { hint } : {}) }, subjects: results.map((r) => r.skn) };
      });
    },
  );

  app.post(
    `${API_PREFIX}/personen/raadplegen`,
    {
      schema: {
        tags: ['Injus'],
        summary: 'The person view: identity, current detention status and the full timeline',
        description:
          'The SKN goes in the body, never in the URL (as Haal Centraal BRP does), so it reaches no request log, ' +
          'proxy log or browser history. Every view is recorded in the processing log.',
        body: ViewBody,
        response: { 200: Type.Ref('PersonView'), ...problems(400, 401, 403, 404) },
      },
      onRequest: consultation,
    },
    async (request) =>
      logged(request, 'injus-persoonsbeeld', 'read', async (trx) => {
        const found = await findPersonWithAddresses(trx, request.body.skn);
        if (!found) throw new NotFoundError('PERSON_NOT_FOUND', 'no person with this SKN');
        const { person, addresses } = found;
        const history = await loadHistory(trx, person.skn);
        const determinations = await listIdentityDeterminations(trx, person.skn);
        return {
          value: buildPersonView(person, addresses, determinations, history, catalog, todayInNetherlands()),
          subjects: [person.skn],
        };
      }),
  );
}
