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
import { type DatabaseHandle, openDatabase } from '../../src/platform/db.ts';
import { migrateToLatest } from '../../src/platform/migrate.ts';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** A new database with the latest schema and no data. */
  open(): Promise<DatabaseHandle>;
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

const pgliteBackend: TestBackend = {
  name: 'pglite',
  async open() {
    pgliteTemplate ??= migratedPgliteDump();
    return openDatabase({ pgliteDump: await pgliteTemplate });
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

function postgresBackend(adminUrl: string): TestBackend {
  return {
    name: 'postgres',
    async open() {
      postgresTemplate ??= ensurePostgresTemplate(adminUrl);
      const template = await postgresTemplate;
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
