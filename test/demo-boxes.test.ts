/**
 * The demo as a newcomer meets it: loaded through the real pipeline, then the
 * Berichtenbox's first retention run (the service runs one at start). Each
 * notice is received when its event happened, so the retention keeps the
 * recent ones and every demo user's box still has work.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { demoEventOptions } from '../src/cli/demo.ts';
import { expireNotices } from '../src/notifications/index.ts';
import type { DatabaseHandle, Db } from '../src/platform/db.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { DEMO_DAY, openDemoStore, portalBackend } from './helpers/portal.ts';

/** How many notices a box holds: SQL conditions on `notices`, kept as the box reads them. */
async function count(db: Db, where: ReturnType<typeof sql>): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM notices WHERE ${where}`.execute(
    db,
  );
  return rows[0]?.n ?? 0;
}

const inBox = (box: 'bij' | 'reintegration' | 'victims', recipient: string) =>
  sql`box = ${box} AND recipient = ${recipient} AND status <> 'awaiting-review'`;

/** Each demo user's box (the README's table), the RvdK's, and the operators' two desks. */
const BOXES: { name: string; where: ReturnType<typeof sql> }[] = [
  { name: 'BIJ Amsterdam (bij.amsterdam)', where: inBox('bij', 'GM0363') },
  { name: 're-integration Rotterdam (nazorg.rotterdam)', where: inBox('reintegration', 'GM0599') },
  { name: 'victims (slachtofferloket)', where: inBox('victims', 'CJIB-IDV') },
  { name: 're-integration RvdK', where: inBox('reintegration', 'RVDK') },
  { name: "operators' BIJ review (operator)", where: sql`box = 'bij' AND status = 'awaiting-review'` },
  { name: "operators' queue (operator)", where: sql`routing_exception IS NOT NULL` },
];

describe('the period of the demo', () => {
  it('is the three years up to the day of the first start, a leap day starting on 1 March', () => {
    assert.equal(demoEventOptions('2026-12-03').from, '2023-12-03');
    assert.equal(demoEventOptions('2028-02-29').from, '2025-03-01');
    assert.equal(demoEventOptions('2027-01-01').from, '2024-01-01');
  });
});

// One store, as `npm start` would use it: loading the demo takes 13 s on an idle machine (90 s on a busy one),
// and what is tested is the demo's content; the stamping itself is one column of an insert.
{
  const backend = portalBackend();
  describe(`the demo's boxes on ${backend.name}`, () => {
    let store: DatabaseHandle;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-demo-boxes-'));
    let expired = 0;
    before(async () => {
      store = await openDemoStore(defaultReferenceCatalog(), dataDir);
      // The first retention run, on the demo's first day (the service runs one at start).
      expired = (await expireNotices(store.db, new Date(`${DEMO_DAY}T12:00:00+01:00`))).expired;
    });
    after(async () => {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('ends its three years the day before it is loaded, so what it shows is recent', async () => {
      const { rows } = await sql<{ first: string; last: string }>`
        SELECT min(occurred_at)::text AS first, max(occurred_at)::text AS last FROM event_log`.execute(
        store.db,
      );
      const today = DEMO_DAY;
      const last = rows[0]?.last ?? '';
      assert.ok(last.slice(0, 10) < today, `the last event (${last}) lies before today (${today})`);
      const daysBefore = (Date.parse(today) - Date.parse(last.slice(0, 10))) / 86_400_000;
      assert.ok(daysBefore <= 3, `the last event is ${daysBefore} days old`);
    });

    it('receives each notice when its event happened, not on the day of the load', async () => {
      const rows = await sql<{ same: number; total: number }>`
        SELECT count(*) FILTER (WHERE n.created_at = e.occurred_at)::int AS same, count(*)::int AS total
        FROM notices n JOIN event_log e ON e.id = n.event_log_id`.execute(store.db);
      const row = rows.rows[0];
      assert.ok(row && row.total > 0);
      assert.equal(row.same, row.total);
    });

    it("has Justid confirm every BIJ notice of the demo officer's municipality, and leave others to check", async () => {
      assert.equal(
        await count(store.db, sql`box = 'bij' AND recipient = 'GM0363' AND status = 'awaiting-review'`),
        0,
      );
      assert.ok((await count(store.db, sql`box = 'bij' AND status = 'awaiting-review'`)) > 0);
    });

    it('keeps a recent set after the first retention run, and every box has work', async () => {
      assert.ok(expired > 0, 'the retention deletes the notices of releases long ago');
      for (const box of BOXES) {
        const n = await count(store.db, box.where);
        assert.ok(n > 0, `${box.name}: ${n} notices`);
      }
    });
  });
}
