/**
 * The operations queue at volume (issue 14): filters (reason, box, age), sorting (oldest,
 * newest, per person, by announced date), routing a person's notices in one action (all or
 * none), and the explanation of a notice's event by the notice's id.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ingestAtomically } from '../src/pipeline.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { addressRegistered, admission, personRegistered, skn } from './fixtures/events.ts';
import { type LoggedIn, loginAs, startTestApp, type TestApp } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';
import { takePart } from './helpers/participation.ts';

interface Item {
  id: number;
  box: string;
  exception: string;
  announcedDate: string | null;
  name: { surname: string } | null;
}

const NO_ADDRESS_A = skn(41);
const NO_ADDRESS_B = skn(42);
const UNKNOWN_OFFENCE = skn(43);

/** A person the BRP knows no address of: every notice about them waits for an operator. */
const homeless = (who: string, surname: string, releaseDate: string) => [
  personRegistered({ skn: who, bsn: undefined, surname }),
  admission({ skn: who }),
  {
    eventId: `release-${who}`,
    source: 'TULP-GW',
    type: 'release-scheduled',
    occurredAt: '2026-03-01T10:00:00+01:00',
    skn: who,
    institution: admission().institution,
    releaseDate,
  },
];

const story = [
  ...homeless(NO_ADDRESS_A, 'Aalbers', '2026-05-01'),
  ...homeless(NO_ADDRESS_B, 'Bakker', '2026-04-01'),
  personRegistered({ skn: UNKNOWN_OFFENCE, bsn: '123456782', surname: 'Onbekend' }),
  addressRegistered({ skn: UNKNOWN_OFFENCE }),
  admission({
    skn: UNKNOWN_OFFENCE,
    title: { kind: 'prison-sentence', irrevocable: true, offences: ['Sr 999'], sentenceDays: 500 },
  }),
  {
    eventId: 'unknown-offence-release',
    source: 'TULP-GW',
    type: 'release-scheduled',
    occurredAt: '2026-03-01T10:00:00+01:00',
    skn: UNKNOWN_OFFENCE,
    institution: admission().institution,
    releaseDate: '2026-04-01',
  },
];

for (const backend of testBackends()) {
  describe(`the operations queue at volume on ${backend.name}`, () => {
    let t: TestApp;
    let operator: LoggedIn;
    let bijOfficer: LoggedIn;
    before(async () => {
      t = await startTestApp(backend);
      await takePart(t.store.db);
      await ingestAtomically(t.store.db, story, { catalog: defaultReferenceCatalog() });
      operator = await loginAs(t, 'operator', ['justid-operator']);
      bijOfficer = await loginAs(t, 'bij', ['bij-officer']);
    });
    after(() => t.close());

    const get = (url: string, who = operator) =>
      t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who.headers });
    const post = (url: string, payload: object, who = operator) =>
      t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: who.headers, payload });
    const queue = async (query = '') => {
      const response = await get(`/operaties/wachtrij?limit=100${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().notices as Item[];
    };
    const idsOf = async (person: string) =>
      (
        await t.store.db
          .selectFrom('notices')
          .select('id')
          .where('skn', '=', person)
          .where('recipient', 'is', null)
          .orderBy('id')
          .execute()
      ).map((r) => r.id);

    describe('filters and sorting', () => {
      it('narrows the queue by reason and by box, one row per filter', async () => {
        const all = await queue();
        assert.ok(all.length >= 5, `the story fills the queue: ${all.length}`);
        const cases: [string, (n: Item) => boolean][] = [
          ['&reason=no-address', (n) => n.exception === 'no-address'],
          ['&reason=unknown-offence', (n) => n.exception === 'unknown-offence'],
          ['&box=bij', (n) => n.box === 'bij'],
          [
            '&box=reintegration&reason=no-address',
            (n) => n.box === 'reintegration' && n.exception === 'no-address',
          ],
        ];
        for (const [query, keep] of cases) {
          const got = await queue(query);
          assert.deepEqual(
            got.map((n) => n.id),
            all.filter(keep).map((n) => n.id),
            query,
          );
          assert.ok(got.length > 0, `${query} finds something`);
        }
      });

      it('narrows by age: older than N days, and made within a date range', async () => {
        const [old] = await idsOf(NO_ADDRESS_B);
        assert.ok(old);
        await t.store.db
          .updateTable('notices')
          .set({ created_at: new Date('2025-01-15T12:00:00Z') })
          .where('id', '=', old)
          .execute();
        assert.deepEqual(
          (await queue('&olderThanDays=30')).map((n) => n.id),
          [old],
        );
        assert.deepEqual(
          (await queue('&from=2025-01-01&to=2025-01-31')).map((n) => n.id),
          [old],
        );
        assert.ok(!(await queue('&from=2025-02-01')).some((n) => n.id === old));
      });

      it('sorts oldest, newest, per person and by announced date', async () => {
        const oldest = (await queue()).map((n) => n.id);
        assert.deepEqual(
          oldest,
          [...oldest].sort((a, b) => a - b),
        );
        assert.deepEqual(
          (await queue('&sort=newest')).map((n) => n.id),
          [...oldest].reverse(),
        );
        const announced = (await queue('&sort=announced')).map((n) => n.announcedDate ?? '9999-12-31');
        assert.deepEqual(announced, [...announced].sort());
        // Per person: each person's notices stand together, never split by another's.
        const people = (await queue('&sort=person')).map((n) => n.name?.surname ?? '');
        const runs = people.filter((p, i) => i === 0 || people[i - 1] !== p);
        assert.equal(runs.length, new Set(people).size, `one run per person: ${people.join(', ')}`);
      });

      it('pages in every sort with the nextCursor, without repeats or gaps', async () => {
        for (const sort of ['oldest', 'newest', 'person', 'announced']) {
          const whole = (await queue(`&sort=${sort}`)).map((n) => n.id);
          const seen: number[] = [];
          let cursor: string | null = null;
          do {
            const query: string = `/operaties/wachtrij?limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
            const page = (await get(query)).json();
            seen.push(...page.notices.map((n: Item) => n.id));
            cursor = page.nextCursor;
          } while (cursor);
          assert.deepEqual(seen, whole, sort);
        }
      });

      it('refuses bad filters and a cursor of another sort as problem+json', async () => {
        for (const query of ['reason=lost', 'box=post', 'olderThanDays=-1', 'sort=name', 'from=2025-13-01']) {
          const response = await get(`/operaties/wachtrij?${query}`);
          assert.equal(response.statusCode, 400, query);
          assert.match(String(response.headers['content-type']), /application\/problem\+json/);
        }
        const response = await get('/operaties/wachtrij?sort=announced&cursor=12');
        assert.equal(response.statusCode, 400);
        assert.equal(response.json().code, 'INVALID_CURSOR');
      });

      it('counts the queue per reason and per box without reading anybody', async () => {
        const logged = await countRows(t.store.db, 'processing_log');
        const response = await get('/operaties/wachtrij/tellingen');
        assert.equal(response.statusCode, 200, response.body);
        assert.equal(await countRows(t.store.db, 'processing_log'), logged);
        const all = await queue();
        const counts = response.json();
        assert.equal(counts.total, all.length);
        assert.equal(counts.byReason['no-address'], all.filter((n) => n.exception === 'no-address').length);
        assert.equal(counts.byBox.bij, all.filter((n) => n.box === 'bij').length);
        assert.equal((await get('/operaties/wachtrij/tellingen', bijOfficer)).statusCode, 403);
      });

      it('logs every person the list names', async () => {
        const logged = await countRows(t.store.db, 'processing_log');
        const people = new Set((await queue('&sort=person')).map((n) => n.name?.surname));
        assert.equal(await countRows(t.store.db, 'processing_log'), logged + people.size);
      });
    });

    describe('routing several notices at once', () => {
      it('refuses bad input before anything changes', async () => {
        const ids = await idsOf(NO_ADDRESS_A);
        const cases: [object, number][] = [
          [{ ids: [], recipient: 'GM0363', reason: 'x' }, 400],
          [{ ids: [ids[0], ids[0]], recipient: 'GM0363', reason: 'x' }, 400],
          [{ ids, recipient: 'GM0363' }, 400],
          [{ ids, recipient: 'GM0363', reason: '   ' }, 400],
          [{ ids, recipient: 'GM9999', reason: 'x' }, 422],
        ];
        for (const [body, status] of cases) {
          const response = await post('/operaties/wachtrij/routeren', body);
          assert.equal(response.statusCode, status, JSON.stringify(body));
          assert.match(String(response.headers['content-type']), /application\/problem\+json/);
        }
        assert.equal(
          (await post('/operaties/wachtrij/routeren', { ids, recipient: 'GM0363', reason: 'x' }, bijOfficer))
            .statusCode,
          403,
        );
        assert.deepEqual(await idsOf(NO_ADDRESS_A), ids, 'nothing was routed');
      });

      it("routes all of a person's notices to one municipality, each with its history entry", async () => {
        const ids = await idsOf(NO_ADDRESS_A);
        assert.ok(ids.length >= 2, 'the person has several notices in the queue');
        const reason = 'Adres bekend via de reclassering';
        const response = await post('/operaties/wachtrij/routeren', { ids, recipient: 'GM0363', reason });
        assert.equal(response.statusCode, 200, response.body);
        assert.deepEqual(
          response
            .json()
            .routed.map((n: { id: number; status: string; recipient: string }) => [
              n.id,
              n.status,
              n.recipient,
            ]),
          ids.map((id) => [id, 'delivered', 'GM0363']),
        );
        const history = await t.store.db
          .selectFrom('notice_history')
          .select(['notice_id', 'action', 'to_recipient', 'reason'])
          .where('notice_id', 'in', ids)
          .orderBy('notice_id')
          .execute();
        assert.deepEqual(
          history,
          ids.map((id) => ({ notice_id: id, action: 'route', to_recipient: 'GM0363', reason })),
        );
        assert.ok(!(await queue()).some((n) => ids.includes(n.id)));
      });

      it('routes nothing when one notice cannot be routed, and names that notice', async () => {
        const waiting = await idsOf(NO_ADDRESS_B);
        const routed = (
          await t.store.db.selectFrom('notices').select('id').where('skn', '=', NO_ADDRESS_A).execute()
        ).map((r) => r.id);
        const [done] = routed;
        assert.ok(done && waiting.length > 0);
        const cases: [number, number, string][] = [
          [done, 409, 'INVALID_TRANSITION'],
          [999_999, 422, 'NOTICE_NOT_IN_QUEUE'],
        ];
        for (const [bad, status, code] of cases) {
          const historyBefore = await countRows(t.store.db, 'notice_history');
          const response = await post('/operaties/wachtrij/routeren', {
            ids: [...waiting, bad],
            recipient: 'GM0599',
            reason: 'samen routeren',
          });
          assert.equal(response.statusCode, status, response.body);
          const problem = response.json();
          assert.equal(problem.code, code);
          assert.match(problem.detail, new RegExp(`notice ${bad}`));
          assert.deepEqual(problem.errors[0].field, `/ids/${waiting.length}`);
          assert.deepEqual(await idsOf(NO_ADDRESS_B), waiting, 'the others stay in the queue');
          assert.equal(await countRows(t.store.db, 'notice_history'), historyBefore, 'no history written');
        }
      });
    });

    describe('the explanation of a notice, by its id', () => {
      it("finds the notice's event and explains it, logged", async () => {
        const [id] = await idsOf(UNKNOWN_OFFENCE);
        assert.ok(id);
        const logged = await countRows(t.store.db, 'processing_log');
        const response = await get(`/operaties/uitleg/bericht/${id}`);
        assert.equal(response.statusCode, 200, response.body);
        const body = response.json();
        assert.equal(body.event.skn, UNKNOWN_OFFENCE);
        assert.ok(body.notices.some((n: { id: number }) => n.id === id));
        assert.equal(await countRows(t.store.db, 'processing_log'), logged + 1);
        const bySource = await get(`/operaties/uitleg/${body.event.source}/${body.event.eventId}`);
        assert.deepEqual(bySource.json(), body, 'the same answer as by source and event id');
      });

      it('is for operators only, and an unknown notice is 404', async () => {
        const [id] = await idsOf(UNKNOWN_OFFENCE);
        const cases: [string, LoggedIn, number][] = [
          [`/operaties/uitleg/bericht/${id}`, bijOfficer, 403],
          ['/operaties/uitleg/bericht/999999', operator, 404],
          ['/operaties/uitleg/bericht/nul', operator, 400],
        ];
        for (const [url, who, status] of cases) {
          const response = await get(url, who);
          assert.equal(response.statusCode, status, url);
          assert.match(String(response.headers['content-type']), /application\/problem\+json/);
        }
      });
    });
  });
}
