/**
 * Disclosure control on every published cell (docs/definitions.md,
 * "Geheimhouding"). Counts go through three steps:
 *
 * 1. A minimum count: a cell of 1 to MIN_COUNT - 1 records is not published
 *    (status `suppressed`, CBS symbol "x"); an empty cell is published as 0.
 * 2. The cell key method (as ABS TableBuilder and Destatis use it): every
 *    record carries a random record key in [0, 1); a cell's key is the
 *    fractional part of the sum of its records' keys, and picks the noise
 *    from a fixed table. The same records give the same cell key, so a cell
 *    has the same value in every table and every filter: asking again or
 *    from another angle does not average the noise away, and a total minus
 *    its published parts does not give back a suppressed cell.
 * 3. Rounding to a multiple of ROUNDING_BASE.
 *
 * Shares (percentages) are computed from the published counts and withheld
 * when the denominator is below MIN_DENOMINATOR or the numerator would be
 * suppressed; medians and percentiles of lead times only from cells of at
 * least MIN_DISTRIBUTION records.
 */
import type { ValueStatus } from './published.ts';

export const MIN_COUNT = 5;
export const ROUNDING_BASE = 5;
export const MIN_DENOMINATOR = 20;
export const MIN_DISTRIBUTION = 10;

/** The noise by cell key: 0 half the time, ±1 40%, ±2 10%. */
const PTABLE: readonly [upTo: number, noise: number][] = [
  [0.05, -2],
  [0.25, -1],
  [0.75, 0],
  [0.95, 1],
  [1, 2],
];
/** The largest noise the table can add or take; the differencing test relies on it being known. */
export const MAX_NOISE = 2;

export function noise(cellKey: number): number {
  for (const [upTo, value] of PTABLE) if (cellKey < upTo) return value;
  return MAX_NOISE;
}

export interface Published {
  value: number | null;
  status: ValueStatus;
}

/** A count of `n` records whose record keys sum to `keySum`, as it may be published. */
export function publishCount(n: number, keySum: number): Published {
  if (n === 0) return { value: 0, status: 'published' };
  if (n < MIN_COUNT) return { value: null, status: 'suppressed' };
  const cellKey = keySum - Math.floor(keySum);
  const perturbed = Math.max(0, n + noise(cellKey));
  return {
    value: Math.max(ROUNDING_BASE, Math.round(perturbed / ROUNDING_BASE) * ROUNDING_BASE),
    status: 'published',
  };
}

/** A percentage of two published counts (true counts decide whether it may be shown at all). */
export function publishShare(
  part: { n: number; published: Published },
  whole: { n: number; published: Published },
  decimals = 1,
): Published {
  if (
    whole.n < MIN_DENOMINATOR ||
    part.published.status !== 'published' ||
    whole.published.status !== 'published'
  )
    return { value: null, status: 'suppressed' };
  const denominator = whole.published.value ?? 0;
  if (denominator === 0) return { value: null, status: 'suppressed' };
  const factor = 10 ** decimals;
  const share = Math.min(100, ((part.published.value ?? 0) / denominator) * 100);
  return { value: Math.round(share * factor) / factor, status: 'published' };
}

/** A median or percentile of `n` values, in whole days. */
export function publishDistribution(n: number, value: number | null): Published {
  if (n < MIN_DISTRIBUTION || value === null)
    return { value: null, status: n === 0 ? 'not-applicable' : 'suppressed' };
  return { value: Math.round(value), status: 'published' };
}

export const NOT_APPLICABLE: Published = { value: null, status: 'not-applicable' };

/**
 * What an attacker can know of a count's true value from its published one:
 * the true count lies in [low, high]. Used by the differencing test, and a
 * statement of the method: rounding hides ROUNDING_BASE / 2 either way, the
 * noise MAX_NOISE more.
 */
export function trueRange(published: Published): [number, number] {
  if (published.status !== 'published' || published.value === null) return [0, Number.POSITIVE_INFINITY];
  if (published.value === 0) return [0, 0];
  const half = Math.floor(ROUNDING_BASE / 2);
  return [Math.max(MIN_COUNT, published.value - half - MAX_NOISE), published.value + half + MAX_NOISE];
}
