/**
 * Municipal participation (issue 13, item 9): the administrator's routes, the
 * append-only store and the routing's snapshot, on every test backend.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createUser, ROLES } from '../src/access/index.ts';
import { loadParticipation, participationException } from '../src/notifications/participation.ts';
import { type LoggedIn, loginAs, startTestApp, type TestApp } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';

const AMSTERDAM = 'GM0363';
const UTRECHT = 'GM0344';
const WEESP = 'GM0457'; // merged into Amsterdam on 2022-03-24
const URL = '/api/v1/deelname';

const bij = (municipalityCode: string, from: string) => ({ municipalityCode, box: 'bij', from });
const reintegration = (municipalityCode: string, from: string, date = from) => ({
  municipalityCode,
  box: 'reintegration',
  from,
  authorisation: { reference: `MACHT-${municipalityCode}-${from}`, date },
});

for (const backend of testBackends()) {
  describe(`municipal participation (${backend.name})`, () => {
    let t: TestApp;
    let admin: LoggedIn;
    const post = (url: string, payload: object, as: LoggedIn = admin) =>
      t.app.inject({ method: 'POST', url, payload, headers: as.headers });
    const get = (url: string, as: LoggedIn = admin) =>
      t.app.inject({ method: 'GET', url, headers: as.headers });

    before(async () => {
      t = await startTestApp(backend);
      admin = await loginAs(t, 'beheer', ['administrator']);
    });
    after(() => t.close());

    it('registers BIJ and re-integration, with who and when, and lists the state per box', async () => {
      const first = await post(URL, bij(AMSTERDAM, '2009-01-01'));
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.json().registeredBy, 'beheer');
      assert.equal(first.json().until, null);
      const second = await post(URL, reintegration(AMSTERDAM, '2020-03-01', '2020-02-14'));
      assert.equal(second.statusCode, 201, second.body);
      assert.deepEqual(second.json().authorisation, {
        reference: 'MACHT-GM0363-2020-03-01',
        date: '2020-02-14',
      });

      const list = await get(`${URL}?date=2026-01-05`);
      assert.equal(list.statusCode, 200);
      const rows = list.json() as {
        code: string;
        boxes: Record<string, { status: string; activeUsers: number }>;
      }[];
      assert.ok(rows.length > 300, `${rows.length} municipalities`);
      const amsterdam = rows.find((r) => r.code === AMSTERDAM);
      // No BIJ or re-integration officer exists yet: the notices would go to the operators.
      assert.equal(amsterdam?.boxes.bij?.status, 'no-active-user');
      assert.equal(rows.find((r) => r.code === UTRECHT)?.boxes.bij?.status, 'not-participating');
    });

    it('ends a participation from a date with a reason, as a new fact beside the registration', async () => {
      const created = await post(URL, bij(UTRECHT, '2012-01-01'));
      const id = created.json().id as number;
      const ended = await post(`${URL}/registraties/${id}/einde`, {
        until: '2025-01-01',
        reason: 'convenant opgezegd',
      });
      assert.equal(ended.statusCode, 200, ended.body);
      assert.equal(ended.json().until, '2025-01-01');
      assert.equal(ended.json().end.endedBy, 'beheer');
      assert.equal(ended.json().end.reason, 'convenant opgezegd');

      const again = await post(`${URL}/registraties/${id}/einde`, {
        until: '2025-02-01',
        reason: 'nogmaals',
      });
      assert.equal(again.statusCode, 409);

      const history = await get(`${URL}/${UTRECHT}?date=2026-01-05`);
      assert.equal(history.statusCode, 200);
      assert.equal(history.json().boxes.bij.status, 'not-participating');
      assert.equal(history.json().registrations.length, 1);

      // A new registration after the end is no overlap.
      assert.equal((await post(URL, bij(UTRECHT, '2025-06-01'))).statusCode, 201);
    });

    it('keeps the rows as they were: no UPDATE or DELETE, not even by the service', async () => {
      await assert.rejects(sql`UPDATE participations SET valid_from = '2000-01-01'`.execute(t.store.db));
      await assert.rejects(sql`DELETE FROM participation_ends`.execute(t.store.db));
    });

    const BAD: {
      case: string;
      url?: string;
      payload: object;
      status: number;
      field: string;
      rule?: string;
    }[] = [
      {
        case: 'an unknown municipality code',
        payload: bij('GM9999', '2020-01-01'),
        status: 422,
        field: 'municipalityCode',
        rule: 'known-municipality',
      },
      {
        case: 'a ceased municipality',
        payload: bij(WEESP, '2020-01-01'),
        status: 422,
        field: 'municipalityCode',
        rule: 'current-municipality',
      },
      {
        case: 'a start before a merger formed the municipality (Land van Cuijk, 2022)',
        payload: bij('GM1982', '2021-06-01'),
        status: 422,
        field: 'from',
        rule: 'municipality-exists',
      },
      {
        case: 'a registration overlapping one not ended',
        payload: bij(AMSTERDAM, '2015-01-01'),
        status: 422,
        field: 'from',
        rule: 'no-overlap',
      },
      {
        case: 're-integration without the authorisation',
        payload: {
          municipalityCode: 'GM0014',
          box: 'reintegration',
          from: '2020-01-01',
        },
        status: 422,
        field: 'authorisation',
        rule: 'required',
      },
      {
        case: 'an authorisation signed after the start',
        payload: reintegration('GM0014', '2020-01-01', '2020-02-01'),
        status: 422,
        field: 'authorisation.date',
        rule: 'signed-before-start',
      },
      {
        case: 'a malformed code',
        payload: bij('0363', '2020-01-01'),
        status: 400,
        field: 'body.municipalityCode',
      },
      { case: 'an impossible date', payload: bij('GM0014', '2023-02-29'), status: 400, field: 'body.from' },
      {
        case: 'an unknown box',
        payload: { municipalityCode: 'GM0014', box: 'victims', from: '2020-01-01' },
        status: 400,
        field: 'body.box',
      },
    ];
    for (const c of BAD) {
      it(`refuses ${c.case} (${c.status}, field ${c.field}) and stores nothing`, async () => {
        const before = await countRows(t.store.db, 'participations');
        const response = await post(URL, c.payload);
        assert.equal(response.statusCode, c.status, response.body);
        assert.match(response.headers['content-type'] ?? '', /application\/problem\+json/);
        const errors = response.json().errors as { field: string; rule: string }[];
        assert.ok(
          errors.some((e) => e.field.startsWith(c.field) && (!c.rule || e.rule === c.rule)),
          response.body,
        );
        assert.equal(await countRows(t.store.db, 'participations'), before);
      });
    }

    it('refuses an end before the start (422, field until) and an end without a reason (400)', async () => {
      const created = await post(URL, bij('GM0014', '2016-01-01'));
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().id as number;
      const early = await post(`${URL}/registraties/${id}/einde`, { until: '2015-12-31', reason: 'fout' });
      assert.equal(early.statusCode, 422, early.body);
      assert.equal(early.json().errors[0].field, 'until');
      const noReason = await post(`${URL}/registraties/${id}/einde`, { until: '2020-01-01', reason: ' ' });
      assert.equal(noReason.statusCode, 400);
      assert.equal(await countRows(t.store.db, 'participation_ends'), 1);
      const missing = await post(`${URL}/registraties/999999/einde`, { until: '2020-01-01', reason: 'x' });
      assert.equal(missing.statusCode, 404);
    });

    it('answers 404 for the history of an unknown municipality', async () => {
      assert.equal((await get(`${URL}/GM9999`)).statusCode, 404);
    });

    it('lets only administrators in (403 for every other role, 401 without a session)', async () => {
      for (const role of ROLES.filter((r) => r !== 'administrator')) {
        const other = await loginAs(t, `other.${role}`, [role]);
        assert.equal((await get(URL, other)).statusCode, 403, role);
        assert.equal((await get(`${URL}/${AMSTERDAM}`, other)).statusCode, 403, role);
        assert.equal((await post(URL, bij('GM0014', '2024-01-01'), other)).statusCode, 403, role);
        assert.equal(
          (await post(`${URL}/registraties/1/einde`, { until: '2030-01-01', reason: 'x' }, other)).statusCode,
          403,
          role,
        );
      }
      assert.equal((await t.app.inject({ method: 'GET', url: URL })).statusCode, 401);
    });

    it('gives the routing a snapshot with the active users only (a disabled user does not count)', async () => {
      const officer = await createUser(t.store.db, {
        username: 'bij.utrecht',
        displayName: 'BIJ Utrecht',
        organisation: UTRECHT,
        roles: ['bij-officer'],
      });
      await createUser(t.store.db, {
        username: 'nazorg.amsterdam',
        displayName: 'Nazorg Amsterdam',
        organisation: AMSTERDAM,
        roles: ['reintegration-officer'],
      });
      await t.store.db.updateTable('users').set({ disabled: true }).where('id', '=', officer.id).execute();
      const snapshot = await loadParticipation(t.store.db);
      assert.equal(participationException(snapshot, 'reintegration', AMSTERDAM, '2026-01-05'), undefined);
      assert.equal(
        participationException(snapshot, 'reintegration', AMSTERDAM, '2020-02-29')?.exception,
        'not-participating',
      );
      assert.equal(
        participationException(snapshot, 'bij', UTRECHT, '2026-01-05')?.exception,
        'no-active-user',
      );
      assert.equal(
        participationException(snapshot, 'bij', UTRECHT, '2025-03-01')?.exception,
        'not-participating',
      );
    });
  });
}
