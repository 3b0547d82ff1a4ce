/** Berichtenbox retention: notices of a released person expire after the period, in the store and from the CLI. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { expireNotices } from '../src/notifications/index.ts';
import { oneOfEachType } from './fixtures/events.ts';
import { loginAs, type TestApp } from './helpers/app.ts';
import { AMSTERDAM, client, PERSON, startWithStory, UNROUTABLE } from './helpers/berichtenbox.ts';
import { countRows, testBackends } from './helpers/db.ts';

for (const backend of testBackends()) {
  describe(`retention on ${backend.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startWithStory(backend);
    });
    after(() => t.close());

    const plusMonths = (date: string, months: number, days = 0) => {
      const d = new Date(`${date}T12:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + months);
      d.setUTCDate(d.getUTCDate() + days);
      return d;
    };

    it("deletes a released person's notices after the period and not before, leaving content-free tombstones", async () => {
      const db = t.store.db;
      const episodes = await db
        .selectFrom('detention_episodes')
        .select(['id', 'released_on'])
        .where('skn', '=', PERSON)
        .orderBy('id')
        .execute();
      const first = episodes[0];
      const second = episodes[1];
      assert.ok(first?.released_on && second?.released_on && first.released_on < second.released_on);
      const ofFirst = await db
        .selectFrom('notices')
        .select('id')
        .where('skn', '=', PERSON)
        .where('event_log_id', '<', second.id)
        .execute();
      const total = await countRows(db, 'notices');
      // A notice of the first episode with a history: confirmed by an operator.
      const operator = await loginAs(t, 'operator', ['justid-operator']);
      const confirmed = await client(t).noticeId('18b-melding', AMSTERDAM);
      await client(t).post(`/operaties/bij-controle/${confirmed}`, { decision: 'confirm' }, operator);
      assert.equal(await countRows(db, 'notice_history'), 1);

      const dayBefore = await expireNotices(db, plusMonths(first.released_on, 6, -1), 6);
      assert.equal(dayBefore.expired, 0);
      assert.equal(await countRows(db, 'notices'), total);

      const onTheDay = await expireNotices(db, plusMonths(first.released_on, 6), 6);
      assert.equal(onTheDay.expired, ofFirst.length, 'the first episode’s notices only');
      assert.equal(onTheDay.cutoff, first.released_on);
      assert.equal(await countRows(db, 'notice_history'), 0, 'the history goes with the notice');
      const tombstones = await db.selectFrom('notice_tombstones').selectAll().execute();
      assert.deepEqual(tombstones.map((r) => r.id).sort(), ofFirst.map((r) => r.id).sort());
      assert.ok(tombstones.every((r) => r.status === 'expired'));
      assert.equal(tombstones.find((r) => r.id === confirmed)?.status_at_expiry, 'delivered');
      assert.ok(!JSON.stringify(tombstones).includes(PERSON), 'no SKN in a tombstone');

      const again = await expireNotices(db, plusMonths(first.released_on, 6), 6);
      assert.equal(again.expired, 0, 'idempotent');

      const later = await expireNotices(db, plusMonths('2026-12-31', 6), 6);
      assert.ok(later.expired > 0);
      assert.equal(await countRows(db, 'notices'), total - ofFirst.length - later.expired);
      const left = await db.selectFrom('notices').select('skn').distinct().execute();
      assert.deepEqual(
        left.map((r) => r.skn),
        [UNROUTABLE],
        'a person still detained keeps their notices',
      );
    });
  });
}

describe('ketenzicht notices expire', () => {
  const run = promisify(execFile);
  const bin = path.resolve(import.meta.dirname, '../bin/ketenzicht.js');
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-notices-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const ketenzicht = (env: Record<string, string>, ...args: string[]) =>
    run(process.execPath, [bin, ...args], {
      env: { ...process.env, KETENZICHT_DATA_DIR: dir, DATABASE_URL: '', ...env },
    });

  it('expires the notices of a person released long ago, once, with the months from the configuration', async () => {
    const file = path.join(dir, 'story.jsonl');
    fs.writeFileSync(
      file,
      `${oneOfEachType(PERSON)
        .map((e) => JSON.stringify(e))
        .join('\n')}\n`,
    );
    await ketenzicht({}, 'ingest', file);
    // Released in January 2026: not yet due with a retention of ten years.
    const notYet = JSON.parse(
      (await ketenzicht({ NOTICE_RETENTION_MONTHS: '120' }, 'notices', 'expire')).stdout,
    );
    assert.equal(notYet.months, 120);
    assert.equal(notYet.expired, 0);
    const first = JSON.parse((await ketenzicht({}, 'notices', 'expire', '--months', '6')).stdout);
    assert.ok(first.expired > 0, JSON.stringify(first));
    const second = JSON.parse((await ketenzicht({}, 'notices', 'expire')).stdout);
    assert.equal(second.expired, 0);
  });
});
