/**
 * DuckDB for the statistics environment: an in-memory database per build,
 * with a spill folder, a memory limit and the machine's threads. The data
 * that leaves it goes to Parquet files; nothing of the database itself is
 * kept, so the keys and mappings used inside it vanish with it.
 */
// Types only: the engine is loaded on first use, so what imports the statistics' public
// surface for its contract (the simulator, the service) does not load DuckDB's native library.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

export interface Duck {
  run(sql: string, values?: DuckDBValue[]): Promise<void>;
  rows<T extends Record<string, unknown>>(sql: string, values?: DuckDBValue[]): Promise<T[]>;
  connection: DuckDBConnection;
  close(): void;
}

export interface DuckOptions {
  /** A folder DuckDB may spill to when a query needs more than the memory limit. */
  tempDirectory?: string;
  memoryLimit?: string;
  threads?: number;
}

/** Escapes a string for use as a SQL literal (paths and codes we put in generated SQL). */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function openDuck(options: DuckOptions = {}): Promise<Duck> {
  const settings: Record<string, string> = {
    // Results come in the order rows went in: line numbers and reproducible files depend on it.
    preserve_insertion_order: 'true',
  };
  if (options.memoryLimit) settings.memory_limit = options.memoryLimit;
  if (options.threads) settings.threads = String(options.threads);
  if (options.tempDirectory) settings.temp_directory = options.tempDirectory;
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', settings);
  const connection = await instance.connect();
  return {
    connection,
    async run(sql, values) {
      await connection.run(sql, values);
    },
    async rows<T extends Record<string, unknown>>(sql: string, values?: DuckDBValue[]) {
      const reader = await connection.runAndReadAll(sql, values);
      return reader.getRowObjectsJS() as T[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
