/**
 * The processing and audit logs cannot be cut or rewritten without `audit
 * verify` finding it (issue 11, finding 3). Each attack is done as the
 * database's owner, who can switch the triggers off; before the fix each of
 * them left a chain the plain SHA-256 check accepted, which the scenarios
 * show by checking the chain alone where that still passes.
 */
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import {
  CHECKPOINT_FILE,
  readCheckpoints,
  startCheckpointLoop,
  writeCheckpoint,
} from '../src/access/checkpoint.ts';
import { verifyLogs } from '../src/access/log-verify.ts';
import {
  auditFields,
  GENESIS,
  type LogTable,
  processingFields,
  subKey,
  verifyChain,
} from '../src/access/processing-log.ts';
import { type DatabaseHandle, type Db, openDatabase } from '../src/platform/db.ts';
import { migrateToLatest, SqlFileMigrationProvider } from '../src/platform/migrate.ts';
import { TEST_AUDIT_KEY } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';
import { logRead } from './helpers/processing-log.ts';

const WRONG_KEY = 'another-audit-key-0123456789abcdef0123456789';

type Rehash = (prev: string, fields: unknown[]) => string;
const plainSha256: Rehash = (prev, fields) =>
  createHash('sha256').update(prev).update(JSON.stringify(fields)).digest('hex');
const keyedWith =
  (auditKey: string): Rehash =>
  (prev, fields) =>
    createHmac('sha256', subKey(auditKey, 'rows')).update(prev).update(JSON.stringify(fields)).digest('hex');

async function rowsOf(db: Db, table: LogTable) {
  return table === 'processing_log'
    ? (await db.selectFrom('processing_log').selectAll().orderBy('id').execute()).map((r) => ({
        id: r.id,
        prev: r.prev_hash,
        hash: r.hash,
        fields: processingFields(r),
      }))
    : (await db.selectFrom('audit_log').selectAll().orderBy('id').execute()).map((r) => ({
        id: r.id,
        prev: r.prev_hash,
        hash: r.hash,
        fields: auditFields(r),
      }));
}

/** What the check before this fix accepted: every link holds and every row matches its plain SHA-256. */
async function plainChainHolds(db: Db, table: LogTable): Promise<boolean> {
  let prev = GENESIS;
  for (const row of await rowsOf(db, table)) {
    if (row.prev !== prev || plainSha256(prev, row.fields) !== row.hash) return false;
    prev = row.hash;
  }
  return true;
}

/** The owner recomputes every link and hash of a table, as someone covering a change would. */
async function rechain(db: Db, table: LogTable, rehash: Rehash): Promise<void> {
  let prev = GENESIS;
  for (const row of await rowsOf(db, table)) {
    const hash = rehash(prev, row.fields);
    await sql`UPDATE ${sql.table(table)} SET prev_hash = ${prev}, hash = ${hash} WHERE id = ${row.id}`.execute(
      db,
    );
    prev = hash;
  }
}

/** Runs `fn` as the owner with the logs' triggers off, then turns them back on. */
async function triggersOff(db: Db, fn: () => Promise<void>): Promise<void> {
  const tables = ['processing_log', 'audit_log', 'log_chains'];
  for (const t of tables) await sql`ALTER TABLE ${sql.table(t)} DISABLE TRIGGER USER`.execute(db);
  try {
    await fn();
  } finally {
    for (const t of tables) await sql`ALTER TABLE ${sql.table(t)} ENABLE TRIGGER USER`.execute(db);
  }
}

const verify = (db: Db, dir: string, auditKey = TEST_AUDIT_KEY) =>
  verifyLogs(db, { auditKey, checkpointDir: dir });

for (const backend of testBackends()) {
  describe(`processing and audit log protection on ${backend.name}`, () => {
    let store: DatabaseHandle;
    let db: Db;
    let dir: string;
    beforeEach(async () => {
      store = await backend.open();
      db = store.db;
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-checkpoints-'));
      await logRead(db, ['10000001', '10000002']);
      await logRead(db, ['10000003']);
      await writeCheckpoint(db, { dir, auditKey: TEST_AUDIT_KEY });
    });
    afterEach(async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('refuses TRUNCATE of either log by trigger, even for the owner', async () => {
      for (const statement of [
        sql`TRUNCATE processing_log`,
        sql`TRUNCATE audit_log`,
        sql`TRUNCATE processing_log, audit_log`,
        sql`TRUNCATE log_chains`,
      ])
        await assert.rejects(statement.execute(db), /append-only: TRUNCATE is not allowed/);
      assert.equal(await countRows(db, 'processing_log'), 3);
      assert.equal(await countRows(db, 'audit_log'), 2);
    });

    it('lets the application role read and append, but not update, delete, truncate or switch triggers off', async () => {
      const role = await db
        .selectFrom(sql<{ rolname: string; rolcanlogin: boolean }>`pg_roles`.as('r'))
        .select(['rolname', 'rolcanlogin'])
        .where('rolname', '=', 'ketenzicht_app')
        .executeTakeFirst();
      assert.deepEqual(role, { rolname: 'ketenzicht_app', rolcanlogin: false }, 'a group role, no login');
      await db.connection().execute(async (conn) => {
        await sql`SET ROLE ketenzicht_app`.execute(conn);
        try {
          await logRead(conn, ['10000004']);
          assert.equal(await countRows(conn, 'processing_log'), 4, 'it appends (sequence and lock included)');
          await sql`DELETE FROM sessions WHERE false`.execute(conn);
          assert.deepEqual(await migrateToLatest(conn), [], 'it can start on a migrated store');
          for (const [table, column] of [
            ['processing_log', 'hash'],
            ['audit_log', 'hash'],
            ['log_chains', 'keyed_from'],
          ] as const) {
            const t = sql.table(table);
            const c = sql.ref(column);
            await assert.rejects(sql`DELETE FROM ${t}`.execute(conn), /permission denied/, `DELETE ${table}`);
            await assert.rejects(
              sql`UPDATE ${t} SET ${c} = ${c}`.execute(conn),
              /permission denied/,
              `UPDATE ${table}`,
            );
            await assert.rejects(sql`TRUNCATE ${t}`.execute(conn), /permission denied/, `TRUNCATE ${table}`);
            await assert.rejects(
              sql`ALTER TABLE ${t} DISABLE TRIGGER USER`.execute(conn),
              /must be owner/,
              `DISABLE TRIGGER ${table}`,
            );
            await assert.rejects(
              sql`CREATE TRIGGER sneak BEFORE INSERT ON ${t} FOR EACH ROW EXECUTE FUNCTION forbid_change()`.execute(
                conn,
              ),
              /permission denied/,
              `CREATE TRIGGER ${table}`,
            );
          }
          await assert.rejects(
            sql`SET session_replication_role = replica`.execute(conn),
            /permission denied/,
            'it cannot switch all triggers off for its session',
          );
        } finally {
          await sql`RESET ROLE`.execute(conn);
        }
      });
      assert.equal(await countRows(db, 'processing_log'), 4);
    });

    it('verifies an untouched log against its checkpoints, rows written since included', async () => {
      await logRead(db, ['10000005']);
      const { findings, problems } = await verify(db, dir);
      assert.deepEqual(problems, []);
      assert.ok(findings.includes('processing_log: 4 rows, chain intact'), findings.join('\n'));
      assert.ok(findings.includes('audit_log: 3 rows, chain intact'), findings.join('\n'));
      assert.ok(
        findings.some((f) => /processing_log: matches checkpoint #1 .*; 1 rows written since/.test(f)),
        findings.join('\n'),
      );
    });

    it('finds the newest rows cut by the owner with the triggers off (session_replication_role = replica)', async () => {
      const newest = await db.connection().execute(async (conn) => {
        await sql`SET session_replication_role = replica`.execute(conn);
        try {
          const { rows } = await sql<{ id: number }>`
            DELETE FROM processing_log WHERE id = (SELECT max(id) FROM processing_log) RETURNING id`.execute(
            conn,
          );
          await sql`DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`.execute(conn);
          return rows[0]?.id;
        } finally {
          await sql`SET session_replication_role = origin`.execute(conn);
        }
      });
      assert.equal(await countRows(db, 'processing_log'), 2);
      // What is left is a valid chain: the check of the chain alone passes, as it did before.
      assert.equal((await verifyChain(db, 'processing_log', TEST_AUDIT_KEY)).brokenAt, null);
      const { problems } = await verify(db, dir);
      assert.equal(problems.length, 2, problems.join('\n'));
      assert.match(
        problems[0] ?? '',
        new RegExp(
          `^processing_log: CUT: checkpoint #1 \\(.*\\) recorded 3 rows up to row ${newest}; the log now ends at row \\d+ with 2 rows$`,
        ),
      );
      assert.match(
        problems[1] ?? '',
        /^audit_log: CUT: checkpoint #1 .* recorded 2 rows .*; the log now ends at row \d+ with 1 rows$/,
      );
    });

    it('finds both logs truncated by the owner with the triggers off, also after new rows follow', async () => {
      await triggersOff(db, async () => {
        await sql`TRUNCATE processing_log, audit_log RESTART IDENTITY`.execute(db);
      });
      assert.equal(
        (await verifyChain(db, 'processing_log', TEST_AUDIT_KEY)).brokenAt,
        null,
        'an empty chain holds',
      );
      const empty = await verify(db, dir);
      assert.deepEqual(
        empty.problems.map((p) => p.replace(/\(.*?\)/, '(…)')),
        [
          'processing_log: CUT: checkpoint #1 (…) recorded 3 rows up to row 3; the log is now empty',
          'audit_log: CUT: checkpoint #1 (…) recorded 2 rows up to row 2; the log is now empty',
        ],
      );
      // The service goes on writing a fresh, valid chain over the same ids.
      await logRead(db, ['10000007', '10000008', '10000009']);
      const refilled = await verify(db, dir);
      assert.ok(
        refilled.problems.some((p) =>
          /^processing_log: row 3 is not the row checkpoint #1 .* ended with/.test(p),
        ),
        refilled.problems.join('\n'),
      );
    });

    it('finds rows rewritten with recomputed plain SHA-256 hashes, which the old check accepted', async () => {
      await triggersOff(db, async () => {
        await sql`UPDATE processing_log SET processing_activity_id = 'injus-zoeken'
                  WHERE id = (SELECT min(id) FROM processing_log)`.execute(db);
        await rechain(db, 'processing_log', plainSha256);
      });
      assert.ok(await plainChainHolds(db, 'processing_log'), 'the old check passes the rewrite');
      const { problems } = await verify(db, dir);
      assert.match(
        problems.join('\n'),
        /^processing_log: BROKEN at row \d+: the row does not match its hash \(it was changed, or written without the audit key\)$/m,
      );
    });

    it('finds rows rewritten with hashes under another key', async () => {
      await triggersOff(db, async () => {
        await sql`UPDATE audit_log SET username = 'iemand.anders'`.execute(db);
        await rechain(db, 'audit_log', keyedWith(WRONG_KEY));
      });
      const { problems } = await verify(db, dir);
      assert.match(problems.join('\n'), /^audit_log: BROKEN at row \d+: the row does not match its hash/m);
    });

    it('finds a rewrite that passes every row off as written before the key, by the moved boundary', async () => {
      await triggersOff(db, async () => {
        await sql`UPDATE processing_log SET status = 'error'`.execute(db);
        await rechain(db, 'processing_log', plainSha256);
        await sql`UPDATE log_chains SET keyed_from = 1000000 WHERE chain = 'processing_log'`.execute(db);
      });
      assert.equal((await verifyChain(db, 'processing_log', TEST_AUDIT_KEY)).brokenAt, null);
      const { problems } = await verify(db, dir);
      assert.match(
        problems.join('\n'),
        /^processing_log: keyed hashes start at row 1000000 in the database but at row 1 in checkpoint #1 .*moved/m,
      );
      assert.match(
        problems.join('\n'),
        /^processing_log: row \d+ is not the row checkpoint #1 .* ended with/m,
      );
    });

    it('refuses a log checked with the wrong audit key', async () => {
      const { problems } = await verify(db, dir, WRONG_KEY);
      assert.match(problems.join('\n'), /checkpoint #1 has a bad signature/);
      assert.match(problems.join('\n'), /processing_log: BROKEN at row \d+/);
    });

    it('writes a checkpoint only when a chain moved, as 0600 in a 0700 folder', async () => {
      const file = path.join(dir, CHECKPOINT_FILE);
      assert.equal((await writeCheckpoint(db, { dir, auditKey: TEST_AUDIT_KEY })).written, false);
      await logRead(db, ['10000006']);
      const next = await writeCheckpoint(db, { dir, auditKey: TEST_AUDIT_KEY });
      assert.equal(next.written, true);
      assert.equal(next.checkpoint.seq, 2);
      assert.deepEqual(
        next.checkpoint.chains.map(({ chain, count }) => [chain, count]),
        [
          ['processing_log', 4],
          ['audit_log', 3],
        ],
      );
      assert.equal(fs.readFileSync(file, 'utf8').trim().split('\n').length, 2);
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
      assert.equal(fs.statSync(dir).mode & 0o777, 0o700);
    });

    it('finds a checkpoint line removed, a line changed, and the file removed', async () => {
      const file = path.join(dir, CHECKPOINT_FILE);
      for (const subject of ['10000011', '10000012']) {
        await logRead(db, [subject]);
        await writeCheckpoint(db, { dir, auditKey: TEST_AUDIT_KEY });
      }
      const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
      assert.equal(lines.length, 3);
      assert.deepEqual((await verify(db, dir)).problems, []);

      fs.writeFileSync(file, `${[lines[0], lines[2]].join('\n')}\n`);
      assert.deepEqual((await readCheckpoints({ dir, auditKey: TEST_AUDIT_KEY })).problems, [
        'checkpoints: line 2: checkpoint #2 is missing (lines were removed)',
      ]);
      assert.match((await verify(db, dir)).problems.join('\n'), /checkpoint #2 is missing/);

      fs.writeFileSync(
        file,
        `${[lines[0], lines[1]?.replace('"count":4', '"count":5'), lines[2]].join('\n')}\n`,
      );
      assert.match(
        (await verify(db, dir)).problems.join('\n'),
        /^checkpoints: line 2: checkpoint #2 has a bad signature \(it was changed, or signed with another key\)$/m,
      );
      await assert.rejects(
        (async () => {
          fs.writeFileSync(file, `${[lines[0], lines[1]?.replace('"count":4', '"count":5')].join('\n')}\n`);
          await logRead(db, ['10000013']);
          await writeCheckpoint(db, { dir, auditKey: TEST_AUDIT_KEY });
        })(),
        /is not a checkpoint signed with this audit key/,
        'the writer does not build on a forged line',
      );

      fs.rmSync(file);
      assert.match(
        (await verify(db, dir)).problems.join('\n'),
        /^checkpoints: none in .*, yet the logs hold \d+ rows/m,
      );
    });

    it('runs a checkpoint loop that writes at once and once more when stopped', async () => {
      const file = path.join(dir, CHECKPOINT_FILE);
      fs.rmSync(file);
      const messages: string[] = [];
      const log = {
        info: (_: object, m: string) => messages.push(m),
        error: (_: object, m: string) => messages.push(m),
      };
      const loop = startCheckpointLoop(db, { dir, auditKey: TEST_AUDIT_KEY, intervalMs: 60_000, log });
      for (let i = 0; i < 100 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 20));
      await logRead(db, ['10000014']);
      await loop.stop();
      const { checkpoints, problems } = await readCheckpoints({ dir, auditKey: TEST_AUDIT_KEY });
      assert.deepEqual(problems, []);
      assert.deepEqual(
        checkpoints.map((c) => c.chains[0]?.count),
        [3, 4],
      );
      assert.deepEqual(messages, ['log checkpoint written', 'log checkpoint written']);
    });
  });
}

describe('a store upgraded from unkeyed hashes (PGlite)', () => {
  let handle: DatabaseHandle;
  let dir: string;
  before(async () => {
    handle = await openDatabase({});
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-checkpoints-'));
  });
  after(async () => {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps verifying the rows from before the key, keys every later one, and refuses a later row passed off as old', async () => {
    const { db } = handle;
    const migrator = new Migrator({ db, provider: new SqlFileMigrationProvider() });
    const names = Object.keys(await new SqlFileMigrationProvider().getMigrations()).sort();
    const before0010 = names[names.indexOf('0010_log_protection') - 1] as string;
    assert.equal((await migrator.migrateTo(before0010)).error, undefined);
    // Two reads logged as the code before the fix did: plain SHA-256.
    for (const skn of ['10000001', '10000002']) {
      await logRead(db, [skn]);
    }
    for (const table of ['processing_log', 'audit_log'] as const) {
      await sql`ALTER TABLE ${sql.table(table)} DISABLE TRIGGER USER`.execute(db);
      await rechain(db, table, plainSha256);
      await sql`ALTER TABLE ${sql.table(table)} ENABLE TRIGGER USER`.execute(db);
    }
    await migrateToLatest(db);
    const boundary = await db.selectFrom('log_chains').selectAll().orderBy('chain').execute();
    assert.deepEqual(boundary, [
      { chain: 'audit_log', keyed_from: 3 },
      { chain: 'processing_log', keyed_from: 3 },
    ]);
    await logRead(db, ['10000003']);
    await writeCheckpoint(db, { dir, auditKey: TEST_AUDIT_KEY });
    assert.deepEqual((await verify(db, dir)).problems, []);

    // A row appended by the owner with a plain hash after the boundary does not pass.
    const last = await db
      .selectFrom('processing_log')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const { id: _id, ...copy } = last;
    await db
      .insertInto('processing_log')
      .values({ ...copy, prev_hash: last.hash, hash: plainSha256(last.hash, processingFields(last)) })
      .execute();
    assert.match(
      (await verify(db, dir)).problems.join('\n'),
      /^processing_log: BROKEN at row 4: the row does not match its hash/m,
    );
  });
});
