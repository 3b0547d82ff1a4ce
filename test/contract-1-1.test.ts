/**
 * Contract version 1.1 end to end: the title events, `returned` and a sector transfer through
 * the API on every store (refusals field by field, nothing stored), and through
 * `ketenzicht replay`, whose lines carry `supersedes` and `late` exactly as replay.md writes them.
 */
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { replay } from '../src/cli/replay.ts';
import { addressRegistered, personRegistered, skn, victimRegistered } from './fixtures/events.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';
import { postEvents } from './helpers/events-api.ts';

type Json = Record<string, unknown>;
const PRISON = 'PI-VUGHT';
const CLINIC = 'FPC-VAN-DER-HOEVEN';

/** One person's detention as contract 1.1 tells it, from `source` at `institution`, dated `day`. */
function detention(person: string) {
  let n = 0;
  return (type: string, day: string, extra: Json = {}, where = PRISON, source = 'TULP-GW'): Json => ({
    eventId: `${person}-${type}-${++n}`,
    source,
    type,
    occurredAt: `${day}T10:00:00+01:00`,
    skn: person,
    institution: where,
    ...extra,
  });
}

const pretrial = (caseNumber: string) => ({ kind: 'pre-trial', caseNumber, offences: ['Sr 242'] });
const sentence = (caseNumber: string, irrevocable: boolean) => ({
  kind: 'prison-sentence',
  caseNumber,
  offences: ['Sr 242'],
  sentenceDays: 1000,
  irrevocable,
});

for (const backend of testBackends()) {
  describe(`contract 1.1 through the API on ${backend.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(() => t.close());

    const person = skn(901);
    const at = detention(person);

    it('accepts the judgment path and the return after an escape, and refuses what contradicts the state', async () => {
      const setup = [
        personRegistered({ skn: person, eventId: 'p-901', bsn: undefined }),
        addressRegistered({ skn: person, eventId: 'a-901' }),
      ];
      assert.equal((await postEvents(t, setup)).statusCode, 200);
      const ok = async (event: Json) => {
        const response = await postEvents(t, event, String(event.source));
        assert.equal(response.statusCode, 200, response.body);
      };
      const refused = async (event: Json, field: string, rule: string) => {
        const logged = await countRows(t.store.db, 'event_log');
        const response = await postEvents(t, event, String(event.source));
        assert.equal(response.statusCode, 422, response.body);
        const errors = response.json().errors as { field: string; rule: string }[];
        assert.deepEqual(
          errors.map((e) => [e.field, e.rule]),
          [[field, rule]],
          response.body,
        );
        assert.equal(await countRows(t.store.db, 'event_log'), logged, 'nothing of it is stored');
      };
      await ok(at('admission', '2025-01-10', { title: pretrial('A') }));
      await refused(
        at('title-changed', '2025-02-01', { caseNumber: 'Z', title: sentence('Z', false) }),
        'caseNumber',
        'unknown-case',
      );
      await refused(at('title-ended', '2025-02-01', { caseNumber: 'A' }), 'caseNumber', 'last-title');
      await refused(
        at('title-added', '2025-02-01', { title: pretrial('A') }),
        'title.caseNumber',
        'case-held',
      );
      await refused(at('returned', '2025-02-01'), 'type', 'not-escaped');
      await ok(at('title-changed', '2025-05-01', { caseNumber: 'A', title: sentence('A', false) }));
      await ok(at('title-changed', '2025-05-15', { caseNumber: 'A', title: sentence('A', true) }));
      await ok(
        at('title-added', '2025-06-01', {
          title: { kind: 'tbs-dwangverpleging', caseNumber: 'A-tbs', irrevocable: true },
        }),
      );
      await ok(at('escape', '2025-07-01'));
      await ok(at('returned', '2025-07-03'));
      await ok(at('transfer', '2025-09-01', { toInstitution: CLINIC }));
      await refused(at('escape', '2025-09-05'), 'institution', 'not-here');
      await ok(at('title-ended', '2025-09-02', { caseNumber: 'A' }, CLINIC, 'MITS'));

      const episode = await t.store.db
        .selectFrom('detention_episodes')
        .select(['sector', 'status', 'titles', 'institution'])
        .where('skn', '=', person)
        .executeTakeFirstOrThrow();
      assert.equal(episode.sector, 'TBS', 'the clinic took over: the episode goes on in TBS');
      assert.equal(episode.status, 'detained');
      assert.equal(episode.institution, CLINIC);
      const titles = episode.titles as {
        caseNumber: string;
        kind: string;
        from: string;
        until: string | null;
      }[];
      assert.deepEqual(
        titles.map((v) => [v.caseNumber, v.kind, v.from, v.until]),
        [
          ['A', 'pre-trial', '2025-01-10', '2025-05-01'],
          ['A', 'prison-sentence', '2025-05-01', '2025-05-15'],
          ['A', 'prison-sentence', '2025-05-15', '2025-09-02'],
          ['A-tbs', 'tbs-dwangverpleging', '2025-06-01', null],
        ],
      );
      const ended = await t.store.db
        .selectFrom('notices')
        .select('type')
        .where('skn', '=', person)
        .where('type', 'in', ['einde-detentie', 'inschrijving'])
        .execute();
      assert.deepEqual(
        ended.map((r) => r.type),
        ['inschrijving'],
        'a transfer to the clinic is no end of detention and no new registration',
      );
    });
  });
}

for (const backend of testBackends()) {
  describe(`contract 1.1 compensation events on ${backend.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(() => t.close());

    it('keeps a compensation order and a payment in the event log, and refuses them for an unknown person', async () => {
      const person = skn(903);
      assert.equal(
        (await postEvents(t, personRegistered({ skn: person, eventId: 'p-903' }))).statusCode,
        200,
      );
      const order = {
        eventId: 'c-903',
        source: 'CJIB',
        type: 'compensation-order',
        occurredAt: '2026-03-02T10:00:00+01:00',
        skn: person,
        caseNumber: '13/903-25',
        victimReference: 'IDV-903',
        victimKind: 'natural-person',
        amountCents: 750000,
        irrevocableOn: '2026-03-01',
        offences: ['Sr 300'],
      };
      const payment = {
        eventId: 'c-904',
        source: 'CJIB',
        type: 'compensation-payment',
        occurredAt: '2026-05-02T10:00:00+01:00',
        skn: person,
        caseNumber: '13/903-25',
        victimReference: 'IDV-903',
        amountCents: 100000,
        paidOn: '2026-05-01',
      };
      const stored = await postEvents(t, [order, payment], 'CJIB');
      assert.equal(stored.statusCode, 200, stored.body);
      assert.deepEqual(
        stored.json().results.map((r: { status: string }) => r.status),
        ['accepted', 'accepted'],
      );
      const logged = await countRows(t.store.db, 'event_log');
      const unknown = await postEvents(t, { ...order, eventId: 'c-905', skn: skn(904) }, 'CJIB');
      assert.equal(unknown.statusCode, 422, unknown.body);
      assert.equal(await countRows(t.store.db, 'event_log'), logged, 'nothing of it is stored');
    });
  });
}

async function replayLines(events: Json[]): Promise<Json[]> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  await replay(
    Readable.from(`${events.map((e) => JSON.stringify(e)).join('\n')}\n`),
    out,
    new PassThrough(),
    {},
  );
  return chunks
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Json);
}

describe('replay of contract 1.1', () => {
  it('tells the mayor of a pre-trial detainee once the sentence is irrevocable, corrects a moved date, and marks a late release', async () => {
    const person = skn(902);
    const at = detention(person);
    const events = [
      personRegistered({ skn: person, eventId: 'p-902' }),
      addressRegistered({ skn: person, eventId: 'a-902' }),
      victimRegistered({ skn: person, eventId: 'v-902', caseNumber: 'B', victimReference: 'IDV-902' }),
      at('admission', '2025-01-10', { title: pretrial('A') }),
      at('title-added', '2025-02-01', { title: pretrial('B') }),
      at('release-scheduled', '2025-03-01', { releaseDate: '2025-04-01' }),
      at('title-changed', '2025-05-01', { caseNumber: 'A', title: sentence('A', true) }),
      at('release-scheduled', '2026-01-05', { releaseDate: '2026-02-01' }),
      at('release-scheduled', '2026-01-10', { releaseDate: '2026-02-15' }),
      at('release', '2026-02-15', { releaseDate: '2026-02-15' }),
    ];
    const lines = await replayLines(events);
    const bij = lines.filter((l) => l.box === 'bij');
    assert.deepEqual(
      bij.map((l) => [l.eventId, l.type, l.recipient, l.supersedes ?? null, l.late ?? null]),
      [
        [`${person}-release-scheduled-5`, 'pi-beeindiging', 'GM0363', null, null],
        [`${person}-release-scheduled-6`, 'pi-beeindiging', 'GM0363', `${person}-release-scheduled-5`, null],
      ],
      'nothing while only pre-trial; then the announcement and its correction',
    );
    const victims = lines
      .filter((l) => l.box === 'victims')
      .map((l) => `${l.type}${l.supersedes ? ' (correctie)' : ''}`);
    assert.deepEqual(
      victims,
      [
        'vrijlating-gepland',
        'vrijlating-gepland (correctie)',
        'vrijlating-gepland (correctie)',
        'vrijlating',
      ],
      'the victim of the second case hears of every announcement, each later one correcting the one before',
    );

    const late = await replayLines([
      ...events.slice(0, 4),
      at('title-changed', '2025-05-01', { caseNumber: 'A', title: sentence('A', true) }),
      at('release', '2025-09-01', { releaseDate: '2025-09-01' }),
    ]);
    assert.deepEqual(
      late.filter((l) => l.late === true).map((l) => `${l.box} ${l.type}`),
      ['bij pi-beeindiging'],
      'a release nobody announced: the mayor is told, late (the victim is of case B, not held here)',
    );
  });
});
