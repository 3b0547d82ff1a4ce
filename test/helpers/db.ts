/**
 * Fresh, migrated databases for tests, on every backend this run has:
 * always PGlite, and PostgreSQL when TEST_DATABASE_URL is set (CI sets it,
 * and refuses to run without it). The real migrations run once into a
 * template, which each test then copies: PGlite from a dump, PostgreSQL with
 * CREATE DATABASE … TEMPLATE.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, type Db, openDatabase } from '../../src/platform/db.ts';
import { migrateToLatest } from '../../src/platform/migrate.ts';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** A new database with the latest schema and no data. */
  open(): Promise<DatabaseHandle>;
  /**
   * A new database holding what `prepare` writes into a fresh one, prepared once per `key`
   * and copied after that (PostgreSQL: a template shared by the run's processes; PGlite: a
   * dump kept in this process). The key must name everything the content depends on.
   */
  openPrepared(key: string, prepare: (db: Db) => Promise<void>): Promise<DatabaseHandle>;
}

const MIGRATIONS = path.resolve(import.meta.dirname, '../../src/platform/migrations');

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(MIGRATIONS).sort())
    hash.update(file).update(fs.readFileSync(path.join(MIGRATIONS, file)));
  return hash.digest('hex').slice(0, 12);
}

let pgliteTemplate: Promise<Blob> | undefined;

async function migratedPgliteDump(): Promise<Blob> {
  const handle = await openDatabase({});
  try {
    await migrateToLatest(handle.db);
    if (!handle.pglite) throw new Error('expected a PGlite store');
    return await handle.pglite.dumpDataDir('none');
  } finally {
    await handle.close();
  }
}

const pglitePrepared = new Map<string, Promise<Blob>>();

const pgliteBackend: TestBackend = {
  name: 'pglite',
  async open() {
    pgliteTemplate ??= migratedPgliteDump();
    return openDatabase({ pgliteDump: await pgliteTemplate });
  },
  async openPrepared(key, prepare) {
    let dump = pglitePrepared.get(key);
    if (!dump) {
      dump = (async () => {
        const handle = await pgliteBackend.open();
        try {
          await prepare(handle.db);
          if (!handle.pglite) throw new Error('expected a PGlite store');
          return await handle.pglite.dumpDataDir('none');
        } finally {
          await handle.close();
        }
      })();
      pglitePrepared.set(key, dump);
    }
    return openDatabase({ pgliteDump: await dump });
  },
};

let postgresTemplate: Promise<string> | undefined;
let counter = 0;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The template is named after the migrations, so runs share it until a migration changes. */
async function ensurePostgresTemplate(adminUrl: string): Promise<string> {
  const name = `kz_template_${migrationsHash()}`;
  await adminQuery(adminUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(8675309)');
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) {
        await client.query(`CREATE DATABASE ${name}`);
        const handle = await openDatabase({ databaseUrl: withDatabase(adminUrl, name), poolSize: 1 });
        try {
          await migrateToLatest(handle.db);
        } finally {
          await handle.close();
        }
        await client.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true`);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(8675309)');
    }
  });
  return name;
}

/** The migrated, empty template, made once per process. */
function migratedTemplate(adminUrl: string): Promise<string> {
  postgresTemplate ??= ensurePostgresTemplate(adminUrl);
  return postgresTemplate;
}

/** Lock ids of prepared templates: one per key, so unrelated templates are made side by side. */
const lockOf = (name: string) => createHash('sha256').update(name).digest().readInt32BE(0);

/**
 * A template holding what `prepare` writes, made by the first process that needs it while the
 * others wait on its lock; named after the key and the migrations, so a later run with the same
 * key and schema reuses it.
 */
async function ensurePreparedTemplate(
  adminUrl: string,
  key: string,
  prepare: (db: Db) => Promise<void>,
): Promise<string> {
  const base = await migratedTemplate(adminUrl);
  const name = `kz_prepared_${createHash('sha256').update(`${key} ${base}`).digest('hex').slice(0, 16)}`;
  await adminQuery(adminUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [lockOf(name)]);
    try {
      const found = await client.query<{ done: boolean }>(
        'SELECT datistemplate AS done FROM pg_database WHERE datname = $1',
        [name],
      );
      if (found.rows[0]?.done) return;
      // Not a template yet: a run was killed while preparing it, so it starts again.
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${base}`);
      try {
        const handle = await openDatabase({ databaseUrl: withDatabase(adminUrl, name), poolSize: 4 });
        try {
          await prepare(handle.db);
        } finally {
          await handle.close();
        }
        // Marked a template only once complete, so a failed preparation is never copied.
        await client.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true`);
      } catch (error) {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        throw error;
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [lockOf(name)]);
    }
  });
  return name;
}

function postgresBackend(adminUrl: string): TestBackend & {
  openFromTemplate(template: Promise<string>): Promise<DatabaseHandle>;
} {
  const prepared = new Map<string, Promise<string>>();
  return {
    name: 'postgres',
    open() {
      return this.openFromTemplate(migratedTemplate(adminUrl));
    },
    openPrepared(key, prepare) {
      let template = prepared.get(key);
      if (!template) {
        template = ensurePreparedTemplate(adminUrl, key, prepare);
        prepared.set(key, template);
      }
      return this.openFromTemplate(template);
    },
    async openFromTemplate(templateName: Promise<string>) {
      const template = await templateName;
      counter++;
      const name = `kz_test_${process.pid}_${counter}`;
      await adminQuery(adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      const handle = await openDatabase({ databaseUrl: withDatabase(adminUrl, name), poolSize: 4 });
      return {
        ...handle,
        close: async () => {
          await handle.close();
          await adminQuery(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        },
      };
    },
  };
}

/**
 * A database with no schema at all, for tests of the migrations themselves: PGlite in memory,
 * or a new PostgreSQL database (TEST_DATABASE_URL) dropped again on close.
 */
export async function openEmptyDatabase(backend: 'pglite' | 'postgres'): Promise<DatabaseHandle> {
  if (backend === 'pglite') return openDatabase({});
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('an empty PostgreSQL database needs TEST_DATABASE_URL');
  const name = `kz_migration_${process.pid}_${Date.now()}_${++counter}`;
  await adminQuery(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  const handle = await openDatabase({ databaseUrl: withDatabase(admin, name), poolSize: 1 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

export function testBackends(): TestBackend[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI) {
    throw new Error('CI must run the storage tests on PostgreSQL too: set TEST_DATABASE_URL');
  }
  return url ? [pgliteBackend, postgresBackend(url)] : [pgliteBackend];
}

/** Rows of a table, for assertions. */
export async function countRows(db: DatabaseHandle['db'], table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db);
  return rows[0]?.n ?? 0;
}
