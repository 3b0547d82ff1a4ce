/**
 * The chain's number schemes: SKN serials of the background's persons,
 * registration numbers and parketnummers. Each part (detention, background)
 * has its own half of each year's numbers, scrambled so that the numbers show
 * no order, and the two parts never share one whichever runs first.
 */
import { yearOf } from '../calendar.ts';
import { PARKET_CODES } from '../engine-model.ts';
import type { Rng } from '../rng.ts';
import type { ChainPart } from './records.ts';

/** Background SKN serials: apart from the detention persons', which count up from 1,000,000. */
export const FIRST_BACKGROUND_SERIAL = 6_000_000;
export const LAST_SERIAL = 9_999_999;
/**
 * The chain's parketnummers: 200000–999999 (the engine's count up from
 * 100001), in a scrambled order, the detention part's and the background's
 * interleaved (see ChainNumbers.parketnummer).
 */
export const FIRST_CHAIN_CASE = 200_000;
const CHAIN_CASES = 800_000;
/** Coprime to CHAIN_CASES: n ↦ n × this (mod CHAIN_CASES) is a bijection. */
const CASE_SCRAMBLE = 123_457;
/** Registration numbers: eight digits, scrambled the same way. */
const REGISTRATIONS = 100_000_000;
const REGISTRATION_SCRAMBLE = 37_957_913;

export class ChainNumbers {
  readonly #part: ChainPart;
  /** Draws the office of a parketnummer: the part's own random stream. */
  readonly #rng: Rng;
  #nextSerial = FIRST_BACKGROUND_SERIAL;
  readonly #registrationCounters = new Map<number, number>();
  readonly #caseCounters = new Map<number, number>();
  #lastRegistrationDay = Number.NaN;
  #lastRegistrationPrefix = '';
  #lastRegistrationYear = 0;

  constructor(part: ChainPart, rng: Rng) {
    this.#part = part;
    this.#rng = rng;
  }

  /** The next background SKN serial. */
  nextSerial(): number {
    return this.#nextSerial++;
  }

  /** Background serials handed out so far. */
  get serialsUsed(): number {
    return this.#nextSerial - FIRST_BACKGROUND_SERIAL;
  }

  /** The next registration id of the year of `day`, `PL-<year>-<number>`. */
  registrationId(day: number): string {
    if (day !== this.#lastRegistrationDay) {
      const year = yearOf(day);
      this.#lastRegistrationDay = day;
      this.#lastRegistrationPrefix = `PL-${year}-`;
      this.#lastRegistrationYear = year;
    }
    return `${this.#lastRegistrationPrefix}${this.registrationNumber(this.#lastRegistrationYear)}`;
  }

  /**
   * The next registration number of a year, eight digits: the k-th of a part
   * is number 2k (detention part) or 2k + 1 (background), scrambled, so the
   * two parts never share one and the numbers show no order.
   */
  registrationNumber(year: number): string {
    const k = this.#registrationCounters.get(year) ?? 0;
    const n = 2 * k + (this.#part === 'detention' ? 0 : 1);
    if (n >= REGISTRATIONS) throw new RangeError(`more than ${REGISTRATIONS / 2} registrations in ${year}`);
    this.#registrationCounters.set(year, k + 1);
    return String(REGISTRATIONS + ((n * REGISTRATION_SCRAMBLE) % REGISTRATIONS)).slice(1);
  }

  /** A parketnummer for a case that came in at the OM on `inflow`, numbered like registrations. */
  parketnummer(inflow: number): string {
    const year = yearOf(inflow);
    const k = this.#caseCounters.get(year) ?? 0;
    const n = 2 * k + (this.#part === 'detention' ? 0 : 1);
    if (n >= CHAIN_CASES) {
      throw new RangeError('the chain has used every parketnummer of a year: simulate a smaller scale');
    }
    this.#caseCounters.set(year, k + 1);
    const office = this.#rng.pick(PARKET_CODES);
    const number = FIRST_CHAIN_CASE + ((n * CASE_SCRAMBLE) % CHAIN_CASES);
    return `${office}/${number}-${String(year % 100).padStart(2, '0')}`;
  }
}
