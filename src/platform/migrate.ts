/**
 * Plain, ordered SQL migrations (`migrations/NNNN_name.sql`) run by Kysely's
 * Migrator, the same on PGlite and PostgreSQL. PGlite's query protocol takes
 * one statement at a time, so a file is split into statements first (with a
 * splitter that understands quotes, comments and dollar-quoted bodies).
 */
import fs from 'node:fs';
import path from 'node:path';
import splitter from 'dbgate-query-splitter';
import { sql } from 'kysely';
import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration';
import type { Db } from './db.ts';

const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations');

export function splitStatements(text: string): string[] {
  return splitter
    .splitQuery(text, splitter.postgreSplitterOptions)
    .map((part) => (typeof part === 'string' ? part : part.text).trim())
    .filter((statement) => statement.length > 0);
}

export class SqlFileMigrationProvider implements MigrationProvider {
  readonly #dir: string;

  constructor(dir: string = MIGRATIONS_DIR) {
    this.#dir = dir;
  }

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of fs
      .readdirSync(this.#dir)
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      const statements = splitStatements(fs.readFileSync(path.join(this.#dir, file), 'utf8'));
      migrations[file.replace(/\.sql$/, '')] = {
        up: async (db) => {
          for (const statement of statements) await sql.raw(statement).execute(db);
        },
      };
    }
    return migrations;
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Brings the schema to the latest migration; returns the names applied now. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new SqlFileMigrationProvider() });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(
      `migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
