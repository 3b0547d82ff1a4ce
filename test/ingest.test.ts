/**
 * Event ingest through the API and from files, on every storage backend:
 * good events stored, duplicates acknowledged, bad ones rejected whole.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { listAddresses, listDuplicateCandidates } from '../src/identity/index.ts';
import { ingestStream } from '../src/pipeline.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import {
  addressRegistered,
  admission,
  institutionOf,
  oneOfEachType,
  personRegistered,
  skn,
  victimRegistered,
} from './fixtures/events.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';
import { postEvents } from './helpers/events-api.ts';

for (const backend of testBackends()) {
  describe(`event ingest on ${backend.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(() => t.close());

    const personCount = async (number: string) =>
      (await t.store.db.selectFrom('persons').select('skn').where('skn', '=', number).execute()).length;
    const post = (body: unknown, source?: string) => postEvents(t, body, source);

    describe('POST /api/v1/events', () => {
      it('stores a new person and acknowledges the same event again as a duplicate', async () => {
        const event = personRegistered({ skn: skn(10) });
        const first = await post(event);
        assert.equal(first.statusCode, 200, first.body);
        assert.deepEqual(first.json().results[0], {
          source: 'SKDB',
          eventId: event.eventId,
          status: 'accepted',
        });
        const again = await post(event);
        assert.equal(again.statusCode, 200);
        assert.equal(again.json().results[0].status, 'duplicate');
        const persons = await t.store.db
          .selectFrom('persons')
          .selectAll()
          .where('skn', '=', skn(10))
          .execute();
        assert.equal(persons.length, 1);
        assert.equal(persons[0]?.surname, 'Jansen');
      });

      it('accepts one event of every type in the contract', async () => {
        const person = skn(11);
        for (const event of oneOfEachType(person)) {
          const response = await post(event, event.source as string);
          assert.equal(response.statusCode, 200, `${event.type}: ${response.body}`);
        }
        const logged = await t.store.db
          .selectFrom('event_log')
          .select('type')
          .where('skn', '=', person)
          .execute();
        assert.equal(logged.length, oneOfEachType(person).length);
      });

      it('rejects a malformed event with 400 problem+json naming the field, and stores nothing', async () => {
        const before = await countRows(t.store.db, 'event_log');
        const response = await post(personRegistered({ skn: skn(12), birthDate: '1990-02-30' }));
        assert.equal(response.statusCode, 400);
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
        const problem = response.json();
        assert.equal(problem.code, 'INVALID_EVENT');
        assert.equal(problem.errors[0].field, 'birthDate');
        assert.equal(await countRows(t.store.db, 'event_log'), before);
      });

      it('rejects a BSN failing the eleven-test with 422', async () => {
        const response = await post(personRegistered({ skn: skn(13), bsn: '111222334' }));
        assert.equal(response.statusCode, 422);
        assert.equal(response.json().errors[0].rule, 'eleven-test');
      });

      it('rejects an event about an unknown person with 422, storing nothing', async () => {
        const before = await countRows(t.store.db, 'event_log');
        const response = await post(admission({ skn: skn(999) }), 'TULP-GW');
        assert.equal(response.statusCode, 422);
        assert.equal(response.json().errors[0].rule, 'unknown-person');
        assert.equal(await countRows(t.store.db, 'event_log'), before);
      });

      it('rejects an unknown institution and one of another sector', async () => {
        await post(personRegistered({ skn: skn(14) }));
        const unknown = await post(admission({ skn: skn(14), institution: 'PI-NOWHERE' }), 'TULP-GW');
        assert.equal(unknown.statusCode, 422);
        assert.equal(unknown.json().errors[0].rule, 'unknown-institution');
        const wrongSector = await post(
          admission({ skn: skn(14), institution: institutionOf('TBS') }),
          'TULP-GW',
        );
        assert.equal(wrongSector.statusCode, 422);
        assert.equal(wrongSector.json().errors[0].rule, 'sector');
      });

      it('stores an array all or nothing, naming the index of the bad event', async () => {
        const before = await countRows(t.store.db, 'event_log');
        const good = personRegistered({ skn: skn(15) });
        const bad = personRegistered({ skn: skn(16), gender: 'male' });
        const response = await post([good, bad]);
        assert.equal(response.statusCode, 400);
        assert.equal(response.json().errors[0].field, '[1].gender');
        assert.equal(await countRows(t.store.db, 'event_log'), before);
        assert.equal(
          await personCount(skn(15)),
          0,
          'the good event of a rejected delivery is not stored either',
        );
        const ok = await post([good, addressRegistered({ skn: skn(15) })]);
        assert.equal(ok.statusCode, 200, ok.body);
        assert.equal(ok.json().accepted, 2);
      });

      it('accepts an address delivered again under a new eventId without a second row', async () => {
        await post(personRegistered({ skn: skn(17) }));
        await post(addressRegistered({ skn: skn(17), postalCode: '1012 lg' }));
        await post(addressRegistered({ skn: skn(17), postalCode: '1012LG' }));
        const addresses = await listAddresses(t.store.db, skn(17));
        assert.equal(addresses.length, 1);
        assert.equal(addresses[0]?.postalCode, '1012LG');
      });

      it('reports a look-alike as a duplicate candidate and keeps both persons', async () => {
        await post(
          personRegistered({
            skn: skn(18),
            bsn: '123456782',
            surname: 'de Vries',
            givenNames: 'Anna',
            birthDate: '1985-07-07',
          }),
        );
        const response = await post(
          personRegistered({
            skn: skn(19),
            bsn: undefined,
            surname: 'Vries, de',
            givenNames: 'A.',
            birthDate: '1985-07-07',
          }),
        );
        assert.equal(response.statusCode, 200);
        assert.match(
          response.json().results[0].warnings[0],
          new RegExp(`possible duplicate of SKN ${skn(18)}`),
        );
        const candidates = await listDuplicateCandidates(t.store.db, skn(19));
        assert.deepEqual(
          candidates.map((c) => [c.skn, c.candidateSkn, c.reason]),
          [[skn(19), skn(18), 'similar-name-same-birth-date']],
        );
      });

      it('warns about an offence that is not in the reference data but stores the admission', async () => {
        await post(personRegistered({ skn: skn(20) }));
        const response = await post(
          admission({
            skn: skn(20),
            title: { kind: 'prison-sentence', irrevocable: true, offences: ['Sr 9999'] },
          }),
          'TULP-GW',
        );
        assert.equal(response.statusCode, 200, response.body);
        assert.match(response.json().results[0].warnings[0], /Sr 9999/);
      });

      it('refuses a request without a token (401) and a token of another source (403)', async () => {
        const none = await t.app.inject({
          method: 'POST',
          url: '/api/v1/events',
          payload: personRegistered(),
        });
        assert.equal(none.statusCode, 401);
        assert.equal(none.headers['www-authenticate'], 'Bearer realm="ketenzicht"');
        const forged = await t.app.inject({
          method: 'POST',
          url: '/api/v1/events',
          headers: { authorization: 'Bearer kz_not-a-real-token' },
          payload: personRegistered(),
        });
        assert.equal(forged.statusCode, 401);
        const other = await post(personRegistered({ skn: skn(21) }), 'TULP-GW');
        assert.equal(other.statusCode, 403);
        assert.equal(other.json().code, 'FORBIDDEN_SOURCE');
        assert.equal(await personCount(skn(21)), 0);
      });

      it('refuses an empty array and more events than allowed', async () => {
        const empty = await post([]);
        assert.equal(empty.statusCode, 400);
        assert.equal(empty.json().code, 'EMPTY_DELIVERY');
        const many = await post(
          Array.from({ length: 1001 }, (_, i) => personRegistered({ skn: skn(5000 + i) })),
        );
        assert.equal(many.statusCode, 413);
      });

      it('rejects a body that is not JSON, and a wrong content type', async () => {
        const notJson = await t.app.inject({
          method: 'POST',
          url: '/api/v1/events',
          headers: { authorization: t.auth.SKDB, 'content-type': 'application/json' },
          payload: '{"eventId": ',
        });
        assert.equal(notJson.statusCode, 400);
        assert.match(String(notJson.headers['content-type']), /problem\+json/);
        const text = await t.app.inject({
          method: 'POST',
          url: '/api/v1/events',
          headers: { authorization: t.auth.SKDB, 'content-type': 'text/plain' },
          payload: 'hello',
        });
        assert.equal(text.statusCode, 415);
      });
    });

    describe('POST /api/v1/identiteit/personen', () => {
      it('issues a new SKN with a valid check digit and reports look-alikes', async () => {
        const body = { surname: 'Bakker', givenNames: 'Kees', birthDate: '1970-01-01', gender: 'M' };
        const first = await t.app.inject({
          method: 'POST',
          url: '/api/v1/identiteit/personen',
          headers: { authorization: t.auth.SKDB },
          payload: body,
        });
        assert.equal(first.statusCode, 201, first.body);
        const issued = first.json();
        assert.match(issued.skn, /^[0-9]{8}$/);
        assert.deepEqual(issued.duplicateCandidates, []);
        const second = await t.app.inject({
          method: 'POST',
          url: '/api/v1/identiteit/personen',
          headers: { authorization: t.auth.SKDB },
          payload: { ...body, surname: 'Bakkr' },
        });
        assert.equal(second.statusCode, 201);
        assert.notEqual(second.json().skn, issued.skn);
        assert.equal(second.json().duplicateCandidates[0].skn, issued.skn);
        const logged = await t.store.db
          .selectFrom('event_log')
          .select('event_id')
          .where('skn', '=', issued.skn)
          .execute();
        assert.equal(logged.length, 1);
        assert.match(String(logged[0]?.event_id), /^skn-issued-[0-9a-f-]{36}$/, 'an eventId without the SKN');
      });

      it('never issues an SKN that a source already delivered', async () => {
        // The first serial the sequence would hand out next is taken by a delivered person.
        const response1 = await t.app.inject({
          method: 'POST',
          url: '/api/v1/identiteit/personen',
          headers: { authorization: t.auth.SKDB },
          payload: { surname: 'Smit', givenNames: 'Jan', birthDate: '1960-01-01', gender: 'M' },
        });
        const issued = response1.json().skn as string;
        const nextSerial = Number(issued.slice(0, 7)) + 1;
        const taken = `${nextSerial}${(await import('../src/identity/index.ts')).sknCheckDigit(String(nextSerial))}`;
        await post(personRegistered({ skn: taken }));
        const response2 = await t.app.inject({
          method: 'POST',
          url: '/api/v1/identiteit/personen',
          headers: { authorization: t.auth.SKDB },
          payload: { surname: 'Visser', givenNames: 'Jan', birthDate: '1961-01-01', gender: 'M' },
        });
        assert.equal(response2.statusCode, 201);
        assert.notEqual(response2.json().skn, taken);
      });

      it('rejects an invalid BSN with 422 and only lets the SKDB issue', async () => {
        const body = {
          surname: 'Bakker',
          givenNames: 'Kees',
          birthDate: '1970-01-01',
          gender: 'M',
          bsn: '111222334',
        };
        const bad = await t.app.inject({
          method: 'POST',
          url: '/api/v1/identiteit/personen',
          headers: { authorization: t.auth.SKDB },
          payload: body,
        });
        assert.equal(bad.statusCode, 422);
        assert.equal(bad.json().errors[0].field, 'bsn');
        const notSkdb = await t.app.inject({
          method: 'POST',
          url: '/api/v1/identiteit/personen',
          headers: { authorization: t.auth.CJIB },
          payload: body,
        });
        assert.equal(notSkdb.statusCode, 403);
        const extra = await t.app.inject({
          method: 'POST',
          url: '/api/v1/identiteit/personen',
          headers: { authorization: t.auth.SKDB },
          payload: { ...body, bsn: undefined, skn: '10000017' },
        });
        assert.equal(extra.statusCode, 400);
      });
    });

    describe('ingestStream (JSONL files)', () => {
      it('stores the good lines, counts duplicates and reports bad lines by number', async () => {
        const person = skn(30);
        const good = [
          personRegistered({ skn: person }),
          addressRegistered({ skn: person }),
          victimRegistered({ skn: person }),
        ];
        const lines = [
          JSON.stringify(good[0]),
          JSON.stringify(good[1]),
          '{"this is": not json',
          JSON.stringify(good[0]),
          '',
          JSON.stringify(personRegistered({ skn: skn(31), bsn: '111222334' })),
          JSON.stringify(admission({ skn: skn(32) })),
          JSON.stringify(good[2]),
        ];
        const rejected: number[] = [];
        const before = await countRows(t.store.db, 'event_log');
        const summary = await ingestStream(
          t.store.db,
          Readable.from(`${lines.join('\n')}\n`),
          { catalog: defaultReferenceCatalog() },
          { batchSize: 3, onRejected: (line) => rejected.push(line) },
        );
        assert.deepEqual(summary, { lines: 8, accepted: 3, duplicate: 1, rejected: 3, blank: 1 });
        assert.deepEqual(rejected, [3, 6, 7]);
        assert.equal(await countRows(t.store.db, 'event_log'), before + 3);
        assert.equal(await personCount(skn(31)), 0);
      });

      it('ingests the same file twice without storing anything the second time', async () => {
        const person = skn(40);
        const text = `${[personRegistered({ skn: person }), addressRegistered({ skn: person })].map((e) => JSON.stringify(e)).join('\n')}\n`;
        const ctx = { catalog: defaultReferenceCatalog() };
        const first = await ingestStream(t.store.db, Readable.from(text), ctx);
        const before = await countRows(t.store.db, 'event_log');
        const second = await ingestStream(t.store.db, Readable.from(text), ctx);
        assert.equal(first.accepted, 2);
        assert.deepEqual(second, { lines: 2, accepted: 0, duplicate: 2, rejected: 0, blank: 0 });
        assert.equal(await countRows(t.store.db, 'event_log'), before);
      });
    });

    describe('event_log', () => {
      it('refuses UPDATE and DELETE: the log is append-only', async () => {
        await post(personRegistered({ skn: skn(50) }));
        await assert.rejects(
          t.store.db.deleteFrom('event_log').where('skn', '=', skn(50)).execute(),
          /append-only/,
        );
        await assert.rejects(
          t.store.db.updateTable('event_log').set({ type: 'x' }).where('skn', '=', skn(50)).execute(),
          /append-only/,
        );
      });
    });
  });
}
