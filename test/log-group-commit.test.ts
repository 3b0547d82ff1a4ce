/**
 * Group commit of the processing log (issue 15, docs/decisions/0010): reads
 * that arrive together are logged in one write, each exactly once, and the
 * chains still verify; no read is answered before its log write has
 * committed, and a read whose log write fails is answered 503 without the
 * data, on every storage backend.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { GroupCommit } from '../src/access/log-appender.ts';
import {
  appendEntries,
  appenderOf,
  LOG_TABLES,
  logEntry,
  verifyChain,
} from '../src/access/processing-log.ts';
import { ingestAtomically } from '../src/pipeline.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { personRegistered, skn } from './fixtures/events.ts';
import {
  type LoggedIn,
  loginAs,
  startTestApp,
  TEST_AUDIT_KEY,
  TEST_PSEUDONYM_KEY,
  type TestApp,
} from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';

const SURNAME = 'Groepscommit';

for (const backend of testBackends()) {
  describe(`group commit of the processing log on ${backend.name}`, () => {
    let t: TestApp;
    let consult: LoggedIn;
    const person = skn(41);
    before(async () => {
      t = await startTestApp(backend);
      await ingestAtomically(
        t.store.db,
        [personRegistered({ skn: person, surname: SURNAME, birthDate: '1981-03-03' })],
        { catalog: defaultReferenceCatalog() },
      );
      consult = await loginAs(t, 'raadpleger', ['consultation']);
    });
    after(() => t.close());

    const view = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/personen/raadplegen',
        headers: consult.headers,
        payload: { skn: person },
      });
    const viewsLogged = async () => {
      const { rows } = await sql<{ n: number; traces: number }>`
        SELECT count(*)::int AS n, count(DISTINCT trace_id)::int AS traces FROM processing_log
        WHERE processing_activity_id = 'injus-persoonsbeeld'`.execute(t.store.db);
      return rows[0] ?? { n: 0, traces: 0 };
    };
    const chainsHold = async () => {
      for (const table of LOG_TABLES) {
        const report = await verifyChain(t.store.db, table, TEST_AUDIT_KEY);
        assert.equal(report.brokenAt, null, `${table}: ${report.reason}`);
      }
    };

    it('logs 50 concurrent reads each exactly once (in fewer writes than reads where reads run in parallel), and the chains verify', async () => {
      const stats = appenderOf(t.store.db).stats;
      const writesBefore = stats.writes;
      const logged = await viewsLogged();
      const answers = await Promise.all(Array.from({ length: 50 }, view));
      assert.deepEqual(
        answers.map((a) => a.statusCode),
        answers.map(() => 200),
      );
      const now = await viewsLogged();
      assert.equal(now.n - logged.n, 50, 'one processing-log row per read');
      assert.equal(now.traces - logged.traces, 50, 'each read under its own trace');
      const writes = stats.writes - writesBefore;
      // PGlite has one connection: its reads run one at a time, each longer than a log
      // write, so there each read may have its own write. PostgreSQL reads in parallel.
      assert.ok(writes >= 1 && writes <= 50, `${writes} log writes for 50 reads`);
      if (backend.name === 'postgres') assert.ok(writes < 50, `${writes} log writes for 50 reads`);
      await chainsHold();
    });

    /** While `during` runs, the store refuses every processing-log row (a trigger raising). */
    const refusingLog = async (during: () => Promise<void>) => {
      await sql`CREATE FUNCTION refuse_log_row() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'processing log refused (test)'; END $$`.execute(t.store.db);
      await sql`CREATE TRIGGER refuse_log_row BEFORE INSERT ON processing_log
        FOR EACH ROW EXECUTE FUNCTION refuse_log_row()`.execute(t.store.db);
      try {
        await during();
      } finally {
        await sql`DROP TRIGGER refuse_log_row ON processing_log`.execute(t.store.db);
        await sql`DROP FUNCTION refuse_log_row()`.execute(t.store.db);
      }
    };
    const entry = (n: number) =>
      logEntry({
        trace: { traceId: n.toString(16).padStart(32, 'c'), spanId: 'd'.repeat(16), parentSpanId: null },
        activity: 'injus-persoonsbeeld',
        operation: 'read',
        startedAt: new Date(),
        status: 'ok',
        subjects: [person],
        user: {
          id: consult.userId,
          username: 'raadpleger',
          displayName: 'Raadpleger',
          email: null,
          organisation: 'DJI',
          roles: ['consultation'],
        },
        pseudonymKey: TEST_PSEUDONYM_KEY,
        auditKey: TEST_AUDIT_KEY,
      });

    it('writes the entries appended together in one transaction, in order, and fails them together', async () => {
      const appender = appenderOf(t.store.db);
      const { writes, failed } = appender.stats;
      const rows = await countRows(t.store.db, 'processing_log');
      await Promise.all(Array.from({ length: 20 }, (_, i) => appender.append(entry(i))));
      assert.equal(appender.stats.writes, writes + 1, 'one write for 20 entries');
      assert.equal(await countRows(t.store.db, 'processing_log'), rows + 20);
      await chainsHold();
      await refusingLog(async () => {
        const outcomes = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) => appender.append(entry(i))),
        );
        assert.deepEqual(
          outcomes.map((o) => o.status),
          outcomes.map(() => 'rejected'),
        );
        assert.equal(appender.stats.failed, failed + 1, 'one failed write for 8 entries');
      });
      assert.equal(await countRows(t.store.db, 'processing_log'), rows + 20);
      await appender.append(entry(99));
      assert.equal(await countRows(t.store.db, 'processing_log'), rows + 21);
      await chainsHold();
    });

    it('splits what waits into writes of a bounded size, oldest first, each entry whole', async () => {
      // Each entry is one processing row and one audit row (size 2): at most 2 entries a write.
      const bounded = new GroupCommit(t.store.db, appendEntries, {
        size: (e) => e.rows.length + 1,
        maxSize: 4,
      });
      const rows = await countRows(t.store.db, 'processing_log');
      await Promise.all(Array.from({ length: 5 }, (_, i) => bounded.append(entry(i))));
      assert.deepEqual(bounded.stats, { writes: 3, failed: 0, items: 5 });
      assert.equal(await countRows(t.store.db, 'processing_log'), rows + 5);
      await chainsHold();
    });

    // A write the store refuses (a trigger raising on every processing-log row) fails
    // every read in it; a read after the store accepts again is answered and logged.
    const cases = [
      { name: 'one read', reads: 1 },
      { name: 'several reads sharing failed writes', reads: 8 },
    ];
    for (const { name, reads } of cases) {
      it(`answers 503 LOG_UNAVAILABLE without the data when the log write fails: ${name}`, async () => {
        const stats = appenderOf(t.store.db).stats;
        const failedBefore = stats.failed;
        const rowsBefore = await countRows(t.store.db, 'processing_log');
        const auditBefore = await countRows(t.store.db, 'audit_log');
        await refusingLog(async () => {
          const answers = await Promise.all(Array.from({ length: reads }, view));
          for (const answer of answers) {
            assert.equal(answer.statusCode, 503);
            assert.equal(answer.json().code, 'LOG_UNAVAILABLE');
            assert.ok(!answer.body.includes(person), 'no SKN in the answer');
            assert.ok(!answer.body.includes(SURNAME), 'no name in the answer');
          }
          const failed = stats.failed - failedBefore;
          assert.ok(failed >= 1 && failed <= reads, `${failed} failed writes for ${reads} reads`);
          if (reads > 1 && backend.name === 'postgres')
            assert.ok(failed < reads, 'the reads waiting together failed together');
          assert.equal(await countRows(t.store.db, 'processing_log'), rowsBefore);
          assert.equal(await countRows(t.store.db, 'audit_log'), auditBefore);
        });
        const logged = await viewsLogged();
        const again = await view();
        assert.equal(again.statusCode, 200);
        assert.equal(again.json().person.skn, person);
        assert.equal((await viewsLogged()).n, logged.n + 1);
        await chainsHold();
      });
    }
  });
}
