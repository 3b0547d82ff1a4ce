/**
 * The database: Kysely over PostgreSQL (when DATABASE_URL is set) or over the
 * embedded PGlite store (real PostgreSQL compiled to WebAssembly, file-backed).
 * Both get the same migrations and the same type parsing, so code and tests
 * behave alike on either. Stores receive the `Db` as an argument; nothing
 * here is a module-level singleton.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { keepString, pgliteParsers, toNumber } from './pglite-types.ts';
import { PgliteWorkerClient, PgliteWorkerDialect } from './pglite-worker-driver.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type StoreKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  /** The embedded instance, when the store is PGlite in this thread (for dumps and tools). */
  pglite?: PGlite;
  kind: StoreKind;
  /** Where the data lives, without credentials: for logs and the start banner. */
  location: string;
  close(): Promise<void>;
}

const OID = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184, numeric: 1700 } as const;

/**
 * Where the embedded store runs. `worker`: in a thread of its own, so its
 * queries (synchronous WebAssembly) do not hold up HTTP; what the service
 * uses. `inline`: in this thread, with `handle.pglite` for dumps; what the
 * tests' in-memory copies use.
 */
export type PgliteMode = 'inline' | 'worker';

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Folder of the PGlite store; omitted: an in-memory store (tests, replay). */
  pgliteDir?: string | undefined;
  /** A dump (PGlite dumpDataDir) to start the in-memory store from: tests copy a migrated template. */
  pgliteDump?: Blob | undefined;
  /** Extra pool size for PostgreSQL. */
  poolSize?: number;
  /** Default: `worker` for a store in a folder, `inline` in memory. */
  pgliteMode?: PgliteMode | undefined;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  const mode = options.pgliteMode ?? (options.pgliteDir ? 'worker' : 'inline');
  return openPglite(options.pgliteDir, options.pgliteDump, mode);
}

const readinessChecks = new WeakMap<Db, () => Promise<void>>();

/**
 * Throws when the database cannot serve requests now; what `/ready` asks.
 * PostgreSQL and the in-thread PGlite run `SELECT 1`. The embedded store in
 * its worker is ready while it is working through its queue or answers a
 * ping within a second (see PgliteWorkerClient.checkReady): a probe that
 * queued behind every request in flight would report an overloaded store as
 * a dead one.
 */
export async function checkDatabase(db: Db): Promise<void> {
  const check = readinessChecks.get(db);
  if (check) await check();
  else await sql`SELECT 1`.execute(db);
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

async function openPglite(
  dir: string | undefined,
  dump: Blob | undefined,
  mode: PgliteMode,
): Promise<DatabaseHandle> {
  if (dir) fs.mkdirSync(path.dirname(dir), { recursive: true });
  const unlock = dir ? lockStore(dir) : () => {};
  try {
    return mode === 'worker'
      ? await openPgliteWorker(dir, dump, unlock)
      : await openPgliteInline(dir, dump, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

async function openPgliteInline(
  dir: string | undefined,
  dump: Blob | undefined,
  unlock: () => void,
): Promise<DatabaseHandle> {
  const pglite = await PGlite.create({
    ...(dir ? { dataDir: dir } : {}),
    ...(dump ? { loadDataDir: dump } : {}),
    parsers: pgliteParsers,
  });
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

async function openPgliteWorker(
  dir: string | undefined,
  dump: Blob | undefined,
  unlock: () => void,
): Promise<DatabaseHandle> {
  const client = await PgliteWorkerClient.start({
    dataDir: dir,
    dump: dump ? await dump.arrayBuffer() : undefined,
  });
  const db = new Kysely<Database>({ dialect: new PgliteWorkerDialect(client) });
  readinessChecks.set(db, () => client.checkReady());
  return {
    db,
    kind: 'pglite',
    location: dir ? `pglite:${dir}` : 'pglite:memory',
    close: async () => {
      try {
        await db.destroy();
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}
