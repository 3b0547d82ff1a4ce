/**
 * A box at volume, on every storage backend: search by each key the box's
 * notices carry (in the body, never a URL), sort and filter by the date that
 * matters, bulk acknowledge with a refused item reported, the view per person,
 * the releases to come for aftercare, and the CSV export, each read logged and
 * each box scoped to its own organisation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pseudonymize } from '../src/access/index.ts';
import { confirmReviewsExceptNewest } from '../src/notifications/index.ts';
import { ingestAtomically } from '../src/pipeline.ts';
import { todayInNetherlands } from '../src/platform/dates.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import {
  addressRegistered,
  admission,
  bsn,
  institutionOf,
  personRegistered,
  skn,
  victimRegistered,
} from './fixtures/events.ts';
import { type LoggedIn, loginAs, TEST_PSEUDONYM_KEY, type TestApp } from './helpers/app.ts';
import { AMSTERDAM, client, loginAt, ROTTERDAM, startWithStory } from './helpers/berichtenbox.ts';
import { countRows, testBackends } from './helpers/db.ts';
import { plusDays } from './helpers/story.ts';

const SOON = skn(3);
const SOON_BSN = bsn(3);
const LATER = skn(4);
const KENMERK = 'IDV-2026-0042';

/** Anna Bakker, detained in Amsterdam's care, released in 20 days, on leave in 10; Kees Visser released in 120. */
function comingReleases(): Record<string, unknown>[] {
  const gw = institutionOf('GW');
  return [
    personRegistered({ skn: SOON, bsn: SOON_BSN, surname: 'Bakker', givenNames: 'Anna' }),
    addressRegistered({ skn: SOON }),
    admission({
      skn: SOON,
      institution: gw,
      plannedEndDate: plusDays(20),
      title: {
        kind: 'prison-sentence',
        irrevocable: true,
        offences: ['Sr 242'],
        sentenceDays: 900,
        caseNumber: '13/999999-26',
      },
    }),
    victimRegistered({
      skn: SOON,
      caseNumber: '13/999999-26',
      victimReference: KENMERK,
      occurredAt: '2026-02-02T10:00:00+01:00',
    }),
    {
      eventId: `leave-${SOON}`,
      source: 'TULP-GW',
      type: 'leave-granted',
      occurredAt: '2026-02-03T10:00:00+01:00',
      skn: SOON,
      institution: gw,
      leaveFrom: plusDays(10),
      leaveUntil: plusDays(12),
      leaveAddress: {
        municipalityCode: AMSTERDAM,
        street: 'Prinsengracht',
        houseNumber: '263',
        postalCode: '1016GV',
        city: 'Amsterdam',
      },
    },
    personRegistered({ skn: LATER, bsn: bsn(4), surname: 'Visser', givenNames: 'Kees' }),
    addressRegistered({ skn: LATER }),
    admission({ skn: LATER, institution: gw, plannedEndDate: plusDays(120) }),
  ];
}

type Summary = {
  id: number;
  type: string;
  status: string;
  name: { surname: string } | null;
  sortDate: string | null;
  victimReference: string | null;
};
type Page = { notices: Summary[]; nextCursor: string | null };

for (const backend of testBackends()) {
  describe(`Berichtenbox at volume on ${backend.name}`, () => {
    let t: TestApp;
    let api: ReturnType<typeof client>;
    let bijAmsterdam: LoggedIn;
    let bijRotterdam: LoggedIn;
    let riAmsterdam: LoggedIn;
    let riRotterdam: LoggedIn;
    let victimDesk: LoggedIn;
    const search = async (box: string, body: object, who: LoggedIn): Promise<Page> => {
      const response = await api.post(`/berichtenbox/${box}/zoeken`, body, who);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const surnames = (page: Page) => [...new Set(page.notices.map((n) => n.name?.surname))].sort();
    const newLogRows = async (since: number) =>
      t.store.db
        .selectFrom('processing_log')
        .select(['processing_activity_id', 'operation', 'subject_pseudonym'])
        .where('id', '>', since)
        .execute();

    before(async () => {
      t = await startWithStory(backend);
      api = client(t);
      await ingestAtomically(t.store.db, comingReleases(), { catalog: defaultReferenceCatalog() });
      // The Justid desk has checked every BIJ notice's municipality: they are in the mayors' boxes.
      await confirmReviewsExceptNewest(t.store.db, 0, {
        userId: null,
        username: 'test',
        organisation: 'JUSTID',
      });
      victimDesk = await loginAs(t, 'idv', ['victim-desk-officer']);
      bijAmsterdam = await loginAt(t, 'bij.amsterdam', ['bij-officer'], AMSTERDAM);
      bijRotterdam = await loginAt(t, 'bij.rotterdam', ['bij-officer'], ROTTERDAM);
      riAmsterdam = await loginAt(t, 'ri.amsterdam', ['reintegration-officer'], AMSTERDAM);
      riRotterdam = await loginAt(t, 'ri.rotterdam', ['reintegration-officer'], ROTTERDAM);
    });
    after(() => t.close());

    describe('search by each key the box carries', () => {
      const cases: { name: string; box: string; who: () => LoggedIn; q: string; found: string[] }[] = [
        {
          name: 'part of a name, any case',
          box: 'bij',
          who: () => bijAmsterdam,
          q: 'anna bak',
          found: ['Bakker'],
        },
        { name: 'a surname', box: 'reintegration', who: () => riAmsterdam, q: 'visser', found: ['Visser'] },
        {
          name: 'a BSN in the re-integration box',
          box: 'reintegration',
          who: () => riAmsterdam,
          q: SOON_BSN,
          found: ['Bakker'],
        },
        {
          name: 'a BSN where the notices carry none (BIJ)',
          box: 'bij',
          who: () => bijAmsterdam,
          q: SOON_BSN,
          found: [],
        },
        {
          name: 'an SKN in the victims box',
          box: 'victims',
          who: () => victimDesk,
          q: SOON,
          found: ['Bakker'],
        },
        {
          name: 'an SKN where the notices carry none (BIJ)',
          box: 'bij',
          who: () => bijAmsterdam,
          q: SOON,
          found: [],
        },
        {
          name: 'a kenmerk, any case',
          box: 'victims',
          who: () => victimDesk,
          q: KENMERK.toLowerCase(),
          found: ['Bakker'],
        },
        {
          name: 'a name of another organisation',
          box: 'reintegration',
          who: () => riRotterdam,
          q: 'Bakker',
          found: [],
        },
      ];
      for (const c of cases)
        it(c.name, async () => {
          assert.deepEqual(surnames(await search(c.box, { q: c.q }, c.who())), c.found);
        });

      it('finds the kenmerk in the list as well', async () => {
        const page = await search('victims', { q: KENMERK }, victimDesk);
        assert.ok(page.notices.length > 0);
        assert.ok(page.notices.every((n) => n.victimReference === KENMERK));
      });
    });

    describe('sort and filter by the date that matters', () => {
      it('sorts by the announced date both ways, a notice without one last', async () => {
        const up = (await search('bij', { sort: 'announced', limit: 100 }, bijRotterdam)).notices;
        const down = (await search('bij', { sort: 'announced', direction: 'desc', limit: 100 }, bijRotterdam))
          .notices;
        const dated = (list: Summary[]) => list.map((n) => n.sortDate).filter((d) => d !== null);
        assert.ok(up.length >= 3, 'the story gives Rotterdam several BIJ notices');
        assert.deepEqual(dated(up), [...dated(up)].sort());
        assert.deepEqual(dated(down), [...dated(down)].sort().reverse());
        for (const list of [up, down]) {
          const firstNull = list.findIndex((n) => n.sortDate === null);
          if (firstNull >= 0) assert.ok(list.slice(firstNull).every((n) => n.sortDate === null));
        }
      });

      it('sorts by received, newest first unless asked', async () => {
        const ids = (await search('victims', { limit: 100 }, victimDesk)).notices.map((n) => n.id);
        assert.deepEqual(
          ids,
          [...ids].sort((a, b) => b - a),
        );
        const asc = (await search('victims', { sort: 'received', direction: 'asc', limit: 100 }, victimDesk))
          .notices;
        assert.deepEqual(
          asc.map((n) => n.id),
          [...ids].reverse(),
        );
      });

      it('filters by the announced-date range, inclusive', async () => {
        const day = plusDays(10);
        const page = await search('victims', { announcedFrom: day, announcedTo: day }, victimDesk);
        assert.deepEqual(
          page.notices.map((n) => [n.type, n.sortDate]),
          [['verlof', day]],
        );
        assert.equal(
          (await search('victims', { announcedFrom: plusDays(11) }, victimDesk)).notices.length,
          0,
        );
      });

      it('pages on with the cursor it gives', async () => {
        const all = (await search('bij', { sort: 'announced', limit: 100 }, bijRotterdam)).notices.map(
          (n) => n.id,
        );
        const first = await search('bij', { sort: 'announced', limit: 2 }, bijRotterdam);
        assert.ok(first.nextCursor);
        const second = await search(
          'bij',
          { sort: 'announced', limit: 2, cursor: first.nextCursor },
          bijRotterdam,
        );
        assert.deepEqual(
          [...first.notices, ...second.notices].map((n) => n.id),
          all.slice(0, 4),
        );
      });

      it('logs every person a search lists, as a search', async () => {
        const since = await countRows(t.store.db, 'processing_log');
        await search('victims', { q: KENMERK }, victimDesk);
        const rows = await newLogRows(since);
        assert.deepEqual(
          rows.map((r) => [r.processing_activity_id, r.operation, r.subject_pseudonym]),
          (await search('victims', { q: KENMERK }, victimDesk)).notices.map(() => [
            'berichtenbox-lijst',
            'search',
            pseudonymize(TEST_PSEUDONYM_KEY, SOON),
          ]),
        );
      });
    });

    describe('bulk acknowledge', () => {
      it('acknowledges each allowed notice with its history row and reports the others', async () => {
        const box = (await search('reintegration', { q: 'Bakker' }, riAmsterdam)).notices;
        const mine = box.filter((n) => n.status === 'delivered' || n.status === 'read').map((n) => n.id);
        assert.ok(mine.length >= 1);
        const other = await api.noticeId('pi-verlof', ROTTERDAM);
        const historyBefore = await countRows(t.store.db, 'notice_history');
        const response = await api.post(
          '/berichtenbox/reintegration/ontvangst',
          { ids: [...mine, other] },
          riAmsterdam,
        );
        assert.equal(response.statusCode, 200, response.body);
        const result = response.json();
        assert.deepEqual(
          result.acknowledged.map((n: { id: number; status: string }) => [n.id, n.status]),
          mine.map((id) => [id, 'acknowledged']),
        );
        assert.deepEqual(result.refused, [{ id: other, reason: 'not-found', status: null }]);
        assert.equal(await countRows(t.store.db, 'notice_history'), historyBefore + mine.length);
        assert.equal(await api.status(other), 'delivered');

        const again = await api.post(
          '/berichtenbox/reintegration/ontvangst',
          { ids: mine.slice(0, 1) },
          riAmsterdam,
        );
        assert.deepEqual(again.json(), {
          acknowledged: [],
          refused: [{ id: mine[0], reason: 'invalid-state', status: 'acknowledged' }],
        });
      });
    });

    describe('the view per person', () => {
      it('lists every notice of the person of a notice in this box, and only those', async () => {
        const id = await api.noticeId('inschrijving', AMSTERDAM, SOON);
        const response = await api.post('/berichtenbox/reintegration/persoon', { noticeId: id }, riAmsterdam);
        assert.equal(response.statusCode, 200, response.body);
        const page: Page = response.json();
        assert.deepEqual(surnames(page), ['Bakker']);
        assert.ok(page.notices.some((n) => n.id === id));
        const bySkn = await api.post('/berichtenbox/reintegration/persoon', { skn: SOON }, riAmsterdam);
        assert.deepEqual(
          (bySkn.json() as Page).notices.map((n) => n.id),
          page.notices.map((n) => n.id),
        );
      });

      it('is 404 for a notice of another organisation', async () => {
        const id = await api.noticeId('inschrijving', AMSTERDAM, SOON);
        const response = await api.post('/berichtenbox/reintegration/persoon', { noticeId: id }, riRotterdam);
        assert.equal(response.statusCode, 404);
        assert.match(String(response.headers['content-type']), /problem\+json/);
      });
    });

    it('names both institutions of a transfer, from → to', async () => {
      const id = await api.noticeId('overplaatsing', AMSTERDAM);
      const content = (await api.get(`/berichtenbox/reintegration/${id}`, riAmsterdam)).json().content;
      assert.deepEqual(
        [content.fromInstitution?.code, content.institution?.code],
        [institutionOf('GW'), institutionOf('GW', 1)],
      );
    });

    describe('releases in the coming weeks', () => {
      it('lists the persons still detained whose planned end date falls in the window, soonest first', async () => {
        const response = await api.get('/berichtenbox/reintegration/vrijlatingen', riAmsterdam);
        assert.equal(response.statusCode, 200, response.body);
        const body = response.json();
        assert.equal(body.from, todayInNetherlands());
        assert.equal(body.to, plusDays(56));
        assert.deepEqual(
          body.releases.map((r: { name: { surname: string }; plannedEndDate: string; daysLeft: number }) => [
            r.name.surname,
            r.plannedEndDate,
            r.daysLeft,
          ]),
          [['Bakker', plusDays(20), 20]],
        );
        const wide = await api.get('/berichtenbox/reintegration/vrijlatingen?weeks=26', riAmsterdam);
        assert.deepEqual(
          wide.json().releases.map((r: { name: { surname: string } }) => r.name.surname),
          ['Bakker', 'Visser'],
        );
      });

      it('shows another organisation none of them, and other boxes no such view', async () => {
        const response = await api.get('/berichtenbox/reintegration/vrijlatingen?weeks=26', riRotterdam);
        assert.deepEqual(response.json().releases, []);
        assert.equal(
          (await api.get('/berichtenbox/reintegration/vrijlatingen', bijAmsterdam)).statusCode,
          403,
        );
      });

      it('logs every person listed', async () => {
        const since = await countRows(t.store.db, 'processing_log');
        await api.get('/berichtenbox/reintegration/vrijlatingen', riAmsterdam);
        assert.deepEqual(
          (await newLogRows(since)).map((r) => r.subject_pseudonym),
          [pseudonymize(TEST_PSEUDONYM_KEY, SOON)],
        );
      });
    });

    describe('CSV export of the current view', () => {
      const exportOf = async (box: string, body: object, who: LoggedIn) => {
        const response = await api.post(`/berichtenbox/${box}/export`, body, who);
        assert.equal(response.statusCode, 200, response.body);
        assert.match(String(response.headers['content-type']), /^text\/csv/);
        assert.match(String(response.headers['content-disposition']), /attachment; filename="berichtenbox-/);
        return response.body.trim().split('\r\n');
      };

      it('holds the filtered notices, with a BSN only in the re-integration box', async () => {
        const ri = await exportOf('reintegration', { q: 'Bakker' }, riAmsterdam);
        assert.ok(ri[0]?.split(',').includes('bsn'));
        assert.ok(ri.slice(1).length >= 1 && ri.slice(1).every((line) => line.includes(SOON_BSN)));
        for (const [box, who] of [
          ['bij', () => bijAmsterdam],
          ['victims', () => victimDesk],
        ] as const) {
          const lines = await exportOf(box, {}, who());
          assert.ok(!lines[0]?.split(',').includes('bsn'), box);
          assert.ok(lines.length > 1, `${box} has notices`);
          for (const b of [SOON_BSN, bsn(4), '111222333']) assert.ok(!lines.join('\n').includes(b), box);
        }
        const victims = await exportOf('victims', { q: KENMERK }, victimDesk);
        assert.ok(victims[0]?.split(',').includes('kenmerk'));
        assert.ok(victims.slice(1).every((line) => line.includes(KENMERK)));
      });

      it('is scoped to the own organisation and logged as an export, one row per person', async () => {
        const since = await countRows(t.store.db, 'processing_log');
        const lines = await exportOf('reintegration', {}, riRotterdam);
        assert.ok(!lines.join('\n').includes('Bakker'));
        const rows = await newLogRows(since);
        assert.equal(rows.length, lines.length - 1);
        assert.ok(rows.every((r) => r.processing_activity_id === 'berichtenbox-export'));
      });
    });

    it('refuses bad input with a problem', async () => {
      const bad: [string, object][] = [
        ['/berichtenbox/bij/zoeken', { q: '' }],
        ['/berichtenbox/bij/zoeken', { q: '   ' }],
        ['/berichtenbox/bij/zoeken', { sort: 'name' }],
        ['/berichtenbox/bij/zoeken', { announcedFrom: '2026-02-30' }],
        ['/berichtenbox/bij/zoeken', { type: 'inschrijving' }],
        ['/berichtenbox/bij/zoeken', { bsn: '111222333' }],
        ['/berichtenbox/bij/zoeken', { cursor: 'abc' }],
        ['/berichtenbox/bij/ontvangst', { ids: [] }],
        ['/berichtenbox/bij/ontvangst', { ids: [1, 1] }],
        ['/berichtenbox/bij/ontvangst', { ids: Array.from({ length: 101 }, (_, i) => i + 1) }],
        ['/berichtenbox/bij/persoon', {}],
        ['/berichtenbox/bij/persoon', { noticeId: 0 }],
        ['/berichtenbox/bij/export', { limit: 0 }],
      ];
      for (const [url, body] of bad) {
        const response = await api.post(url, body, bijAmsterdam);
        assert.equal(response.statusCode, 400, `${url} ${JSON.stringify(body)}: ${response.body}`);
        assert.match(String(response.headers['content-type']), /problem\+json/);
      }
      assert.equal(
        (await api.get('/berichtenbox/reintegration/vrijlatingen?weeks=27', riAmsterdam)).statusCode,
        400,
      );
      assert.equal((await api.post('/berichtenbox/bij/zoeken', {}, riAmsterdam)).statusCode, 403);
      assert.equal((await api.post('/berichtenbox/bij/zoeken', {})).statusCode, 401);
    });
  });
}
