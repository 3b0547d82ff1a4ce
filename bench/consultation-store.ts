/**
 * What the consultation benchmarks (bench/person-view.ts, bench/health.ts)
 * share: a store, migrated, with a consultation user and a simulated chain
 * ingested through the pipeline, and the SKNs of the persons with a detention
 * to read; the service started beside the load; the benchmark user's login.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createUser, hashPassword, syncOrganisations } from '../src/access/index.ts';
import { ingestIndependently } from '../src/pipeline.ts';
import type { DatabaseHandle } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { type PresetName, simulate } from '../src/simulation/index.ts';
import { today } from './machine.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export const BENCH_USER = { username: 'bench', password: 'benchmark-password' };

export interface LoadedStore {
  events: number;
  seconds: number;
  skns: string[];
}

/** Loads `preset` (seed 1) into the store of `handle` and closes it; refuses a run that rejected events. */
export async function loadConsultationStore(
  handle: DatabaseHandle,
  preset: PresetName,
  { maxSkns = 20_000, progress }: { maxSkns?: number; progress?: (events: number) => void } = {},
): Promise<LoadedStore> {
  const catalog = defaultReferenceCatalog();
  try {
    await migrateToLatest(handle.db);
    await syncOrganisations(handle.db, catalog, today());
    await createUser(handle.db, {
      username: BENCH_USER.username,
      displayName: 'Bench',
      organisation: '3RO',
      roles: ['consultation'],
      passwordHash: await hashPassword(BENCH_USER.password),
    });
    const started = performance.now();
    let events = 0;
    let rejected = 0;
    for (const batch of simulate({ preset, seed: 1 }, catalog).batches()) {
      for (const outcome of await ingestIndependently(handle.db, batch, { catalog })) {
        events++;
        if (outcome.status === 'rejected') rejected++;
      }
      if (progress && events % 200_000 < batch.length) progress(events);
    }
    const seconds = (performance.now() - started) / 1000;
    if (rejected > 0) throw new Error(`${rejected} events rejected`);
    const rows = await handle.db
      .selectFrom('detention_episodes')
      .select('skn')
      .distinct()
      .orderBy('skn')
      .limit(maxSkns)
      .execute();
    return { events, seconds, skns: rows.map((r) => r.skn) };
  } finally {
    await handle.close();
  }
}

/**
 * `ketenzicht serve` as a separate process on `port`, with real keys and plain-HTTP cookies
 * (the load comes over loopback); resolves once it says it is running.
 */
export function startBenchService(
  port: number,
  env: Record<string, string>,
  args: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/ketenzicht.js'), 'serve', ...args], {
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      KETENZICHT_PSEUDONYM_KEY: randomBytes(32).toString('hex'),
      KETENZICHT_AUDIT_KEY: randomBytes(32).toString('hex'),
      COOKIE_SECURE: 'false',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk) => {
      output += String(chunk);
      if (output.includes('is running at')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`service exited ${code}: ${output}`)));
  });
}

/** The benchmark user's session on the service at `port`: cookie and CSRF headers for the load. */
export async function benchLogin(port: number): Promise<Record<string, string>> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/sessie`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_USER),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}
