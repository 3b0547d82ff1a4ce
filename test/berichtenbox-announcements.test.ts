/**
 * Late notices and corrections over HTTP (issue 13, item 3), on every storage
 * backend: the date each notice announces and how far ahead it was told, the
 * operators' review with the most urgent first and the days left, a correction
 * naming the notice it corrects only to whoever may open that one, and the
 * victims box naming the registration each notice is for.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { daysBetween } from '../src/notifications/announcement.ts';
import { ingestAtomically } from '../src/pipeline.ts';
import { todayInNetherlands } from '../src/platform/dates.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { addressRegistered, admission, personRegistered, skn, victimRegistered } from './fixtures/events.ts';
import { type LoggedIn, loginAs, startTestApp, type TestApp } from './helpers/app.ts';
import { AMSTERDAM, client, loginAt, ROTTERDAM } from './helpers/berichtenbox.ts';
import { testBackends } from './helpers/db.ts';
import { takePart } from './helpers/participation.ts';

const MOVED = skn(21);
const UNANNOUNCED = skn(22);
const CASE = '13/777777-25';

/** A person whose release is told four days ahead, then moved: the first notice is corrected. */
function movedRelease(): Record<string, unknown>[] {
  const at = (day: string) => `${day}T10:00:00+01:00`;
  const detention = (eventId: string, type: string, on: string, extra: Record<string, unknown>) => ({
    eventId,
    source: 'TULP-GW',
    type,
    occurredAt: at(on),
    skn: MOVED,
    institution: 'PI-VUGHT',
    ...extra,
  });
  return [
    personRegistered({ skn: MOVED, bsn: '123456782', surname: 'Verschoven', occurredAt: at('2026-01-02') }),
    addressRegistered({ skn: MOVED, occurredAt: at('2026-01-02') }),
    admission({
      skn: MOVED,
      institution: 'PI-VUGHT',
      occurredAt: at('2026-01-05'),
      title: {
        kind: 'prison-sentence',
        irrevocable: true,
        offences: ['Sr 242'],
        sentenceDays: 400,
        caseNumber: CASE,
      },
    }),
    victimRegistered({
      skn: MOVED,
      caseNumber: CASE,
      victimReference: 'IDV-MOVED-1',
      occurredAt: at('2026-01-06'),
    }),
    detention('moved-1', 'release-scheduled', '2026-03-01', { releaseDate: '2026-03-05' }),
    detention('moved-2', 'release-scheduled', '2026-03-02', { releaseDate: '2026-04-30' }),
  ];
}

/** A person released without an earlier release-scheduled: the notices that should have gone ahead, late. */
function unannouncedRelease(): Record<string, unknown>[] {
  const at = (day: string) => `${day}T10:00:00+01:00`;
  return [
    personRegistered({
      skn: UNANNOUNCED,
      bsn: '111222333',
      surname: 'Onverwacht',
      occurredAt: at('2026-01-02'),
    }),
    addressRegistered({ skn: UNANNOUNCED, occurredAt: at('2026-01-02') }),
    admission({ skn: UNANNOUNCED, institution: 'PI-VUGHT', occurredAt: at('2026-01-05') }),
    victimRegistered({
      skn: UNANNOUNCED,
      victimReference: 'IDV-UNANNOUNCED-1',
      occurredAt: at('2026-01-06'),
    }),
    {
      eventId: 'unannounced-release',
      source: 'TULP-GW',
      type: 'release',
      occurredAt: at('2026-02-20'),
      skn: UNANNOUNCED,
      institution: 'PI-VUGHT',
      releaseDate: '2026-02-20',
    },
  ];
}

type Item = {
  id: number;
  type: string;
  late: boolean;
  supersedes: { id: number | null; createdAt: string | null } | null;
  announcedDate: string | null;
  daysAhead: number | null;
  window: string | null;
  daysLeft?: number | null;
  urgency?: string | null;
  name: { surname: string } | null;
  victimReference?: string | null;
  caseNumber?: string | null;
};

for (const backend of testBackends()) {
  describe(`announced dates, late notices and corrections on ${backend.name}`, () => {
    let t: TestApp;
    let api: ReturnType<typeof client>;
    let operator: LoggedIn;
    let victimDesk: LoggedIn;
    let bijAmsterdam: LoggedIn;
    let bijRotterdam: LoggedIn;
    before(async () => {
      t = await startTestApp(backend);
      await takePart(t.store.db);
      api = client(t);
      const ctx = { catalog: defaultReferenceCatalog() };
      await ingestAtomically(t.store.db, movedRelease(), ctx);
      await ingestAtomically(t.store.db, unannouncedRelease(), ctx);
      operator = await loginAs(t, 'operator', ['justid-operator']);
      victimDesk = await loginAs(t, 'idv', ['victim-desk-officer']);
      bijAmsterdam = await loginAt(t, 'bij.amsterdam', ['bij-officer'], AMSTERDAM);
      bijRotterdam = await loginAt(t, 'bij.rotterdam', ['bij-officer'], ROTTERDAM);
    });
    after(() => t.close());

    const review = async (query = '') => {
      const response = await api.get(`/operaties/bij-controle${query}`, operator);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as { notices: Item[]; nextCursor: string | null };
    };
    const line = (n: Item) =>
      `${n.name?.surname} ${n.announcedDate} ahead ${n.daysAhead} ${n.window}${n.late ? ' late' : ''}${
        n.supersedes ? ' correction' : ''
      }`;

    it('puts the review in the order of the announced date when asked, the late one first', async () => {
      const urgent = await review('?order=urgent');
      assert.deepEqual(urgent.notices.map(line), [
        'Onverwacht 2026-02-20 ahead 0 late late',
        'Verschoven 2026-03-05 ahead 4 inside-week',
        'Verschoven 2026-04-30 ahead 59 in-time correction',
      ]);
      const oldest = await review();
      assert.deepEqual(
        oldest.notices.map((n) => n.announcedDate),
        ['2026-03-05', '2026-04-30', '2026-02-20'],
        'by default the oldest notice first, as before',
      );
    });

    it('tells the operator the days left before each date, and how urgent that is', async () => {
      const today = todayInNetherlands();
      for (const n of (await review('?order=urgent')).notices) {
        const left = daysBetween(today, n.announcedDate as string);
        assert.equal(n.daysLeft, left, line(n));
        const expected = n.late || left < 0 ? 'late' : left < 7 ? 'inside-week' : 'in-time';
        assert.equal(n.urgency, expected, line(n));
      }
    });

    it('names the corrected notice to the operator', async () => {
      const [first, correction] = (await review()).notices;
      assert.deepEqual(correction?.supersedes?.id, first?.id);
      assert.ok(correction?.supersedes?.createdAt);
    });

    it('pages the urgent order with its own cursor, and refuses a cursor of the other order', async () => {
      const page1 = await review('?order=urgent&limit=2');
      assert.equal(page1.notices.length, 2);
      assert.ok(page1.nextCursor);
      const page2 = await review(`?order=urgent&limit=2&cursor=${page1.nextCursor}`);
      assert.deepEqual(page2.notices.map(line), ['Verschoven 2026-04-30 ahead 59 in-time correction']);
      assert.equal(page2.nextCursor, null);
      const wrong = await api.get(
        `/operaties/bij-controle?order=urgent&cursor=${page2.notices[0]?.id}`,
        operator,
      );
      assert.equal(wrong.statusCode, 400, wrong.body);
      const badOrder = await api.get('/operaties/bij-controle?order=soonest', operator);
      assert.equal(badOrder.statusCode, 400);
    });

    it('shows the mayor the late notice and the correction with the notice it corrects', async () => {
      for (const n of (await review()).notices)
        assert.equal(
          (await api.post(`/operaties/bij-controle/${n.id}`, { decision: 'confirm' }, operator)).statusCode,
          200,
        );
      const box = (await api.get('/berichtenbox/bij', bijAmsterdam)).json() as { notices: Item[] };
      assert.deepEqual(box.notices.map(line), [
        'Onverwacht 2026-02-20 ahead 0 late late',
        'Verschoven 2026-04-30 ahead 59 in-time correction',
        'Verschoven 2026-03-05 ahead 4 inside-week',
      ]);
      const [, correction, first] = box.notices;
      assert.equal(correction?.supersedes?.id, first?.id);
      const opened = (await api.get(`/berichtenbox/bij/${correction?.id}`, bijAmsterdam)).json();
      assert.deepEqual(opened.supersedes, correction?.supersedes);
      assert.equal(opened.announcedDate, '2026-04-30');
      assert.equal(opened.content.releaseDate, '2026-04-30');
    });

    it('says a forwarded correction corrects an earlier notice, without naming one the new municipality cannot open', async () => {
      const box = (await api.get('/berichtenbox/bij', bijAmsterdam)).json() as { notices: Item[] };
      const correction = box.notices.find((n) => n.supersedes !== null) as Item;
      const forwarded = await api.post(
        `/berichtenbox/bij/${correction.id}/doorsturen`,
        { municipalityCode: ROTTERDAM, reason: 'verhuisd naar Rotterdam' },
        bijAmsterdam,
      );
      assert.equal(forwarded.statusCode, 200, forwarded.body);
      const copy = (await api.get('/berichtenbox/bij', bijRotterdam)).json().notices[0] as Item;
      assert.deepEqual(
        [copy.victimReference, copy.caseNumber],
        [null, null],
        'a BIJ notice is for no victim',
      );
      assert.deepEqual(copy.supersedes, { id: null, createdAt: null });
      const opened = (await api.get(`/berichtenbox/bij/${copy.id}`, bijRotterdam)).json();
      assert.deepEqual(opened.supersedes, { id: null, createdAt: null });
    });

    it('shows the victim desk which registration and case each notice is for, with the late and corrected ones', async () => {
      const box = (await api.get('/berichtenbox/victims', victimDesk)).json() as { notices: Item[] };
      const planned = box.notices.filter((n) => n.type === 'vrijlating-gepland');
      assert.deepEqual(planned.map(line), [
        'Onverwacht 2026-02-20 ahead 0 late late',
        'Verschoven 2026-04-30 ahead 59 in-time correction',
        'Verschoven 2026-03-05 ahead 4 inside-week',
      ]);
      assert.equal(planned[1]?.supersedes?.id, planned[2]?.id);
      assert.deepEqual(
        planned.map((n) => [n.victimReference, n.caseNumber]),
        [
          ['IDV-UNANNOUNCED-1', '13/123456-25'],
          ['IDV-MOVED-1', CASE],
          ['IDV-MOVED-1', CASE],
        ],
        'the list names the registration and the case it was registered in',
      );
      const opened = (await api.get(`/berichtenbox/victims/${planned[1]?.id}`, victimDesk)).json();
      assert.equal(opened.content.victimReference, 'IDV-MOVED-1');
      assert.equal(opened.content.caseNumber, CASE);
      const released = box.notices.find((n) => n.type === 'vrijlating') as Item;
      assert.equal(released.announcedDate, null, 'a release tells a fact, it announces no date');
      assert.equal(released.daysAhead, null);
    });
  });
}
