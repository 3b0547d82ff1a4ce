/**
 * Opening the configured store, migrated: what every command and the server
 * do first.
 */
import path from 'node:path';
import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase, type PgliteMode } from './db.ts';
import { migrateToLatest } from './migrate.ts';
import { restrictToOwner } from './secrets.ts';

/**
 * `KETENZICHT_PGLITE_MODE=inline` puts the embedded store back on the HTTP
 * thread, as it was before it had a worker: only to measure the difference
 * (bench/health.ts), not an operator's setting.
 */
function pgliteMode(env: NodeJS.ProcessEnv): PgliteMode {
  const value = env.KETENZICHT_PGLITE_MODE?.trim() || 'worker';
  if (value !== 'worker' && value !== 'inline')
    throw new Error(`KETENZICHT_PGLITE_MODE must be "worker" or "inline", got "${value}"`);
  return value;
}

export async function openStore(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DatabaseHandle & { migrated: string[] }> {
  const pgliteDir = path.join(config.dataDir, 'pglite');
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir,
    pgliteMode: pgliteMode(env),
  });
  try {
    const migrated = await migrateToLatest(handle.db);
    if (handle.kind !== 'pglite') return { ...handle, migrated };
    // PGlite sets 0666 on the files it makes (its file system emulation chmods them), whatever the
    // umask; the folder is 0700, and the files are made the owner's alone at open and at close.
    restrictToOwner(pgliteDir);
    return {
      ...handle,
      migrated,
      close: async () => {
        await handle.close();
        restrictToOwner(pgliteDir);
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
