/**
 * The chain's elementary draws from the part's random stream: counts, lead
 * times, places, a new person, when a crime was committed.
 */
import { sknFromSerial } from '../../identity/index.ts';
import { addYears, isoDate } from '../calendar.ts';
import { bsnForSerial, randomIdentity } from '../people.ts';
import {
  SEX_OTHER_SHARE,
  SUSPECT_AGE,
  SUSPECT_BSN_SHARE,
  SUSPECT_MALE_SHARE,
  SUSPECT_RESIDENCE_SHARE,
} from './calibration.ts';
import type { ChainContext } from './context.ts';
import { LAST_SERIAL } from './numbers.ts';
import { clampRound, type Person, type Residence, residenceOn } from './records.ts';

export function poisson(ctx: ChainContext, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) return ctx.rng.poisson(mean);
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * ctx.rng.normal()));
}

export function lead(ctx: ChainContext, median: number, sigma: number, min: number, max: number): number {
  return clampRound(ctx.rng.logNormal(median, sigma), min, max);
}

export function logUniform(ctx: ChainContext, lo: number, hi: number): number {
  return Math.round(Math.exp(ctx.rng.between(Math.log(lo), Math.log(hi))));
}

/** A municipality valid on `day` (the first the reference data knows, before its first day). */
export function municipalityOn(ctx: ChainContext, day: number): string {
  const m = ctx.municipalities;
  const picked = m.pickOn(Math.max(day, m.earliestDay), ctx.rng);
  if (!picked) throw new Error('simulation error: no municipality');
  return picked.code;
}

export function postalCode(ctx: ChainContext): string {
  const rng = ctx.rng;
  return `${rng.int(1000, 9999)}${String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25))}`;
}

/**
 * Someone not detained in the simulation: a new SKN, and an address most of
 * the time. Of a suspect's age on `day`, or of `age`.
 */
export function newPerson(ctx: ChainContext, day: number, age?: number): Person {
  if (ctx.part !== 'background') throw new Error('simulation error: a new person outside the background');
  const rng = ctx.rng;
  const serial = ctx.numbers.nextSerial();
  if (serial > LAST_SERIAL) {
    throw new RangeError(
      'the chain has used every SKN serial it may: simulate a smaller scale or fewer years',
    );
  }
  const identity = randomIdentity(SUSPECT_MALE_SHARE, rng);
  if (age === undefined) {
    const [lo, hi] = SUSPECT_AGE.pick(rng);
    age = rng.int(lo, hi);
  }
  const birthDay = addYears(day, -age - 1) + 1 + rng.int(0, 364);
  const bsn = rng.chance(SUSPECT_BSN_SHARE) ? (bsnForSerial(serial) ?? null) : null;
  const addresses: Residence[] = rng.chance(SUSPECT_RESIDENCE_SHARE)
    ? [
        {
          from: Number.NEGATIVE_INFINITY,
          municipality: municipalityOn(ctx, day),
          postalCode: postalCode(ctx),
        },
      ]
    : [];
  return {
    skn: sknFromSerial(serial),
    bsn,
    surname: identity.surname,
    birthDate: isoDate(birthDay),
    sex: rng.chance(SEX_OTHER_SHARE) ? 'O' : identity.gender,
    addresses,
    detention: undefined,
  };
}

/** Where the crime was committed: often where the suspect lives. */
export function crimeMunicipality(ctx: ChainContext, person: Person, day: number): string {
  const residence = residenceOn(person, day);
  if (residence && ctx.rng.chance(0.6) && ctx.municipalities.isValidOn(residence.municipality, day)) {
    return residence.municipality;
  }
  return municipalityOn(ctx, day);
}

/** The day the crime was committed, before its registration; -1 when not known. */
export function committedDay(ctx: ChainContext, registered: number): number {
  const rng = ctx.rng;
  const r = rng.float();
  if (r < 0.55) return registered;
  if (r < 0.85) return registered - rng.int(1, 7);
  if (r < 0.95) return registered - lead(ctx, 30, 1, 8, 730);
  return -1;
}
