/**
 * Statements whose text does not grow with the number of rows: a bulk insert
 * as `SELECT … FROM unnest(one array per column)` and a lookup as
 * `= ANY(one array)`. A multi-row VALUES or an IN list takes a parameter per
 * cell, which the client compiles and PostgreSQL parses and analyses cell by
 * cell; for 500 events that was most of an ingest batch's cost (bench/RESULTS.md).
 * Both stores (PostgreSQL through node-postgres, PGlite) send JS arrays as arrays.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Db } from './db.ts';
import type { Database } from './schema.ts';

/** A PostgreSQL scalar type an array parameter is cast to. */
export type ColumnType =
  | 'text'
  | 'bigint'
  | 'integer'
  | 'real'
  | 'boolean'
  | 'date'
  | 'timestamptz'
  | 'jsonb';

/**
 * One column of a bulk insert: its name, its type, how a row gives its value, and
 * optionally what a row without one (null) gets instead, as the column's DEFAULT would.
 */
export type Column<R> = readonly [
  name: string,
  type: ColumnType,
  value: (row: R) => unknown,
  otherwise?: RawBuilder<unknown>,
];

/**
 * `INSERT INTO table (columns) SELECT … FROM unnest(…) <tail>` in one statement of
 * `columns.length` parameters; `tail` is the ON CONFLICT clause. Built by Kysely, so a
 * `db.withSchema(…)` (a rebuild's side schema) applies. Returns how many rows it wrote.
 */
export async function insertRows<R>(
  db: Db,
  table: keyof Database & string,
  rows: readonly R[],
  columns: readonly Column<R>[],
  tail: RawBuilder<unknown> = sql``,
): Promise<number> {
  if (rows.length === 0) return 0;
  const aliases = columns.map((_, i) => sql.raw(`c${i}`));
  const selected = sql.join(
    columns.map(([, , , otherwise], i) =>
      otherwise ? sql`COALESCE(${aliases[i]}, ${otherwise})` : aliases[i],
    ),
  );
  const arrays = sql.join(
    columns.map(([, type, value]) => sql`${rows.map((row) => value(row) ?? null)}::${sql.raw(type)}[]`),
  );
  // The column list is checked against the table when the statement runs, not by the compiler.
  const [result] = await (db as unknown as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto(table)
    .columns(columns.map(([name]) => name))
    .expression(sql`SELECT ${selected} FROM unnest(${arrays}) AS t(${sql.join(aliases)})`)
    .modifyEnd(tail)
    .execute();
  return Number(result?.numInsertedOrUpdatedRows ?? 0);
}

/** `= ANY($1::type[])`: one parameter for the whole list, for `.where(column, '=', anyOf(…))`. */
export function anyOf(values: readonly unknown[], type: ColumnType = 'text'): RawBuilder<never> {
  return sql<never>`ANY(${[...values]}::${sql.raw(type)}[])`;
}
