/**
 * How the embedded store turns PostgreSQL values into JavaScript, shared by
 * the in-process PGlite and the one in a worker thread (functions cannot be
 * sent to a worker, so both import them from here).
 */
import { types } from '@electric-sql/pglite';

/** Calendar dates stay `YYYY-MM-DD` strings: a JS Date would shift them by the time zone. */
export const keepString = (value: string) => value;
/** Our bigint columns are counters and ids far below 2^53. */
export const toNumber = (value: string) => Number(value);

export const pgliteParsers = {
  [types.INT8]: toNumber,
  [types.DATE]: keepString,
  [types.NUMERIC]: toNumber,
};
