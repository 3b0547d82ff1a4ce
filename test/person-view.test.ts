/**
 * Injus: search and person view for the consultation role, with every read
 * in the processing log and the audit log, on every storage backend.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { pseudonymize } from '../src/access/index.ts';
import { ingestAtomically } from '../src/pipeline.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { oneOfEachType, personRegistered, skn } from './fixtures/events.ts';
import { type LoggedIn, loginAs, startTestApp, TEST_PSEUDONYM_KEY, type TestApp } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';

for (const backend of testBackends()) {
  describe(`person view on ${backend.name}`, () => {
    let t: TestApp;
    let consult: LoggedIn;
    const person = skn(1);
    before(async () => {
      t = await startTestApp(backend);
      const ctx = { catalog: defaultReferenceCatalog() };
      await ingestAtomically(t.store.db, oneOfEachType(person), ctx);
      const determination = {
        eventId: 'id-1',
        source: 'SKDB',
        type: 'identity-determined',
        occurredAt: '2026-01-06T10:00:00+01:00',
        skn: person,
        method: 'fingerprints',
        organisation: 'POLITIE',
        determinedAt: '2026-01-06T10:00:00+01:00',
      };
      await ingestAtomically(t.store.db, [determination], ctx);
      await ingestAtomically(
        t.store.db,
        [
          personRegistered({
            skn: skn(2),
            bsn: '123456782',
            surname: 'van der Berg',
            birthDate: '1980-02-02',
          }),
        ],
        ctx,
      );
      consult = await loginAs(t, 'raadpleger', ['consultation']);
    });
    after(() => t.close());

    const search = (payload: object, headers = consult.headers) =>
      t.app.inject({ method: 'POST', url: '/api/v1/personen/zoeken', headers, payload });
    const view = (number: string, headers: Record<string, string> = consult.headers) =>
      t.app.inject({ method: 'POST', url: '/api/v1/personen/raadplegen', headers, payload: { skn: number } });

    describe('POST /api/v1/personen/zoeken', () => {
      it('finds a person by SKN, by BSN, and by surname and birth date regardless of tussenvoegsel and case', async () => {
        assert.deepEqual(
          (await search({ skn: person })).json().results.map((r: { skn: string }) => r.skn),
          [person],
        );
        assert.deepEqual(
          (await search({ bsn: '123456782' })).json().results.map((r: { skn: string }) => r.skn),
          [skn(2)],
        );
        const byName = (await search({ surname: 'BERG', birthDate: '1980-02-02' })).json();
        assert.deepEqual(
          byName.results.map((r: { skn: string }) => r.skn),
          [skn(2)],
        );
        assert.equal(byName.results[0].detained, false);
      });

      it('hints at a typo when an SKN with a wrong check digit finds nobody', async () => {
        const typo = `${person.slice(0, 7)}${(Number(person[7]) + 1) % 10}`;
        const body = (await search({ skn: typo })).json();
        assert.deepEqual(body.results, []);
        assert.match(body.hint, /controlecijfer/);
      });

      it('refuses a BSN failing the eleven-test, two criteria at once, and injection in every field', async () => {
        assert.equal((await search({ bsn: '123456789' })).statusCode, 422);
        assert.equal((await search({ skn: person, bsn: '123456782' })).statusCode, 400);
        assert.equal((await search({ skn: "1' OR '1'='1" })).statusCode, 400);
        const injected = await search({
          surname: "x' OR 1=1; DROP TABLE persons; --",
          birthDate: '1980-02-02',
        });
        assert.equal(injected.statusCode, 200);
        assert.deepEqual(injected.json().results, []);
        assert.equal(await countRows(t.store.db, 'persons'), 2);
        assert.equal((await search({ surname: 'Berg', birthDate: '1980-02-30' })).statusCode, 400);
      });

      it('writes one processing-log row per person found, and one audit row', async () => {
        const before = await countRows(t.store.db, 'processing_log');
        const auditBefore = await countRows(t.store.db, 'audit_log');
        await search({ skn: person });
        assert.equal(await countRows(t.store.db, 'processing_log'), before + 1);
        assert.equal(await countRows(t.store.db, 'audit_log'), auditBefore + 1);
        const row = await t.store.db
          .selectFrom('processing_log')
          .selectAll()
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow();
        assert.equal(row.processing_activity_id, 'injus-zoeken');
        assert.equal(row.subject_pseudonym, pseudonymize(TEST_PSEUDONYM_KEY, person));
        assert.equal(row.status, 'ok');
        assert.ok(!JSON.stringify(row).includes(person), 'no SKN in the processing log');
      });
    });

    describe('POST /api/v1/personen/raadplegen', () => {
      it('shows the timeline across GW, JJI and TBS with transfer, leave, escape, re-admission and release', async () => {
        const response = await view(person);
        assert.equal(response.statusCode, 200, response.body);
        const body = response.json();
        assert.equal(body.person.skn, person);
        assert.equal(body.person.address.municipalityCode, 'GM0363');
        assert.deepEqual(body.person.identityDeterminations, [
          { method: 'fingerprints', organisation: 'POLITIE', determinedAt: '2026-01-06T09:00:00.000Z' },
        ]);
        assert.deepEqual(
          body.episodes.map((e: { sector: string }) => e.sector),
          ['GW', 'JJI', 'TBS'],
        );
        const [gw, jji, tbs] = body.episodes;
        assert.equal(gw.stays.length, 2, 'a transfer splits the prison episode into two stays');
        assert.equal(gw.stays[0].until, gw.stays[1].from);
        assert.notEqual(gw.stays[0].institution.code, gw.stays[1].institution.code);
        assert.deepEqual(
          gw.timeline.map((e: { type: string }) => e.type),
          [
            'admission',
            'planned-end-date-changed',
            'transfer',
            'dr-plan-shared',
            'leave-granted',
            'regime-phasing',
            'escape',
            'release-scheduled',
            'release',
          ],
        );
        assert.equal(gw.titles[0].name.length > 0, true);
        assert.equal(gw.titles[0].offences[0].category, 'sexual');
        assert.equal(gw.plannedEndDate, '2029-12-01');
        assert.equal(jji.titles[0].kind, 'pij');
        assert.deepEqual(
          jji.timeline.map((e: { type: string }) => e.type),
          ['admission', 'leave-authorization', 'release'],
        );
        assert.equal(tbs.titles[0].kind, 'tbs-dwangverpleging');
        assert.ok(tbs.timeline.some((e: { type: string }) => e.type === 'conditional-termination'));
        assert.equal(body.status.detained, false);
        assert.equal(body.status.lastReleasedOn, tbs.releasedOn);
      });

      it('shows a person who is detained now, where and since when', async () => {
        const ctx = { catalog: defaultReferenceCatalog() };
        const now = oneOfEachType(skn(3)).slice(0, 6);
        await ingestAtomically(t.store.db, now, ctx);
        const body = (await view(skn(3))).json();
        assert.equal(body.status.detained, true);
        assert.equal(body.status.institution.code, body.episodes[0].stays[1].institution.code);
        assert.equal(body.status.since, body.episodes[0].stays[1].from);
        assert.equal(body.status.plannedEndDate, '2029-12-01');
        assert.deepEqual(
          body.status.titles.map((t: { kind: string }) => t.kind),
          ['prison-sentence'],
        );
      });

      it('takes the SKN only from the body: the old GET with the SKN in the path no longer exists', async () => {
        const response = await t.app.inject({
          method: 'GET',
          url: `/api/v1/personen/${person}`,
          headers: consult.headers,
        });
        assert.equal(response.statusCode, 404);
        assert.notEqual(response.json().code, 'PERSON_NOT_FOUND');
        const before = await countRows(t.store.db, 'processing_log');
        assert.equal(
          (
            await t.app.inject({
              method: 'POST',
              url: `/api/v1/personen/${person}`,
              headers: consult.headers,
            })
          ).statusCode,
          404,
        );
        assert.equal(await countRows(t.store.db, 'processing_log'), before, 'nothing was read');
      });

      it('refuses a body without an SKN, with another field, or with an SKN that is no SKN', async () => {
        const post = (payload: unknown) =>
          t.app.inject({
            method: 'POST',
            url: '/api/v1/personen/raadplegen',
            headers: consult.headers,
            payload: payload as object,
          });
        assert.equal((await post({})).statusCode, 400);
        assert.equal((await post({ skn: person, bsn: '123456782' })).statusCode, 400);
        assert.equal((await post({ skn: "1' OR '1'='1" })).statusCode, 400);
        assert.equal((await post({ skn: 10000004 })).statusCode, 400);
        assert.equal((await post([person])).statusCode, 400);
      });

      it('refuses a view without the CSRF token of the session', async () => {
        const { 'x-csrf-token': _, ...cookieOnly } = consult.headers;
        const response = await view(person, cookieOnly);
        assert.equal(response.statusCode, 403);
        assert.equal(response.json().code, 'CSRF_TOKEN_INVALID');
      });

      it('answers 404 for an unknown SKN and writes no processing-log row', async () => {
        const before = await countRows(t.store.db, 'processing_log');
        const response = await view(skn(999));
        assert.equal(response.statusCode, 404);
        assert.equal(response.json().code, 'PERSON_NOT_FOUND');
        assert.equal(await countRows(t.store.db, 'processing_log'), before);
      });

      it("continues the caller's W3C trace and records it in the processing log", async () => {
        const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
        const response = await view(person, {
          ...consult.headers,
          traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        });
        assert.match(String(response.headers.traceparent), new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
        const row = await t.store.db
          .selectFrom('processing_log')
          .selectAll()
          .where('trace_id', '=', traceId)
          .executeTakeFirstOrThrow();
        assert.equal(row.parent_span_id, '00f067aa0ba902b7');
        assert.equal(row.processing_activity_id, 'injus-persoonsbeeld');
        const audit = await t.store.db
          .selectFrom('audit_log')
          .selectAll()
          .where('trace_id', '=', traceId)
          .executeTakeFirstOrThrow();
        assert.equal(audit.username, 'raadpleger');
        assert.equal(audit.organisation, '3RO');
      });
    });

    describe('the OpenAPI document', () => {
      it('describes the person view as a POST with its body, answer and errors', async () => {
        const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
        const view = doc.paths['/api/v1/personen/raadplegen'];
        assert.deepEqual(Object.keys(view), ['post']);
        assert.deepEqual(view.post.requestBody.content['application/json'].schema.required, ['skn']);
        assert.deepEqual(Object.keys(view.post.responses).sort(), ['200', '400', '401', '403', '404']);
      });

      it('has no operation that takes a person identifier in its path or query', async () => {
        const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
        const personal = /^(skn|bsn|surname|givenNames|birthDate|name)$/i;
        const found: string[] = [];
        for (const [path, operations] of Object.entries(doc.paths as Record<string, object>))
          for (const [method, operation] of Object.entries(
            operations as Record<string, { parameters?: { name: string; in: string }[] }>,
          ))
            for (const parameter of operation.parameters ?? [])
              if (['path', 'query'].includes(parameter.in) && personal.test(parameter.name))
                found.push(`${method.toUpperCase()} ${path}: ${parameter.in} ${parameter.name}`);
        assert.deepEqual(found, []);
      });
    });

    describe('the processing log', () => {
      it('refuses UPDATE and DELETE', async () => {
        await assert.rejects(t.store.db.deleteFrom('processing_log').execute(), /append-only/);
        await assert.rejects(
          t.store.db.updateTable('audit_log').set({ username: 'x' }).execute(),
          /append-only/,
        );
      });

      it('reports to an administrator which organisations processed a person, and logs that report too', async () => {
        const admin = await loginAs(t, 'beheerder', ['administrator']);
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/verwerkingen/betrokkene',
          headers: admin.headers,
          payload: { skn: person },
        });
        assert.equal(response.statusCode, 200, response.body);
        const processings = response.json().processings as { organisation: string; activity: string }[];
        assert.ok(processings.some((p) => p.organisation === '3RO' && p.activity === 'injus-persoonsbeeld'));
        assert.ok(processings.some((p) => p.activity === 'injus-zoeken'));
        const again = await t.app.inject({
          method: 'POST',
          url: '/api/v1/verwerkingen/betrokkene',
          headers: admin.headers,
          payload: { skn: person },
        });
        assert.ok(
          (again.json().processings as { activity: string }[]).some(
            (p) => p.activity === 'betrokkene-inzage',
          ),
        );
      });

      it("verifies its chain, and finds a row someone changed behind the trigger's back", async () => {
        const operator = await loginAs(t, 'operator', ['justid-operator']);
        const check = async () =>
          (
            await t.app.inject({
              method: 'GET',
              url: '/api/v1/verwerkingen/controle',
              headers: operator.headers,
            })
          ).json();
        assert.deepEqual(
          (await check()).map((r: { brokenAt: number | null }) => r.brokenAt),
          [null, null],
        );
        const victim = await t.store.db
          .selectFrom('processing_log')
          .select('id')
          .orderBy('id')
          .limit(1)
          .offset(1)
          .executeTakeFirstOrThrow();
        await sql`ALTER TABLE processing_log DISABLE TRIGGER processing_log_append_only`.execute(t.store.db);
        await sql`UPDATE processing_log SET processing_activity_id = 'injus-zoeken', status = 'error' WHERE id = ${victim.id}`.execute(
          t.store.db,
        );
        await sql`ALTER TABLE processing_log ENABLE TRIGGER processing_log_append_only`.execute(t.store.db);
        const report = await check();
        assert.equal(report[0].brokenAt, victim.id);
        assert.match(report[0].reason, /changed/);
      });
    });
  });
}
