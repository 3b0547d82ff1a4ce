/**
 * How the chain's rows are written: one CSV line per row, cells encoded as
 * the deliveries are read (src/statistics/deliveries.ts).
 */
import type { DeliveryName } from '../../statistics/index.ts';
import { isoDate } from '../calendar.ts';

/**
 * Where the rows go: one call per row, as a CSV line (without its line end)
 * of the delivery's columns in order: comma-separated, empty for null, dates
 * `YYYY-MM-DD`, booleans `true`/`false`, text quoted only when it holds a
 * comma, a quote or a line break (see `csvText`).
 */
export interface ChainSink {
  line(delivery: DeliveryName, text: string): void;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell of a CSV line: quoted when it holds a comma, a quote or a line break, or is empty. */
export function csvText(value: string | null): string {
  if (value === null) return '';
  return NEEDS_QUOTES.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A whole number cell (empty for null). */
export function csvNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

/** A date cell (empty for a day before 0: not known). */
export function csvDate(day: number): string {
  return day < 0 ? '' : isoDate(day);
}
