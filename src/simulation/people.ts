/**
 * Who the simulated people are: names from faker's Dutch (`nl`) lists, drawn
 * with the simulator's own seeded generator; birth dates by age band; a BSN
 * for most (unique, passing the eleven-test), none for a few (foreign
 * nationals without one).
 */
import { completeBsn } from '../identity/index.ts';
import { addYears } from './calendar.ts';
import { FEMALE_FIRST_NAMES, GENERIC_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } from './dutch.ts';
import { type Rng, WeightedPicker, weighted } from './rng.ts';

/** Dutch surname prefixes (tussenvoegsels) and how often a surname carries one. */
const TUSSENVOEGSEL_SHARE = 0.25;
const TUSSENVOEGSELS = new WeightedPicker<string>([
  ['de', 35],
  ['van', 25],
  ['van der', 12],
  ['van den', 8],
  ['van de', 8],
  ['van het', 3],
  ['ter', 3],
  ["in 't", 2],
  ['den', 2],
  ['te', 2],
]);
/** A surname written with its tussenvoegsel starts with it, in lower case (de Vries, van den Berg). */
export const hasPrefix = (surname: string) => /^[a-z']/.test(surname);

const GIVEN_NAME_COUNT = weighted({ '1': 40, '2': 45, '3': 15 });

export interface Identity {
  surname: string;
  givenNames: string;
  gender: 'M' | 'V';
}

export function randomIdentity(maleShare: number, rng: Rng): Identity {
  const gender = rng.chance(maleShare) ? 'M' : 'V';
  const names = gender === 'M' ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES;
  const count = Number(GIVEN_NAME_COUNT.pick(rng));
  const given: string[] = [];
  while (given.length < count) {
    const name = rng.chance(0.03) ? rng.pick(GENERIC_FIRST_NAMES) : rng.pick(names);
    if (!given.includes(name)) given.push(name);
  }
  const base = rng.pick(SURNAMES);
  const prefix = rng.chance(TUSSENVOEGSEL_SHARE) ? TUSSENVOEGSELS.pick(rng) : undefined;
  // A surname of the list may carry its prefix already ("van der Meulen", written from its lower-case
  // prefix): a second one would make "de van der Meulen". The draws stay the same either way, so
  // every other person of a seed keeps the name they had.
  const surname = prefix && !hasPrefix(base) ? `${prefix} ${base}` : base;
  return { surname, givenNames: given.join(' '), gender };
}

/** A birth day such that the person is `age` (whole years) on `day`. */
export function birthDayForAge(age: number, day: number, rng: Rng): number {
  const latest = addYears(day, -age); // turned `age` exactly on this day
  const earliest = addYears(day, -age - 1) + 1;
  return rng.int(earliest, latest);
}

/** Age bands of adults at their first admission in the simulation (GW, TBS). */
export const ADULT_AGE = new WeightedPicker<readonly [number, number]>([
  [[18, 24], 22],
  [[25, 34], 33],
  [[35, 44], 22],
  [[45, 54], 15],
  [[55, 72], 8],
]);

/**
 * Age of a juvenile at admission to a JJI: mostly 15–17; the adolescent
 * criminal law brings some of 18–22; 12 is the age of criminal responsibility.
 */
export const JUVENILE_AGE = new WeightedPicker<number>([
  [12, 1],
  [13, 3],
  [14, 8],
  [15, 16],
  [16, 26],
  [17, 30],
  [18, 8],
  [19, 5],
  [20, 3],
]);

/**
 * A BSN for the person with this serial, unique across serials: the 8-digit
 * prefix is a bijective scramble of (serial × 4 + attempt), so two serials
 * never share a prefix; the check digit comes from the eleven-test. Returns
 * undefined in the rare case (about 1 in 14,000) that four prefixes in a row
 * have no valid check digit.
 */
export function bsnForSerial(serial: number): string | undefined {
  for (let attempt = 0; attempt < 4; attempt++) {
    const n = serial * 4 + attempt;
    const prefix = 10_000_000 + ((n * BSN_MULTIPLIER) % BSN_RANGE);
    const bsn = completeBsn(String(prefix));
    if (bsn !== undefined) return bsn;
  }
  return undefined;
}
/** 60,000,000 = 2^8 · 3 · 5^7; the multiplier is coprime to it, so the scramble is a bijection. */
const BSN_RANGE = 60_000_000;
const BSN_MULTIPLIER = 7_919_263;
