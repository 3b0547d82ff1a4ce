/** A PostgreSQL for a benchmark: BENCH_DATABASE_URL, or a throwaway server started with .ci/pg.sh. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '..');

export function benchPostgres(workDir: string): { url: string; stop: () => void } {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => {} };
  const dir = path.join(workDir, 'pg');
  fs.mkdirSync(dir, { mode: 0o755 });
  fs.chmodSync(workDir, 0o755);
  const out = execFileSync(path.join(ROOT, '.ci/pg.sh'), ['start', dir], { encoding: 'utf8' });
  const url = /TEST_DATABASE_URL=(\S+)/.exec(out)?.[1];
  if (!url) throw new Error(`could not start PostgreSQL: ${out}`);
  return { url, stop: () => execFileSync(path.join(ROOT, '.ci/pg.sh'), ['stop', dir]) };
}

export interface PgbenchResult {
  tps: number;
  clients: number;
  seconds: number;
  scale: number;
  fsync: string;
  synchronousCommit: string;
}

/**
 * pgbench's TPC-B-like transaction on the same server, as the machine's reference: on a
 * machine shared with others an absolute rate says little, the ratio to this says more.
 * Runs in a database of its own, dropped afterwards.
 */
export async function pgbenchTps(
  serverUrl: string,
  { clients = 8, seconds = 20, scale = 10 }: { clients?: number; seconds?: number; scale?: number } = {},
): Promise<PgbenchResult> {
  const name = `kz_pgbench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const setting = async (s: string) =>
      String((await admin.query(`SELECT current_setting('${s}') AS v`)).rows[0]?.v);
    const fsync = await setting('fsync');
    const synchronousCommit = await setting('synchronous_commit');
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      execFileSync('pgbench', ['-i', '-q', '-s', String(scale), url.toString()], { stdio: 'pipe' });
      const out = execFileSync(
        'pgbench',
        ['-c', String(clients), '-j', '2', '-T', String(seconds), url.toString()],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
      if (!Number.isFinite(tps)) throw new Error(`pgbench printed no tps: ${out}`);
      return { tps, clients, seconds, scale, fsync, synchronousCommit };
    } finally {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
