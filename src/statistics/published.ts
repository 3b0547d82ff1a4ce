/**
 * What `das build` publishes and the open-data API and dashboard serve: a
 * release folder with, per table, `<id>.parquet` (the observations) and
 * `<id>.json` (its metadata, below), plus `catalog.json` listing the tables
 * and `manifest.json` with the SHA-256 of every file. A table is a cube: one
 * row per combination of its dimensions' codes, totals included (code
 * `T`), and per measure a value and a status. Every published count has been
 * through disclosure control (src/statistics/disclosure.ts).
 */

export const THEMES = [
  'opsporing',
  'vervolging',
  'berechting',
  'tenuitvoerlegging',
  'recidive',
  'ketenstroom',
] as const;
export type Theme = (typeof THEMES)[number];

/** The code of a dimension's total. */
export const TOTAL = 'T';

export interface DimensionCode {
  code: string;
  title: string;
}

export interface Dimension {
  id: string;
  title: string;
  description: string;
  /** In display order; the total (`T`) first. */
  codes: readonly DimensionCode[];
}

export interface Measure {
  id: string;
  title: string;
  unit: 'aantal' | 'dagen' | 'procent';
  decimals: number;
  description: string;
}

/**
 * Why a value is not published: `suppressed` below the minimum count (CBS
 * symbol "x"), `not-applicable` where the figure has no meaning (".").
 */
export type ValueStatus = 'published' | 'suppressed' | 'not-applicable';

export interface TableMeta {
  id: string;
  title: string;
  theme: Theme;
  /** One paragraph: what the table shows. */
  summary: string;
  /** The anchor of its definition in docs/definitions.md. */
  definition: string;
  dimensions: readonly Dimension[];
  measures: readonly Measure[];
  /** Which partners' data it is made from. */
  sources: readonly string[];
  licence: 'CC BY 4.0';
  attribution: string;
  release: string;
  rows: number;
}

export interface Catalog {
  release: string;
  builtFrom: string;
  /** Built from simulated deliveries (the demo), not from the chain partners'. */
  synthetic?: boolean;
  tables: readonly { id: string; title: string; theme: Theme; summary: string; rows: number }[];
}

/** Column names in a table's Parquet file: one per dimension, and per measure a value and a status. */
export const valueColumn = (measure: string) => measure;
export const statusColumn = (measure: string) => `${measure}__status`;
