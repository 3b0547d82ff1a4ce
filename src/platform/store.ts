/**
 * Opening the configured store, migrated: what every command and the server
 * do first.
 */
import path from 'node:path';
import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db.ts';
import { migrateToLatest } from './migrate.ts';
import { restrictToOwner } from './secrets.ts';

export async function openStore(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<DatabaseHandle & { migrated: string[] }> {
  const pgliteDir = path.join(config.dataDir, 'pglite');
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir });
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
