/**
 * What simulated people are detained for: law articles from the reference
 * data, drawn by offence category with a mix that depends on the sanction.
 * Serious violent and sexual offences (the BIJ-relevant ones, art. 11a BJSG)
 * are rare in short stays and common in long sentences and TBS.
 */
import type { OffenceCategory } from '../reference/index.ts';
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

const MIXES: Readonly<Record<OffenceMix, WeightedPicker<OffenceCategory>>> = {
  'pre-trial-released': weighted({
    property: 34,
    violent: 25,
    drugs: 15,
    'serious-violent': 8,
    sexual: 5,
    'public-order': 8,
    arson: 2,
    other: 3,
  }),
  short: weighted({
    property: 42,
    violent: 20,
    drugs: 12,
    'public-order': 12,
    other: 10,
    'serious-violent': 2,
    sexual: 1,
    arson: 1,
  }),
  medium: weighted({
    property: 30,
    violent: 22,
    drugs: 22,
    'serious-violent': 10,
    sexual: 6,
    other: 6,
    arson: 2,
    'public-order': 2,
  }),
  long: weighted({
    'serious-violent': 30,
    sexual: 14,
    drugs: 26,
    property: 14,
    violent: 10,
    arson: 4,
    other: 2,
  }),
  substitute: weighted({ property: 35, 'public-order': 20, other: 35, drugs: 10 }),
  juvenile: weighted({
    property: 35,
    violent: 25,
    'serious-violent': 15,
    sexual: 7,
    drugs: 8,
    'public-order': 7,
    arson: 3,
  }),
  pij: weighted({ 'serious-violent': 50, sexual: 25, violent: 15, arson: 10 }),
  tbs: weighted({ 'serious-violent': 55, sexual: 25, arson: 10, violent: 10 }),
};

/** Categories of a second or third offence in the same case: never more serious than the first. */
const EXTRA = weighted({ property: 35, violent: 20, 'public-order': 20, drugs: 15, other: 10 });

/** The mix for a prison sentence of this many days. */
export function mixForSentence(sentenceDays: number): OffenceMix {
  if (sentenceDays < 90) return 'short';
  if (sentenceDays < 365) return 'medium';
  return 'long';
}

export class OffencePicker {
  readonly #byCategory = new Map<string, string[]>();
  readonly #all: string[];

  constructor(offences: readonly { code: string; category: string }[]) {
    for (const offence of offences) {
      const list = this.#byCategory.get(offence.category) ?? [];
      list.push(offence.code);
      this.#byCategory.set(offence.category, list);
    }
    this.#all = offences.map((o) => o.code);
    if (this.#all.length === 0) throw new RangeError('the reference catalog has no law articles');
  }

  #pickIn(category: string, rng: Rng): string {
    const list = this.#byCategory.get(category);
    return rng.pick(list && list.length > 0 ? list : this.#all);
  }

  /** One to three law articles; the first decides how serious the case is. */
  pick(mix: OffenceMix, rng: Rng): { offences: string[]; category: OffenceCategory } {
    const category = MIXES[mix].pick(rng);
    const offences = [this.#pickIn(category, rng)];
    const extra = rng.chance(0.3) ? (rng.chance(0.2) ? 2 : 1) : 0;
    for (let i = 0; i < extra; i++) {
      const code = this.#pickIn(EXTRA.pick(rng), rng);
      if (!offences.includes(code)) offences.push(code);
    }
    return { offences, category };
  }
}
