/** A PostgreSQL for a benchmark: BENCH_DATABASE_URL, or a throwaway server started with .ci/pg.sh. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
