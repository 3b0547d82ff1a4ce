/**
 * Issue 11, finding 5 (contract version 1.1): a known (source, eventId) with
 * other content is refused with 409 EVENT_ID_CONFLICT naming the fields that
 * differ (never their values), the first content is kept, the same content
 * stays a duplicate, and Justid's operators see the conflict; on every
 * storage backend, through the API (one event and a batch) and from a file.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { ROLES, type Role } from '../src/access/index.ts';
import { ingestStream } from '../src/pipeline.ts';
import type { FieldError } from '../src/platform/errors.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { admission, personRegistered, skn } from './fixtures/events.ts';
import { type LoggedIn, loginAs, startTestApp, type TestApp } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';
import { postEvents } from './helpers/events-api.ts';

type Json = Record<string, unknown>;

/** The same object with its keys in the opposite order: canonical comparison must not care. */
function reversedKeys(value: Json): Json {
  return Object.fromEntries(Object.entries(value).reverse());
}

for (const backend of testBackends()) {
  describe(`a known (source, eventId) with other content on ${backend.name}`, () => {
    let t: TestApp;
    const users = new Map<Role, LoggedIn>();
    before(async () => {
      t = await startTestApp(backend);
      for (const role of ROLES) users.set(role, await loginAs(t, `user.${role}`, [role]));
    });
    after(() => t.close());

    const post = (body: unknown, source?: string) => postEvents(t, body, source);
    const conflicts = (role: Role = 'justid-operator', query = '') =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/operaties/conflicten${query}`,
        headers: users.get(role)?.headers,
      });
    const surnameOf = async (person: string) =>
      (
        await t.store.db
          .selectFrom('persons')
          .select('surname')
          .where('skn', '=', person)
          .executeTakeFirstOrThrow()
      ).surname;
    const payloadOf = async (eventId: string) =>
      (
        await t.store.db
          .selectFrom('event_log')
          .select('payload')
          .where('event_id', '=', eventId)
          .executeTakeFirstOrThrow()
      ).payload as Json;

    describe('POST /api/v1/events with one event', () => {
      it('acknowledges the same content with its keys in another order as a duplicate', async () => {
        const event = personRegistered({ skn: skn(300) });
        assert.equal((await post(event)).statusCode, 200);
        const again = await post(reversedKeys(event));
        assert.equal(again.statusCode, 200, again.body);
        assert.equal(again.json().results[0].status, 'duplicate');
      });

      it('refuses other content with 409 EVENT_ID_CONFLICT naming the fields, never the values, and keeps the first', async () => {
        const person = skn(301);
        const event = personRegistered({ skn: person, surname: 'Jansen', givenNames: 'Piet' });
        assert.equal((await post(event)).statusCode, 200);
        const logged = await countRows(t.store.db, 'event_log');
        const changed = reversedKeys({ ...event, surname: 'Zwartkruis', givenNames: 'Quirijn', middle: 'x' });
        const response = await post(changed);
        assert.equal(response.statusCode, 409, response.body);
        assert.match(String(response.headers['content-type']), /application\/problem\+json/);
        const problem = response.json();
        assert.equal(problem.code, 'EVENT_ID_CONFLICT');
        assert.deepEqual(
          (problem.errors as FieldError[]).map((e) => [e.field, e.rule]),
          [
            ['givenNames', 'event-id-conflict'],
            ['middle', 'event-id-conflict'],
            ['surname', 'event-id-conflict'],
          ],
        );
        assert.match(problem.detail, /givenNames, middle, surname/);
        assert.doesNotMatch(response.body, /Zwartkruis|Quirijn|Jansen|Piet/, 'no values in the problem');
        assert.equal(await countRows(t.store.db, 'event_log'), logged);
        assert.equal(await surnameOf(person), 'Jansen');
        assert.equal((await payloadOf(event.eventId as string)).surname, 'Jansen');
      });

      it('names a nested field by its path', async () => {
        assert.equal((await post(personRegistered({ skn: skn(302) }))).statusCode, 200);
        const event = admission({ skn: skn(302) });
        assert.equal((await post(event, 'TULP-GW')).statusCode, 200);
        const title = { ...(event.title as Json), kind: 'pre-trial' };
        const response = await post({ ...event, title }, 'TULP-GW');
        assert.equal(response.statusCode, 409, response.body);
        assert.deepEqual(
          (response.json().errors as FieldError[]).map((e) => e.field),
          ['title.kind'],
        );
      });
    });

    describe('POST /api/v1/events with an array (all or nothing)', () => {
      it('refuses the whole delivery with 409, reporting the conflicting item by its index', async () => {
        const first = personRegistered({ skn: skn(310) });
        assert.equal((await post(first)).statusCode, 200);
        const fresh = personRegistered({ skn: skn(311) });
        const logged = await countRows(t.store.db, 'event_log');
        const response = await post([fresh, { ...first, birthDate: '1980-01-01' }]);
        assert.equal(response.statusCode, 409, response.body);
        assert.deepEqual(
          (response.json().errors as FieldError[]).map((e) => e.field),
          ['[1].birthDate'],
        );
        assert.equal(await countRows(t.store.db, 'event_log'), logged, 'nothing of the delivery is stored');
      });

      it('refuses one eventId twice in one delivery with other content', async () => {
        const a = personRegistered({ skn: skn(312) });
        const response = await post([a, { ...a, gender: 'V' }]);
        assert.equal(response.statusCode, 409, response.body);
        assert.deepEqual(
          (response.json().errors as FieldError[]).map((e) => e.field),
          ['[1].gender'],
        );
        const listed = (await conflicts()).json().conflicts[0];
        assert.equal(listed.eventId, a.eventId);
        assert.equal(listed.originalLogId, null, 'the original came in the same refused delivery');
      });

      it('lets a malformed event outweigh a conflict (400)', async () => {
        const first = personRegistered({ skn: skn(313) });
        assert.equal((await post(first)).statusCode, 200);
        const response = await post([
          { ...first, surname: 'Anders' },
          personRegistered({ skn: skn(314), birthDate: '0000-01-01' }),
        ]);
        assert.equal(response.statusCode, 400, response.body);
        const fields = (response.json().errors as FieldError[]).map((e) => e.field);
        assert.deepEqual(fields.sort(), ['[0].surname', '[1].birthDate']);
      });
    });

    describe('ingestStream (a JSONL file)', () => {
      it('rejects the conflicting line by number, stores the others, keeps the first content', async () => {
        const person = skn(320);
        const original = personRegistered({ skn: person, surname: 'Bakker' });
        const lines = [
          original,
          personRegistered({ skn: skn(321) }),
          reversedKeys(original),
          { ...original, surname: 'Visser' },
        ].map((e) => JSON.stringify(e));
        const rejected: { line: number; errors: FieldError[] }[] = [];
        const summary = await ingestStream(
          t.store.db,
          Readable.from(`${lines.join('\n')}\n`),
          { catalog: defaultReferenceCatalog() },
          { batchSize: 2, onRejected: (line, errors) => rejected.push({ line, errors }) },
        );
        assert.deepEqual(
          { accepted: summary.accepted, duplicate: summary.duplicate, rejected: summary.rejected },
          { accepted: 2, duplicate: 1, rejected: 1 },
        );
        assert.equal(rejected[0]?.line, 4);
        assert.deepEqual(
          rejected[0]?.errors.map((e) => [e.field, e.rule]),
          [['surname', 'event-id-conflict']],
        );
        assert.equal(await surnameOf(person), 'Bakker');
        const listed = (await conflicts('justid-operator', '?source=SKDB')).json().conflicts[0];
        assert.equal(listed.eventId, original.eventId);
        assert.equal(listed.channel, 'file');
        assert.deepEqual(listed.differingFields, ['surname']);
      });

      it('rejects a line that repeats an eventId of an earlier line of the same batch with other content', async () => {
        const a = personRegistered({ skn: skn(322) });
        const rejected: number[] = [];
        const summary = await ingestStream(
          t.store.db,
          Readable.from(`${JSON.stringify(a)}\n${JSON.stringify({ ...a, gender: 'O' })}\n`),
          { catalog: defaultReferenceCatalog() },
          { onRejected: (line) => rejected.push(line) },
        );
        assert.equal(summary.accepted, 1);
        assert.deepEqual(rejected, [2]);
      });
    });

    describe('GET /api/v1/operaties/conflicten', () => {
      it('lists each conflict for the operator, newest first, with source, eventId, time and field names only', async () => {
        const event = personRegistered({ skn: skn(330), surname: 'Mulder' });
        assert.equal((await post(event)).statusCode, 200);
        const before = Date.now();
        assert.equal((await post({ ...event, surname: 'Smit' })).statusCode, 409);
        const response = await conflicts();
        assert.equal(response.statusCode, 200, response.body);
        const [newest] = response.json().conflicts;
        assert.equal(newest.source, 'SKDB');
        assert.equal(newest.eventId, event.eventId);
        assert.equal(newest.channel, 'api');
        assert.deepEqual(newest.differingFields, ['surname']);
        assert.equal(typeof newest.originalLogId, 'number');
        assert.ok(Date.parse(newest.detectedAt) >= before - 5_000);
        assert.doesNotMatch(response.body, /Mulder|Smit|\d{8,9}/, 'no names, no SKN or BSN');
      });

      it('pages with before and nextBefore', async () => {
        const page1 = (await conflicts('justid-operator', '?limit=1')).json();
        assert.equal(page1.conflicts.length, 1);
        assert.equal(typeof page1.nextBefore, 'number');
        const page2 = (await conflicts('justid-operator', `?limit=1&before=${page1.nextBefore}`)).json();
        assert.ok(page2.conflicts[0].id < page1.conflicts[0].id);
      });

      for (const role of ROLES.filter((r) => r !== 'justid-operator')) {
        it(`refuses ${role} with 403`, async () => {
          const response = await conflicts(role);
          assert.equal(response.statusCode, 403, response.body);
          assert.doesNotMatch(response.body, /differingFields/);
        });
      }

      it('refuses an anonymous caller and a source token with 401', async () => {
        const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/operaties/conflicten' });
        assert.equal(anonymous.statusCode, 401);
        const token = await t.app.inject({
          method: 'GET',
          url: '/api/v1/operaties/conflicten',
          headers: { authorization: t.auth.SKDB },
        });
        assert.equal(token.statusCode, 401);
      });
    });
  });
}
