/**
 * Reads one published table (its `<id>.json` and `<id>.parquet`) with DuckDB
 * into the compact columns of opendata-model.ts, sorted in display order,
 * with the rows of each code listed so that a filter is a scan over small
 * integers.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { type LoadedDimension, type LoadedMeasure, type LoadedTable, STATUSES } from './opendata-model.ts';
import { statusColumn, type TableMeta, valueColumn } from './published.ts';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A JSON file's value and the SHA-256 of its bytes. */
export function readJson<T>(file: string): { value: T; sha256: string } {
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

export async function loadTable(db: DuckDBConnection, dir: string, id: string): Promise<LoadedTable> {
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
