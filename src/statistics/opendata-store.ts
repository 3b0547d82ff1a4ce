/**
 * The published release as the open-data API serves it: the catalogue read
 * from `catalog.json`, and each table loaded once per release from its
 * Parquet file (with DuckDB) into compact columns in memory, where filters on
 * dimension codes are a scan over small integers. A release folder never
 * changes once published; a new release is noticed by its `catalog.json`
 * (another file, or another release id), and then everything is read anew.
 * ETags come from the SHA-256 of the files as served.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import {
  type Catalog,
  type Dimension,
  type Measure,
  statusColumn,
  type TableMeta,
  type ValueStatus,
  valueColumn,
} from './published.ts';

/** Table ids as they may appear in a URL and a file name. */
export const TABLE_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export const STATUSES: readonly ValueStatus[] = ['published', 'suppressed', 'not-applicable'];

export interface LoadedDimension {
  meta: Dimension;
  /** Codes in display order: those of the metadata, then any the file has besides. */
  codes: readonly string[];
  index: ReadonlyMap<string, number>;
  /** Per row, the index of its code in `codes`. */
  column: Uint16Array;
  /** Per code, the rows that have it, ascending. */
  rowsOf: readonly Uint32Array[];
}

export interface LoadedMeasure {
  meta: Measure;
  /** Per row; NaN where the value is null. */
  values: Float64Array;
  /** Per row, an index into STATUSES. */
  status: Uint8Array;
}

export interface LoadedTable {
  meta: TableMeta;
  /** SHA-256 (hex) of `<id>.json` and of `<id>.parquet`. */
  metaSha256: string;
  parquetSha256: string;
  parquetPath: string;
  parquetSize: number;
  rows: number;
  dimensions: readonly LoadedDimension[];
  measures: readonly LoadedMeasure[];
}

export interface Release {
  /** The release folder, symlinks resolved: every file of this release is read from here. */
  dir: string;
  catalog: Catalog;
  catalogSha256: string;
  /** The table's data, read once; undefined when the catalogue does not list it. */
  table(id: string): Promise<LoadedTable> | undefined;
}

export interface OpenDataStore {
  /** The release to serve now, or undefined when nothing is published. Cheap: a stat per call. */
  current(): Release | undefined;
  close(): Promise<void>;
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

function readJson<T>(file: string): { value: T; sha256: string } {
  const bytes = fs.readFileSync(file);
  return { value: JSON.parse(bytes.toString('utf8')) as T, sha256: sha256(bytes) };
}

function fileSha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

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

/** Sorts row indices by the dimensions in order, each by its codes' display order. */
function rowOrder(rows: number, columns: readonly Uint16Array[]): Uint32Array {
  const order = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  order.sort((a, b) => {
    for (const column of columns) {
      const d = (column[a] as number) - (column[b] as number);
      if (d !== 0) return d;
    }
    return a - b;
  });
  return order;
}

async function loadTable(db: DuckDBConnection, dir: string, id: string): Promise<LoadedTable> {
  const metaFile = readJson<TableMeta>(path.join(dir, `${id}.json`));
  const meta = metaFile.value;
  if (meta.id !== id) throw new Error(`${id}.json describes table ${meta.id}`);
  const parquetPath = path.join(dir, `${id}.parquet`);
  const parquetSize = fs.statSync(parquetPath).size;
  const parquetSha256 = await fileSha256(parquetPath);

  const columns = [
    ...meta.dimensions.map((d) => `CAST(${quoteIdent(d.id)} AS VARCHAR) AS ${quoteIdent(d.id)}`),
    ...meta.measures.flatMap((m) => [
      `CAST(${quoteIdent(valueColumn(m.id))} AS DOUBLE) AS ${quoteIdent(valueColumn(m.id))}`,
      `CAST(${quoteIdent(statusColumn(m.id))} AS VARCHAR) AS ${quoteIdent(statusColumn(m.id))}`,
    ]),
  ];
  let data: Record<string, unknown[]>;
  try {
    const reader = await db.runAndReadAll(`SELECT ${columns.join(', ')} FROM read_parquet($1)`, [
      parquetPath,
    ]);
    data = reader.getColumnsObjectJS() as Record<string, unknown[]>;
  } catch (error) {
    throw new Error(`${id}.parquet does not match ${id}.json: ${(error as Error).message}`);
  }
  const rows = (data[meta.dimensions[0]?.id ?? ''] ?? data[valueColumn(meta.measures[0]?.id ?? '')] ?? [])
    .length;

  const raw = meta.dimensions.map((d) => {
    const codes = d.codes.map((c) => c.code);
    const index = new Map(codes.map((c, i) => [c, i]));
    const column = new Uint16Array(rows);
    const values = data[d.id] ?? [];
    for (let r = 0; r < rows; r++) {
      const code = String(values[r] ?? '');
      let i = index.get(code);
      if (i === undefined) {
        i = codes.length;
        codes.push(code);
        index.set(code, i);
      }
      column[r] = i;
    }
    return { meta: d, codes, index, column };
  });
  const order = rowOrder(
    rows,
    raw.map((d) => d.column),
  );
  const dimensions: LoadedDimension[] = raw.map((d) => {
    const column = new Uint16Array(rows);
    const counts = new Uint32Array(d.codes.length);
    for (let r = 0; r < rows; r++) {
      const c = d.column[order[r] as number] as number;
      column[r] = c;
      counts[c] = (counts[c] as number) + 1;
    }
    const rowsOf = [...counts].map((n) => new Uint32Array(n));
    const filled = new Uint32Array(d.codes.length);
    for (let r = 0; r < rows; r++) {
      const c = column[r] as number;
      (rowsOf[c] as Uint32Array)[filled[c] as number] = r;
      filled[c] = (filled[c] as number) + 1;
    }
    return { ...d, column, rowsOf };
  });
  const statusIndex = new Map(STATUSES.map((s, i) => [s as string, i]));
  const measures: LoadedMeasure[] = meta.measures.map((m) => {
    const rawValues = data[valueColumn(m.id)] ?? [];
    const rawStatus = data[statusColumn(m.id)] ?? [];
    const values = new Float64Array(rows);
    const status = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) {
      const from = order[r] as number;
      const v = rawValues[from];
      values[r] = v === null || v === undefined ? Number.NaN : Number(v);
      const s = statusIndex.get(String(rawStatus[from]));
      if (s === undefined)
        throw new Error(
          `${id}.parquet: ${statusColumn(m.id)} has an unknown status ${String(rawStatus[from])}`,
        );
      status[r] = s;
    }
    return { meta: m, values, status };
  });
  return {
    meta,
    metaSha256: metaFile.sha256,
    parquetSha256,
    parquetPath,
    parquetSize,
    rows,
    dimensions,
    measures,
  };
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

const everyRow = new WeakMap<LoadedTable, Uint32Array>();

/**
 * The rows whose code is one of the wanted ones on every filtered dimension
 * (a dimension without a filter takes every code), in the table's order.
 * Starts from the rows of the most selective filter and checks the others.
 * The answer may be shared: read it, never change it.
 */
export function selectRows(table: LoadedTable, filters: ReadonlyMap<number, readonly number[]>): Uint32Array {
  if (filters.size === 0) {
    let all = everyRow.get(table);
    if (!all) {
      all = new Uint32Array(table.rows);
      for (let r = 0; r < table.rows; r++) all[r] = r;
      everyRow.set(table, all);
    }
    return all;
  }
  const checks = [...filters].map(([d, codes]) => {
    const dimension = table.dimensions[d] as LoadedDimension;
    const wanted = new Uint8Array(dimension.codes.length);
    let size = 0;
    for (const c of codes) {
      wanted[c] = 1;
      size += dimension.rowsOf[c]?.length ?? 0;
    }
    return { dimension, codes, wanted, size };
  });
  checks.sort((a, b) => a.size - b.size);
  const [first, ...rest] = checks as [(typeof checks)[number], ...typeof checks];
  let candidates: Uint32Array;
  if (first.codes.length === 1) candidates = first.dimension.rowsOf[first.codes[0] as number] as Uint32Array;
  else {
    candidates = new Uint32Array(first.size);
    let at = 0;
    for (const c of first.codes) {
      const rows = first.dimension.rowsOf[c] as Uint32Array;
      candidates.set(rows, at);
      at += rows.length;
    }
    candidates.sort();
  }
  if (rest.length === 0) return candidates;
  const hits = new Uint32Array(candidates.length);
  let n = 0;
  rows: for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i] as number;
    for (const check of rest) if (check.wanted[check.dimension.column[r] as number] === 0) continue rows;
    hits[n++] = r;
  }
  return hits.subarray(0, n);
}
