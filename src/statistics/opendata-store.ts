/**
 * The published release as the open-data API serves it: the catalogue read
 * from `catalog.json`, and each table loaded once per release from its
 * Parquet file (opendata-load.ts). A release folder never changes once
 * published; a new release is noticed by its `catalog.json` (another file,
 * or another release id), and then everything is read anew. ETags come from
 * the SHA-256 of the files as served.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { loadTable, readJson } from './opendata-load.ts';
import { type LoadedTable, type OpenDataStore, type Release, TABLE_ID } from './opendata-model.ts';
import type { Catalog } from './published.ts';

function isCatalog(value: unknown): value is Catalog {
  const c = value as Partial<Catalog> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.release === 'string' &&
    Array.isArray(c.tables) &&
    c.tables.every((t) => typeof t?.id === 'string')
  );
}

export interface OpenDataStoreOptions {
  /** The folder of the release to serve; undefined: nothing published yet. */
  releaseDir: () => string | undefined;
  /** Told when a new release is taken into use, or when catalog.json cannot be read. */
  log?: (message: string, details?: Record<string, unknown>) => void;
}

export function openDataStore({ releaseDir, log }: OpenDataStoreOptions): OpenDataStore {
  let duck: Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> | undefined;
  const connection = () => {
    duck ??= (async () => {
      const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
      return { instance, connection: await instance.connect() };
    })();
    return duck.then((d) => d.connection);
  };

  let state: (Release & { key: string }) | undefined;

  function newRelease(dir: string, key: string, catalog: Catalog, catalogSha256: string) {
    const listed = new Set(catalog.tables.map((t) => t.id));
    const tables = new Map<string, Promise<LoadedTable>>();
    return {
      dir,
      key,
      catalog,
      catalogSha256,
      table(id: string) {
        if (!listed.has(id) || !TABLE_ID.test(id)) return undefined;
        let loading = tables.get(id);
        if (!loading) {
          loading = connection().then((db) => loadTable(db, dir, id));
          // A failed load is tried again at the next request, not remembered.
          loading.catch(() => tables.delete(id));
          tables.set(id, loading);
        }
        return loading;
      },
    };
  }

  return {
    current() {
      const given = releaseDir();
      if (!given) return undefined;
      let dir: string;
      let stat: fs.Stats | undefined;
      try {
        dir = fs.realpathSync(given);
        stat = fs.statSync(path.join(dir, 'catalog.json'), { throwIfNoEntry: false });
      } catch {
        return undefined;
      }
      if (!stat) return undefined;
      const key = `${dir}\0${stat.ino}\0${stat.size}\0${stat.mtimeMs}`;
      if (state?.key === key) return state;
      let read: { value: unknown; sha256: string };
      try {
        read = readJson<unknown>(path.join(dir, 'catalog.json'));
        if (!isCatalog(read.value)) throw new Error('not a catalogue: no release or tables');
      } catch (error) {
        // Half a release, or a broken one: keep serving what was served.
        log?.('catalog.json cannot be read; the previous release stays in use', {
          dir,
          error: (error as Error).message,
        });
        return state;
      }
      const catalog = read.value;
      if (state && state.dir === dir && state.catalog.release === catalog.release) {
        state = { ...state, key };
        return state;
      }
      state = newRelease(dir, key, catalog, read.sha256);
      log?.('open data: serving release', { release: catalog.release, dir });
      return state;
    },
    async close() {
      const d = await duck;
      duck = undefined;
      state = undefined;
      d?.connection.closeSync();
      d?.instance.closeSync();
    },
  };
}
