/**
 * Opening the configured store, migrated: what every command and the server
 * do first.
 */
import path from 'node:path';
import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db.ts';
import { migrateToLatest } from './migrate.ts';

export async function openStore(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<DatabaseHandle & { migrated: string[] }> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: path.join(config.dataDir, 'pglite'),
  });
  try {
    const migrated = await migrateToLatest(handle.db);
    return { ...handle, migrated };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
