/**
 * The open-data API's view of a published release in memory: each table as
 * compact columns of code indexes and values, which the store loads, the
 * selection filters and the renderers write out. Types only, and the few
 * constants they are read with.
 */
import type { Catalog, Dimension, Measure, TableMeta, ValueStatus } from './published.ts';

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
