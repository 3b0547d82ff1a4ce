/**
 * What simulated people are detained for: law articles from the reference
 * data, drawn by offence category with a mix that depends on the sanction.
 * Serious violent and sexual offences (the BIJ-relevant ones, art. 11a BJSG)
 * are rare in short stays and common in long sentences and TBS.
 */
import type { OffenceCategory } from '../reference/index.ts';
import { dayOf, isoDate } from './calendar.ts';
import { type Rng, type WeightedPicker, weighted } from './rng.ts';

/** The sanction context an offence is drawn for. */
export type OffenceMix =
  | 'pre-trial-released'
  | 'short'
  | 'medium'
  | 'long'
  | 'substitute'
  | 'juvenile'
  | 'pij'
  | 'tbs';

const MIX_WEIGHTS: Readonly<Record<OffenceMix, Readonly<Partial<Record<OffenceCategory, number>>>>> = {
  'pre-trial-released': {
    property: 34,
    violent: 25,
    drugs: 15,
    'serious-violent': 8,
    sexual: 5,
    'public-order': 8,
    arson: 2,
    other: 3,
  },
  short: {
    property: 42,
    violent: 20,
    drugs: 12,
    'public-order': 12,
    other: 10,
    'serious-violent': 2,
    sexual: 1,
    arson: 1,
  },
  medium: {
    property: 31,
    violent: 28,
    drugs: 22.5,
    'serious-violent': 5,
    sexual: 3.5,
    other: 6,
    arson: 2,
    'public-order': 2,
  },
  long: {
    'serious-violent': 17,
    sexual: 9,
    drugs: 31,
    property: 17,
    violent: 19,
    arson: 4,
    other: 3,
  },
  substitute: { property: 35, 'public-order': 20, other: 35, drugs: 10 },
  juvenile: {
    property: 35,
    violent: 25,
    'serious-violent': 15,
    sexual: 7,
    drugs: 8,
    'public-order': 7,
    arson: 3,
  },
  pij: { 'serious-violent': 50, sexual: 25, violent: 15, arson: 10 },
  tbs: { 'serious-violent': 55, sexual: 25, arson: 10, violent: 10 },
};

/** The categories BIJ is about (art. 11a BJSG): what the demo's boost makes more frequent. */
const SERIOUS: readonly OffenceCategory[] = ['serious-violent', 'sexual'];

/** The mixes, with the serious categories' weights multiplied by `boost` (1 keeps the calibration). */
function mixes(boost: number): Record<OffenceMix, WeightedPicker<OffenceCategory>> {
  const entries = Object.entries(MIX_WEIGHTS).map(([mix, weights]) => {
    const boosted = Object.fromEntries(
      Object.entries(weights).map(([category, w]) => [
        category,
        SERIOUS.includes(category as OffenceCategory) ? (w as number) * boost : w,
      ]),
    ) as Record<OffenceCategory, number>;
    return [mix, weighted(boosted)];
  });
  return Object.fromEntries(entries) as Record<OffenceMix, WeightedPicker<OffenceCategory>>;
}

/** Categories of a second or third offence in the same case: never more serious than the first. */
const EXTRA = weighted({ property: 35, violent: 20, 'public-order': 20, drugs: 15, other: 10 });

/** The mix for a prison sentence of this many days. */
export function mixForSentence(sentenceDays: number): OffenceMix {
  if (sentenceDays < 90) return 'short';
  if (sentenceDays < 365) return 'medium';
  return 'long';
}

/** A law article as the reference data has it: its numbering may be in force for a period only. */
export interface OffenceVersion {
  code: string;
  category: string;
  validFrom?: string | null;
  validUntil?: string | null;
}

interface Numbering {
  byCategory: Map<string, string[]>;
  all: string[];
}

/**
 * Draws law articles in force on a date: a case of 2023 gets the numbering of
 * 2023 (title XIV of the Sr was renumbered on 2024-07-01).
 */
export class OffencePicker {
  readonly #versions: readonly OffenceVersion[];
  /** The days on which some numbering begins or ends, ascending. */
  readonly #boundaries: number[];
  readonly #numberings = new Map<number, Numbering>();
  readonly #mixes: Record<OffenceMix, WeightedPicker<OffenceCategory>>;

  /** `seriousBoost` multiplies the weight of serious violent and sexual offences (the demo's, see presets.ts). */
  constructor(offences: readonly OffenceVersion[], seriousBoost = 1) {
    if (offences.length === 0) throw new RangeError('the reference catalog has no law articles');
    if (!(seriousBoost > 0)) throw new RangeError('the boost of serious offences is a positive number');
    this.#versions = offences;
    this.#mixes = mixes(seriousBoost);
    const days = new Set<number>();
    for (const o of offences) {
      if (o.validFrom) days.add(dayOf(o.validFrom));
      if (o.validUntil) days.add(dayOf(o.validUntil));
    }
    this.#boundaries = [...days].sort((a, b) => a - b);
  }

  /** The articles in force on `day`, by category (cached per stretch between two boundaries). */
  #numberingOn(day: number): Numbering {
    let segment = 0;
    while (segment < this.#boundaries.length && (this.#boundaries[segment] as number) <= day) segment++;
    let numbering = this.#numberings.get(segment);
    if (numbering) return numbering;
    const date = isoDate(day);
    const byCategory = new Map<string, string[]>();
    const all: string[] = [];
    for (const o of this.#versions) {
      if ((o.validFrom && o.validFrom > date) || (o.validUntil && o.validUntil <= date)) continue;
      const list = byCategory.get(o.category) ?? [];
      list.push(o.code);
      byCategory.set(o.category, list);
      all.push(o.code);
    }
    numbering = { byCategory, all };
    this.#numberings.set(segment, numbering);
    return numbering;
  }

  #pickIn(numbering: Numbering, category: string, rng: Rng): string {
    const list = numbering.byCategory.get(category);
    return rng.pick(list && list.length > 0 ? list : numbering.all);
  }

  /** One to three law articles in force on `day`; the first decides how serious the case is. */
  pick(mix: OffenceMix, rng: Rng, day: number): { offences: string[]; category: OffenceCategory } {
    const numbering = this.#numberingOn(day);
    const category = this.#mixes[mix].pick(rng);
    const offences = [this.#pickIn(numbering, category, rng)];
    const extra = rng.chance(0.3) ? (rng.chance(0.2) ? 2 : 1) : 0;
    for (let i = 0; i < extra; i++) {
      const code = this.#pickIn(numbering, EXTRA.pick(rng), rng);
      if (!offences.includes(code)) offences.push(code);
    }
    return { offences, category };
  }
}
