/**
 * A store for consultation benchmarks: migrated, with a consultation user
 * and a simulated chain ingested through the pipeline, and the SKNs of the
 * persons with a detention to read (bench/person-view.ts, bench/health.ts).
 */
import { createUser, hashPassword, syncOrganisations } from '../src/access/index.ts';
import { ingestIndependently } from '../src/pipeline.ts';
import type { DatabaseHandle } from '../src/platform/db.ts';
import { migrateToLatest } from '../src/platform/migrate.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { type PresetName, simulate } from '../src/simulation/index.ts';
import { today } from './machine.ts';

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
