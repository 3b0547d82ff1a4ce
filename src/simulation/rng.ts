/**
 * Seeded randomness for the simulator. Everything random in the simulation
 * goes through an `Rng`, so one seed gives one output, byte for byte; never
 * `Math.random` or faker's own random functions.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

export class Rng {
  readonly #generator: JumpableRandomGenerator;
  #spareNormal: number | undefined;

  private constructor(generator: JumpableRandomGenerator) {
    this.#generator = generator;
  }

  static fromSeed(seed: number): Rng {
    return new Rng(xoroshiro128plus(seed | 0));
  }

  /**
   * An independent stream: a copy of this one moved 2^64 draws ahead, so the
   * two never overlap. `n` selects the n-th such stream.
   */
  fork(n: number): Rng {
    const generator = this.#generator.clone();
    for (let i = 0; i < n; i++) generator.jump();
    return new Rng(generator);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.#generator);
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + this.float() * (max - min);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Standard normal (Marsaglia's polar method). */
  normal(): number {
    const spare = this.#spareNormal;
    if (spare !== undefined) {
      this.#spareNormal = undefined;
      return spare;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = this.float() * 2 - 1;
      v = this.float() * 2 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    this.#spareNormal = v * factor;
    return u * factor;
  }

  /** Log-normal with the given median and shape (sigma of the underlying normal). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.float()) * mean;
  }

  /** Poisson-distributed count with the given mean (Knuth; fine for small means). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let product = this.float();
    let count = 0;
    while (product > limit) {
      count++;
      product *= this.float();
    }
    return count;
  }
}

/** Picks items in proportion to their weights (cumulative table, binary search). */
export class WeightedPicker<T> {
  readonly items: readonly T[];
  readonly #cumulative: Float64Array;
  readonly #total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    const kept = entries.filter(([, weight]) => weight > 0);
    if (kept.length === 0) throw new RangeError('a weighted picker needs at least one positive weight');
    this.items = kept.map(([item]) => item);
    this.#cumulative = new Float64Array(kept.length);
    let total = 0;
    kept.forEach(([, weight], i) => {
      total += weight;
      this.#cumulative[i] = total;
    });
    this.#total = total;
  }

  pick(rng: Rng): T {
    const target = rng.float() * this.#total;
    const cumulative = this.#cumulative;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

/** A weighted picker over a record of weights: `weighted({ a: 2, b: 1 })`. */
export function weighted<K extends string>(weights: Readonly<Record<K, number>>): WeightedPicker<K> {
  return new WeightedPicker(Object.entries(weights) as [K, number][]);
}
