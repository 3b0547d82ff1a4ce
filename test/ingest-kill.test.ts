/**
 * `ketenzicht ingest FILE` killed (SIGKILL) while it commits batches, then run
 * again to the end (issue 15, bad input and safety): nothing is lost and
 * nothing doubled. Each event of the file is in the event log once, the
 * projections equal those of a clean ingest of the same file into a fresh
 * store, and the re-run counts what the killed run stored as duplicates, not
 * rejections. On the embedded store the killed process leaves its lock file
 * behind; the store must open again all the same.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import { type DatabaseHandle, type Db, openDatabase } from '../src/platform/db.ts';
import { simulate, writeSimulation } from '../src/simulation/index.ts';
import { BIN, type CliResult, runCli } from './helpers/cli.ts';
import { testBackends } from './helpers/db.ts';

interface Summary {
  lines: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  blank: number;
}

/**
 * Columns that say when or in which order a row was written, not what it holds: a killed
 * transaction uses up sequence values, so surrogate ids differ after a kill by design.
 */
const WRITTEN = ['received_at', 'created_at', 'detected_at', 'at', 'notice_id', 'forwarded_from'];

/** Per table, the columns that hold an event log id, compared as the event's source and eventId. */
const EVENT_IDS: Record<string, string[]> = {
  event_log: [],
  persons: ['last_event_log_id'],
  addresses: ['event_log_id'],
  identity_determinations: ['event_log_id'],
  duplicate_candidates: [],
  detention_episodes: ['id', 'last_event_log_id'],
  detention_stays: ['id', 'episode_id'],
  detention_timeline: ['id', 'episode_id'],
  victim_registrations: ['event_log_id'],
  notices: ['event_log_id'],
  notice_history: [],
  event_conflicts: ['event_log_id'],
};

/** A JSON value with each `logId` in it (an episode's titles) given as its event's source and eventId. */
function withEventKeys(value: unknown, keyOf: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => withEventKeys(v, keyOf));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === 'logId' ? keyOf.get(String(v)) : withEventKeys(v, keyOf),
    ]),
  );
}

/** Every table's row count, and a hash of the content of the tables ingest writes. */
interface Content {
  counts: Record<string, number>;
  hashes: Record<string, string>;
  rows: Record<string, string[]>;
}

async function contentOf(db: Db): Promise<Content> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(name)}`.execute(db);
    counts[name] = rows[0]?.n ?? 0;
  }
  const { rows: log } = await sql<{ id: string; key: string }>`
    SELECT id::text AS id, source || '/' || event_id AS key FROM event_log`.execute(db);
  const keyOf = new Map(log.map((r) => [r.id, r.key]));
  const hashes: Record<string, string> = {};
  const canonicalRows: Record<string, string[]> = {};
  for (const [table, idColumns] of Object.entries(EVENT_IDS)) {
    const { rows } = await sql<{ row: Record<string, unknown> }>`
      SELECT to_jsonb(t) AS row FROM ${sql.table(table)} t`.execute(db);
    const canonical = rows.map(({ row }) => {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(row).sort()) {
        if (idColumns.includes(key)) out[key] = row[key] === null ? null : keyOf.get(String(row[key]));
        else if (key !== 'id' && !WRITTEN.includes(key)) out[key] = withEventKeys(row[key], keyOf);
      }
      return JSON.stringify(out);
    });
    canonicalRows[table] = canonical.sort();
    hashes[table] = createHash('sha256').update(canonicalRows[table].join('\n')).digest('hex');
  }
  return { counts, hashes, rows: canonicalRows };
}

/** The first rows of each table that one side has and the other has not, to say what differs. */
function differences(actual: Record<string, string[]>, expected: Record<string, string[]>): string {
  const out: string[] = [];
  for (const table of Object.keys(expected)) {
    const a = new Set(actual[table]);
    const e = new Set(expected[table]);
    const extra = [...a].filter((r) => !e.has(r)).slice(0, 3);
    const missing = [...e].filter((r) => !a.has(r)).slice(0, 3);
    if (extra.length + missing.length === 0) continue;
    out.push(`${table}:`, ...missing.map((r) => `  - ${r}`), ...extra.map((r) => `  + ${r}`));
  }
  return out.join('\n');
}

async function eventsStored(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM event_log`.execute(db);
  return rows[0]?.n ?? 0;
}

async function doubledEvents(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (
      SELECT source, event_id FROM event_log GROUP BY source, event_id HAVING count(*) > 1
    ) doubled`.execute(db);
  return rows[0]?.n ?? 0;
}

/** `ketenzicht ingest FILE` as a child process, to be killed. */
function startIngest(
  file: string,
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, 'ingest', file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : 0), stdout, stderr })),
  );
  return { child, done };
}

/** A store the command runs on, and how the test reads it while the command does not. */
interface Target {
  env: Record<string, string>;
  /** The store, opened by the test; closed by the caller unless `keep`. */
  open(): Promise<DatabaseHandle & { keep?: boolean }>;
  release(): Promise<void>;
}

interface Store {
  name: string;
  setup(work: string): Promise<void>;
  fresh(): Promise<Target>;
  /**
   * Starts the command on `target` and SIGKILLs it while it commits: after some batches, before
   * the end. Returns how many events the killed run stored.
   */
  kill(target: Target, file: string, total: number, cleanSeconds: number): Promise<number>;
}

const cliEnv = (target: Target, ...args: string[]) => runCli(args, target.env);

async function withOpen<T>(target: Target, fn: (db: Db) => Promise<T>): Promise<T> {
  const handle = await target.open();
  try {
    return await fn(handle.db);
  } finally {
    if (!handle.keep) await handle.close();
  }
}

/**
 * The embedded store, as `ketenzicht` keeps it in KETENZICHT_DATA_DIR. One process owns it, so
 * the test cannot watch it being written: the kill comes after a delay measured on a clean run,
 * and the store is opened after the kill to see whether batches were stored but not all.
 */
function pgliteStore(): Store {
  let work = '';
  let template = '';
  let copies = 0;
  let openSeconds = 0;
  return {
    name: 'PGlite (file)',
    async setup(dir) {
      work = dir;
      template = path.join(work, 'template');
      const migrated = await runCli(['migrate'], { KETENZICHT_DATA_DIR: template, DATABASE_URL: '' });
      assert.equal(migrated.code, 0, migrated.stderr);
      // Opening and closing a migrated store: what the command costs before its first batch.
      const started = performance.now();
      const again = await runCli(['migrate'], { KETENZICHT_DATA_DIR: template, DATABASE_URL: '' });
      assert.equal(again.code, 0, again.stderr);
      openSeconds = (performance.now() - started) / 1000;
    },
    async fresh() {
      const dir = path.join(work, `store-${++copies}`);
      fs.cpSync(template, dir, { recursive: true });
      const env = { KETENZICHT_DATA_DIR: dir, DATABASE_URL: '' };
      return {
        env,
        open: () => openDatabase({ pgliteDir: path.join(dir, 'pglite') }),
        release: async () => fs.rmSync(dir, { recursive: true, force: true }),
      };
    },
    async kill(target, file, total, ingestSeconds) {
      const work = Math.max(ingestSeconds - openSeconds, 0.5);
      let at = openSeconds + work / 2;
      const dir = target.env.KETENZICHT_DATA_DIR as string;
      const lockFile = path.join(dir, 'pglite.lock');
      for (let attempt = 1; attempt <= 4; attempt++) {
        const { child, done } = startIngest(file, target.env);
        const ended = await Promise.race([delay(at * 1000).then(() => false), done.then(() => true)]);
        if (!ended) child.kill('SIGKILL');
        const result = await done;
        if (ended) {
          assert.equal(result.code, 0, result.stderr);
        } else {
          // The killed process could not remove its lock: the next open must take it over.
          assert.ok(fs.existsSync(lockFile), 'the killed process left its lock file');
          assert.equal(Number(fs.readFileSync(lockFile, 'utf8')), child.pid);
        }
        const stored = await withOpen(target, eventsStored);
        if (!ended && stored > 0 && stored < total) return stored;
        // Too early (nothing committed) or too late (the file was done): the store starts afresh
        // and the kill moves halfway towards the other end.
        at = ended || stored === total ? at - (at - openSeconds) / 2 : at + (ingestSeconds * 1.5 - at) / 2;
        if (stored > 0) {
          fs.rmSync(dir, { recursive: true, force: true });
          fs.cpSync(template, dir, { recursive: true });
        }
      }
      assert.fail('no attempt killed the command between two batches');
    },
  };
}

/**
 * PostgreSQL from TEST_DATABASE_URL, a new database per run: the test watches the event log
 * from its own connection and kills the command once two batches are in.
 */
function postgresStore(adminUrl: string): Store {
  const backend = testBackends().find((b) => b.name === 'postgres');
  let work = '';
  return {
    name: 'PostgreSQL',
    async setup(dir) {
      work = dir;
    },
    async fresh() {
      if (!backend) throw new Error('no PostgreSQL backend');
      const handle = await backend.open();
      const url = new URL(adminUrl);
      url.pathname = new URL(handle.location).pathname;
      return {
        env: { DATABASE_URL: url.toString(), KETENZICHT_DATA_DIR: path.join(work, 'data') },
        open: async () => ({ ...handle, keep: true }),
        release: () => handle.close(),
      };
    },
    async kill(target, file, total) {
      const { db } = await target.open();
      const { child, done } = startIngest(file, target.env);
      let stored = 0;
      // Two batches of the command's default 500 events, and at least one more to come.
      while (stored < 1000 && child.exitCode === null) {
        stored = await eventsStored(db);
        await delay(10);
      }
      child.kill('SIGKILL');
      const result = await done;
      assert.equal(result.code, -1, `the command was killed, not finished: ${result.stderr}`);
      stored = await eventsStored(db);
      assert.ok(stored >= 1000 && stored < total, `killed between batches: ${stored} of ${total} stored`);
      return stored;
    },
  };
}

function stores(): Store[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [pgliteStore(), postgresStore(url)] : [pgliteStore()];
}

describe('ketenzicht ingest killed during a file, then run again', () => {
  let work: string;
  let file: string;
  let distinct: number;
  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-kill-'));
    file = path.join(work, 'events.jsonl');
    // About 8,000 events: some seconds of ingest in batches of 500.
    const out = fs.createWriteStream(file);
    await writeSimulation(simulate({ preset: 'demo', years: 1, seed: 3 }), out);
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    const lines = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const keys = new Set<string>();
    for (const line of lines) {
      const event = JSON.parse(line) as { source: string; eventId: string };
      keys.add(`${event.source}/${event.eventId}`);
    }
    // Two bad lines, early and late: rejected with their numbers on every run, never stored.
    const late = {
      ...(JSON.parse(lines[5000] as string) as object),
      eventId: 'kill-bad',
      occurredAt: 'yesterday',
    };
    lines.splice(5000, 0, JSON.stringify(late));
    lines.splice(100, 0, 'not json');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    distinct = keys.size;
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  for (const store of stores()) {
    it(`loses and doubles nothing on ${store.name}`, async (t) => {
      await store.setup(fs.mkdtempSync(path.join(work, 'store-')));
      const clean = await store.fresh();
      const started = performance.now();
      const cleanRun = await cliEnv(clean, 'ingest', file);
      const cleanSeconds = (performance.now() - started) / 1000;
      const expected = await withOpen(clean, contentOf).finally(() => clean.release());
      assert.equal(cleanRun.code, 0, cleanRun.stderr);
      const cleanSummary = JSON.parse(cleanRun.stdout) as Summary;
      assert.equal(cleanSummary.rejected, 2, cleanRun.stderr);
      assert.equal(expected.counts.event_log, distinct, 'a clean ingest stores each event of the file once');

      const killed = await store.fresh();
      try {
        const stored = await store.kill(killed, file, distinct, cleanSeconds);
        t.diagnostic(
          `killed with ${stored} of ${distinct} events stored; a clean ingest took ${cleanSeconds.toFixed(1)} s`,
        );
        const rerun = await cliEnv(killed, 'ingest', file);
        assert.equal(rerun.code, 0, `the store opens again after the kill: ${rerun.stderr}`);
        const summary = JSON.parse(rerun.stdout) as Summary;
        assert.match(rerun.stderr, /^line 101: rejected: not valid JSON/m);
        assert.match(rerun.stderr, /^line 5002: rejected: occurredAt/m);
        assert.deepEqual(
          summary,
          {
            ...cleanSummary,
            accepted: cleanSummary.accepted - stored,
            duplicate: cleanSummary.duplicate + stored,
          },
          `what the killed run stored (${stored} events) is duplicate on the re-run, not rejected`,
        );
        const after = await withOpen(killed, async (db) => {
          assert.equal(await doubledEvents(db), 0, 'no (source, eventId) twice');
          return contentOf(db);
        });
        assert.equal(after.counts.event_log, distinct);
        assert.deepEqual(after.counts, expected.counts, 'every table has the rows of a clean ingest');
        assert.deepEqual(
          after.hashes,
          expected.hashes,
          `the projections equal those of a clean ingest (- clean, + killed and re-run):\n${differences(after.rows, expected.rows)}`,
        );
      } finally {
        await killed.release();
      }
    });
  }
});
