/**
 * The database: Kysely over PostgreSQL (when DATABASE_URL is set) or over the
 * embedded PGlite store (real PostgreSQL compiled to WebAssembly, file-backed).
 * Both get the same migrations and the same type parsing, so code and tests
 * behave alike on either. Stores receive the `Db` as an argument; nothing
 * here is a module-level singleton.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type StoreKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  /** The embedded instance, when the store is PGlite (for dumps and tools). */
  pglite?: PGlite;
  kind: StoreKind;
  /** Where the data lives, without credentials: for logs and the start banner. */
  location: string;
  close(): Promise<void>;
}

const OID = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184, numeric: 1700 } as const;

/** Calendar dates stay `YYYY-MM-DD` strings: a JS Date would shift them by the time zone. */
const keepString = (value: string) => value;
/** Our bigint columns are counters and ids far below 2^53. */
const toNumber = (value: string) => Number(value);

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Folder of the PGlite store; omitted: an in-memory store (tests, replay). */
  pgliteDir?: string | undefined;
  /** A dump (PGlite dumpDataDir) to start the in-memory store from: tests copy a migrated template. */
  pgliteDump?: Blob | undefined;
  /** Extra pool size for PostgreSQL. */
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.pgliteDir, options.pgliteDump);
}

function openPostgres(url: string, max: number): DatabaseHandle {
  const typeParsers: Record<number, (value: string) => unknown> = {
    [OID.int8]: toNumber,
    [OID.date]: keepString,
    [OID.numeric]: toNumber,
  };
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client whose connection the server ended (restart, failover, an
  // administrator) is dropped by the pool and the next query reconnects; without
  // a listener, that 'error' event would end the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const parsed = new URL(url);
  return {
    db,
    kind: 'postgres',
    location: `postgresql://${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`,
    close: () => db.destroy(),
  };
}

export class StoreInUseError extends Error {
  override name = 'StoreInUseError';
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no lock of its own: two processes on one folder corrupt it. The
 * first takes `<dir>.lock` (its pid); another is refused while that process
 * lives. A lock left by a process that died is taken over.
 */
function lockStore(dir: string): () => void {
  const lockFile = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockFile, 'utf8'));
      if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) {
        throw new StoreInUseError(
          `the embedded store ${dir} is in use by process ${holder} (a running ketenzicht serve?): stop it first, or use PostgreSQL (DATABASE_URL)`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new StoreInUseError(`could not lock the embedded store ${dir}`);
}

async function openPglite(dir: string | undefined, dump: Blob | undefined): Promise<DatabaseHandle> {
  if (dir) fs.mkdirSync(path.dirname(dir), { recursive: true });
  const unlock = dir ? lockStore(dir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      ...(dir ? { dataDir: dir } : {}),
      ...(dump ? { loadDataDir: dump } : {}),
      parsers: {
        [pgliteTypes.INT8]: toNumber,
        [pgliteTypes.DATE]: keepString,
        [pgliteTypes.NUMERIC]: toNumber,
      },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    pglite,
    kind: 'pglite',
    location: dir ? `pglite:${dir}` : 'pglite:memory',
    close: async () => {
      await db.destroy();
      // Kysely closes PGlite only if it ever ran a query.
      if (!pglite.closed) await pglite.close();
      unlock();
    },
  };
}
