/**
 * `ketenzicht replay` per ../shared/contracts/replay.md, and the notices the
 * service stores: made once, whatever the sources re-deliver.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { replay } from '../src/cli/replay.ts';
import { readWork } from '../src/notifications/box-reads.ts';
import { insertRegistrations, ruleSetByName } from '../src/notifications/index.ts';
import { workPageView } from '../src/notifications/views.ts';
import { ingestStream } from '../src/pipeline.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { admission, oneOfEachType, skn } from './fixtures/events.ts';
import { countRows, testBackends } from './helpers/db.ts';
import { takePart } from './helpers/participation.ts';

const BIN = path.resolve(import.meta.dirname, '../bin/ketenzicht.js');

async function run(lines: string[], options: Parameters<typeof replay>[3] = {}) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errors: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  err.on('data', (c) => errors.push(String(c)));
  const summary = await replay(Readable.from(`${lines.join('\n')}\n`), out, err, options);
  const output = chunks
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { summary, output, errors: errors.join('') };
}

describe('replay', () => {
  const story = oneOfEachType(skn(1)).map((e) => JSON.stringify(e));

  it("writes one line per notice with exactly the contract's fields, in the order they arise", async () => {
    const { output } = await run(story);
    assert.ok(output.length > 5);
    for (const line of output) {
      const keys = Object.keys(line);
      assert.deepEqual(keys.slice(0, 6), ['eventId', 'skn', 'box', 'type', 'recipient', 'legalBasis']);
      // Then only the contract's optional fields, in its order: exception (unrouted only), supersedes, late (1.1).
      const optional = keys.slice(6);
      const order = ['exception', 'supersedes', 'late'];
      assert.deepEqual(
        optional,
        order.filter((k) => optional.includes(k)),
        `optional fields in order: ${optional}`,
      );
      assert.equal(optional.includes('exception'), line.recipient === null);
      if ('late' in line) assert.equal(line.late, true);
      assert.ok(['bij', 'reintegration', 'victims'].includes(String(line.box)));
    }
    const types = output.map((l) => `${l.box}:${l.type}:${l.recipient}`);
    assert.equal(types[0], 'reintegration:inschrijving:GM0363');
    assert.ok(types.includes('bij:pi-verlof:GM0599'), 'leave routes to the leave address');
    assert.ok(types.includes('bij:18b-melding:GM0363'));
    assert.ok(
      types.includes('reintegration:inschrijving:RVDK'),
      'a juvenile registration also goes to the RvdK',
    );
    assert.ok(types.includes('victims:ontvluchting:CJIB-IDV'));
    assert.ok(types.includes('bij:tbs-voorwaardelijke-beeindiging:GM0363'));
  });

  it('makes no notice twice for a duplicate delivery or a fact re-sent under a new eventId', async () => {
    const once = await run(story);
    const resent = JSON.stringify({ ...JSON.parse(story[6] as string), eventId: 'resent-1' });
    const twice = await run([...story.slice(0, 7), story[6] as string, resent, ...story.slice(7)]);
    assert.deepEqual(twice.output, once.output);
    assert.equal(twice.summary.duplicate, 1);
  });

  it('reports a rejected line on standard error with its number and goes on', async () => {
    const { output, errors, summary } = await run([story[0] as string, 'not json', ...story.slice(1)]);
    assert.match(errors, /^line 2: rejected: not valid JSON/m);
    assert.equal(summary.rejected, 1);
    assert.ok(output.length > 5);
  });

  it('explains each decision not to notify', async () => {
    const theft = admission({
      skn: skn(1),
      title: { kind: 'prison-sentence', irrevocable: true, offences: ['Sr 310'], caseNumber: '1/1-26' },
    });
    const lines = [
      story[0] as string,
      story[1] as string,
      JSON.stringify(theft),
      JSON.stringify({
        eventId: 'rs',
        source: 'TULP-GW',
        type: 'release-scheduled',
        occurredAt: '2026-03-01T10:00:00+01:00',
        skn: skn(1),
        institution: theft.institution,
        releaseDate: '2026-04-01',
      }),
    ];
    const plain = await run(lines);
    const explained = await run(lines, { explain: true });
    assert.equal(plain.output.filter((l) => l.decision === 'skip').length, 0);
    const skips = explained.output.filter((l) => l.decision === 'skip');
    assert.deepEqual(Object.keys(skips[0] ?? {}), ['eventId', 'box', 'decision', 'reason']);
    assert.ok(
      skips.some((s) => s.box === 'bij' && String(s.reason).includes('no serious-violent or sexual offence')),
    );
  });

  it('sends a BIJ trigger with an offence the reference data does not know to the operations queue', async () => {
    const { lines } = unknownOffenceStory();
    const { output } = await run(lines, { explain: true });
    const bij = output.filter((l) => l.box === 'bij');
    assert.deepEqual(bij, [
      {
        eventId: 'rs-unknown',
        skn: skn(1),
        box: 'bij',
        type: 'pi-beeindiging',
        recipient: null,
        legalBasis: bij[0]?.legalBasis,
        exception: 'unknown-offence',
      },
    ]);
  });

  it('replays under another rule set when asked', async () => {
    const arson = admission({
      skn: skn(1),
      occurredAt: '2025-02-01T10:00:00+01:00',
      title: {
        kind: 'prison-sentence',
        irrevocable: true,
        offences: ['Sr 157'],
        sentenceDays: 500,
        caseNumber: '2/2-25',
      },
    });
    const release = {
      eventId: 'rs2',
      source: 'TULP-GW',
      type: 'release-scheduled',
      occurredAt: '2025-03-01T10:00:00+01:00',
      skn: skn(1),
      institution: arson.institution,
      releaseDate: '2025-06-01',
    };
    const lines = [story[0] as string, story[1] as string, JSON.stringify(arson), JSON.stringify(release)];
    const now = await run(lines);
    const extended = await run(lines, {
      ruleSet: ruleSetByName('brandstichting') as NonNullable<ReturnType<typeof ruleSetByName>>,
    });
    assert.ok(!now.output.some((l) => l.box === 'bij'));
    assert.ok(extended.output.some((l) => l.type === 'pi-beeindiging'));
  });

  it('runs as a command: exit 0, notices on stdout, rejections on stderr; a bad --rules is refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kz-replay-'));
    const file = path.join(dir, 'events.jsonl');
    fs.writeFileSync(file, `${[...story, '{"broken"'].join('\n')}\n`);
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      BIN,
      'replay',
      file,
      '--explain',
    ]);
    assert.ok(
      stdout
        .trim()
        .split('\n')
        .every((l) => JSON.parse(l)),
    );
    assert.match(stderr, new RegExp(`line ${story.length + 1}: rejected`));
    await assert.rejects(
      promisify(execFile)(process.execPath, [BIN, 'replay', file, '--rules', 'no-such-rules']),
      /no rule set named no-such-rules/,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/** A person sentenced for an article the reference data does not know, then a scheduled release. */
function unknownOffenceStory() {
  const story = oneOfEachType(skn(1));
  const sentence = admission({
    skn: skn(1),
    occurredAt: '2026-02-01T10:00:00+01:00',
    title: {
      kind: 'prison-sentence',
      irrevocable: true,
      offences: ['Sr 999'],
      sentenceDays: 1460,
      caseNumber: '2/9-25',
    },
  });
  const release = {
    eventId: 'rs-unknown',
    source: 'TULP-GW',
    type: 'release-scheduled',
    occurredAt: '2026-03-01T10:00:00+01:00',
    skn: skn(1),
    institution: sentence.institution,
    releaseDate: '2026-06-01',
  };
  const lines = [story[0], story[1], sentence, release].map((e) => JSON.stringify(e));
  return { lines };
}

for (const backend of testBackends()) {
  describe(`notices in the service on ${backend.name}`, () => {
    it('are stored once even when the whole delivery comes twice', async () => {
      const store = await backend.open();
      try {
        await takePart(store.db);
        const text = `${oneOfEachType(skn(1))
          .map((e) => JSON.stringify(e))
          .join('\n')}\n`;
        const ctx = { catalog: defaultReferenceCatalog() };
        await ingestStream(store.db, Readable.from(text), ctx);
        const first = await countRows(store.db, 'notices');
        assert.ok(first > 5);
        await ingestStream(store.db, Readable.from(text), ctx);
        assert.equal(await countRows(store.db, 'notices'), first);
        const queue = await store.db
          .selectFrom('notices')
          .select('type')
          .where('recipient', 'is', null)
          .execute();
        assert.equal(queue.length, 0, 'every notice of the story can be routed');
      } finally {
        await store.close();
      }
    });

    it('send a notice for a municipality that does not take part, or whose box nobody reads, to the operators', async () => {
      const store = await backend.open();
      try {
        const text = `${oneOfEachType(skn(1))
          .map((e) => JSON.stringify(e))
          .join('\n')}\n`;
        // Rotterdam takes part in both boxes, staffed; Amsterdam (the BRP address) does not take part.
        await takePart(store.db, ['GM0599']);
        await ingestStream(store.db, Readable.from(text), { catalog: defaultReferenceCatalog() });
        const rows = await store.db
          .selectFrom('notices')
          .select(['box', 'type', 'recipient', 'routing_exception'])
          .execute();
        const municipal = rows.filter((r) => r.box !== 'victims' && r.recipient !== 'RVDK');
        assert.ok(municipal.length > 5);
        // Leave goes to the leave address in Rotterdam; everything routed by the BRP address (Amsterdam) waits.
        const leave = new Set(['pi-verlof', 'pi-regimefasering', 'pij-verlofmachtiging', 'tbs-verlof']);
        for (const r of municipal) {
          const expected = leave.has(r.type) ? 'GM0599' : null;
          assert.equal(r.recipient, expected, `${r.box} ${r.type}`);
          if (expected === null) assert.equal(r.routing_exception, 'not-participating', `${r.box} ${r.type}`);
        }
        assert.ok(municipal.some((r) => r.recipient === 'GM0599'));
        assert.ok(
          rows.some((r) => r.box === 'victims' && r.recipient === 'CJIB-IDV'),
          'the victim desk is not a municipality: not subject to participation',
        );
      } finally {
        await store.close();
      }
      const staffless = await backend.open();
      try {
        await insertRegistrations(
          staffless.db,
          [{ municipalityCode: 'GM0363', box: 'bij', from: '2000-01-01' }],
          { userId: null, username: 'test' },
        );
        const text = `${oneOfEachType(skn(1))
          .map((e) => JSON.stringify(e))
          .join('\n')}\n`;
        await ingestStream(staffless.db, Readable.from(text), { catalog: defaultReferenceCatalog() });
        const bij = await staffless.db
          .selectFrom('notices')
          .select('routing_exception')
          .where('type', '=', 'pi-beeindiging')
          .execute();
        assert.deepEqual(
          bij.map((r) => r.routing_exception),
          ['no-active-user'],
          'Amsterdam takes part in BIJ, but nobody there can open the box',
        );
      } finally {
        await staffless.close();
      }
    });

    it('keep a BIJ notice with an unknown offence in the operations queue, saying why', async () => {
      const store = await backend.open();
      try {
        const text = `${unknownOffenceStory().lines.join('\n')}\n`;
        const catalog = defaultReferenceCatalog();
        await ingestStream(store.db, Readable.from(text), { catalog });
        const page = await readWork(store.db, 'queue', {});
        const items = workPageView(page, catalog).notices;
        const bij = items.filter((n) => n.box === 'bij');
        assert.equal(bij.length, 1);
        assert.equal(bij[0]?.exception, 'unknown-offence');
        assert.equal(bij[0]?.type, 'pi-beeindiging');
        assert.match(String(bij[0]?.routing.explanation), /^unknown offence Sr 999: .*an operator decides/);
      } finally {
        await store.close();
      }
    });
  });
}
