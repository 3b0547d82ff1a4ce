/**
 * The chain partners' deliveries (src/statistics/deliveries.ts), simulated:
 * Politie (registered crimes and their suspects), OM (cases and decisions),
 * Rechtspraak (verdicts) and CJIB (executions), for the same persons and cases
 * as the detention events, plus the much larger part of the chain that never
 * reaches detention. See docs/simulation.md, "Chain extracts".
 *
 * Two sources of cases:
 *
 * - **Detention cases.** The generator watches the engine's events as they
 *   happen (an `EventObserver`, before source mistakes) and keeps each open
 *   detention case (admission → release) in memory. When the case closes it
 *   writes its whole history, fitted around the detention dates: the police
 *   registration and suspect before it, the OM case (parketnummer of the
 *   admission's title, inflow in the year of the parketnummer), the verdict
 *   (the title's sentence; for a pre-trial admission the judgment is the first
 *   change of the planned end date) and the CJIB executions (prison, TBS, PIJ:
 *   from admission to release).
 * - **Background cases**, day by day: registered crimes without a known
 *   suspect, and cleared ones whose suspect is a new person (SKN serials from
 *   6,000,000, apart from the detention persons' from 1,000,000) or someone
 *   offending again (a career: after each case a person may come back, more
 *   often after prison or a community service than after a fine). Each case is
 *   drawn whole when it is registered: lead times, the OM decision, the
 *   verdict and its sanctions, the executions and payments. The background
 *   starts two years before the period, so that the cases in progress on its
 *   first day are there; a case that ended before the period is not written.
 *   Sentences whose detention would start after the period (the engine does
 *   not make them) are drawn too, for their history before its end.
 *
 * The two are independent parts (ChainPart), each with its own random stream
 * and its own half of the registration numbers and parketnummers, so the
 * background can be made in a worker thread while the run goes
 * (chain-writer.ts) and the rows are the same either way.
 *
 * Every fact dated on or after the period's end is left out (the extract is
 * taken then): a decision or verdict still to come is empty or absent, an
 * execution still running has no end. Same seed and options, same rows, byte
 * for byte; the chain draws from its own random stream, so the events do not
 * change when it runs.
 */
import { sknFromSerial } from '../identity/index.ts';
import type { DeliveryName, ExecutedSanction, OmDecision, VerdictOutcome } from '../statistics/deliveries.ts';
import {
  DELIVERY_NAMES,
  EXECUTED_SANCTIONS,
  OM_DECISIONS,
  VERDICT_OUTCOMES,
} from '../statistics/deliveries.ts';
import { addYears, dayOf, dayOfMoment, isoDate, yearOf } from './calendar.ts';
import { type EventObserver, PARKET_CODES } from './engine.ts';
import { drawJuvenileCase, drawPrisonBeforeTbs, drawPrisonCase, servedDays } from './episodes.ts';
import type { Sector, SimEvent, SimTitle, Source, TitleKind } from './model.ts';
import { type OffenceMix, OffencePicker } from './offences.ts';
import { ADULT_AGE, bsnForSerial, JUVENILE_AGE, randomIdentity } from './people.ts';
import { Municipalities, type SimulationCatalog } from './places.ts';
import { NATIONAL, type ResolvedOptions } from './presets.ts';
import { Agenda, type Scheduled } from './queue.ts';
import { Rng, WeightedPicker, weighted } from './rng.ts';

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
function csvNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

function csvDate(day: number): string {
  return day < 0 ? '' : isoDate(day);
}

// ---------------------------------------------------------------------------
// Calibration

/** National volumes a year at scale 1, and the shares the chain is drawn with. */
export interface ChainCalibration {
  /** Registered crimes (CBS StatLine, geregistreerde misdrijven: about 800,000 in 2023). */
  registeredCrimesPerYear: number;
  /** Registered crimes by CBS SCM main group (shares, summing to 1). */
  scmMix: Readonly<Record<string, number>>;
  /** Share of the registrations of a main group with a known suspect (clearance; about 25% over all groups). */
  clearance: Readonly<Record<string, number>>;
  /** Share of cleared registrations with a second suspect. */
  coSuspectShare: number;
  /** Share of suspects whose case the police send to the OM (the rest: settled by the police, HALT, not pursued). */
  toOmShare: number;
  /** OM cases a year from other services (FIOD, NVWA, KMar…), without a police registration. */
  otherServicesPerYear: number;
  /**
   * How the OM settles the background cases. The detention cases are nearly
   * all summoned, so the background has fewer summonses than the national mix
   * (technical dismissal 8%, policy dismissal 12%, OM penalty order 25%,
   * summons 50%, joined 5%): together they give it.
   */
  decisionMix: Readonly<Record<OmDecision, number>>;
  /** Share of summoned cases that reach a verdict in first instance (the others are withdrawn or joined at the hearing). */
  verdictShare: number;
  /** Outcomes of background verdicts (national: conviction 90%, acquittal 6%, discharge 4%; detention cases are convictions). */
  outcomeMix: Readonly<Record<VerdictOutcome, number>>;
  /**
   * The principal sanction of background convictions. Detention cases all have
   * unconditional prison (or TBS, PIJ), so the background has less of it than
   * the national 35%: together about 35% prison, 30% community service, 25%
   * fine, 10% conditional only.
   */
  sanctionMix: Readonly<Record<'prison' | 'community-service' | 'fine' | 'conditional', number>>;
  /** Chance of a next registered offence (known suspect) after a case, by what the case ended in. */
  reoffending: Readonly<Record<CareerStep, number>>;
  /** Mean days from the sanction (or release) to the next offence. */
  reoffendingMeanDays: number;
}

type CareerStep =
  | 'released'
  | 'released-juvenile'
  | 'released-tbs'
  | 'prison'
  | 'community-service'
  | 'fine'
  | 'om-penalty-order'
  | 'conditional'
  | 'no-sanction';

export const CHAIN_NATIONAL: ChainCalibration = {
  registeredCrimesPerYear: 800_000,
  // CBS StatLine, Criminaliteit en rechtshandhaving: property crime about half of
  // registered crime, destruction and public order and violent and sexual crime each
  // about 15%, traffic 8%, drugs 5%, (fire)arms 2%.
  scmMix: { '1': 0.5, '2': 0.15, '3': 0.15, '4': 0.05, '5': 0.08, '6': 0.05, '7': 0.02 },
  // Offences found by the police themselves (traffic, drugs, weapons) nearly always have a
  // suspect; burglary and bicycle theft rarely: about 24% over all.
  clearance: { '1': 0.08, '2': 0.14, '3': 0.36, '4': 0.4, '5': 0.7, '6': 0.75, '7': 0.8 },
  coSuspectShare: 0.04,
  toOmShare: 0.86,
  otherServicesPerYear: 9_500,
  decisionMix: {
    'technical-dismissal': 0.095,
    'policy-dismissal': 0.135,
    'om-penalty-order': 0.29,
    summons: 0.42,
    joined: 0.06,
  },
  verdictShare: 0.93,
  outcomeMix: { conviction: 0.875, acquittal: 0.075, discharge: 0.05 },
  sanctionMix: { prison: 0.06, 'community-service': 0.44, fine: 0.34, conditional: 0.16 },
  reoffending: {
    released: 0.5,
    'released-juvenile': 0.45,
    'released-tbs': 0.1,
    prison: 0.55,
    'community-service': 0.58,
    fine: 0.32,
    'om-penalty-order': 0.3,
    conditional: 0.45,
    'no-sanction': 0.3,
  },
  reoffendingMeanDays: 420,
};

/** Law articles within an SCM main group: how often each is registered (1 for an article not listed). */
const ARTICLE_WEIGHTS: Readonly<Record<string, number>> = {
  'Sr 310': 45,
  'Sr 311': 25,
  'Sr 326': 18,
  'Sr 321': 3,
  'Sr 322': 1,
  'Sr 416': 2,
  'Sr 417bis': 1,
  'Sr 420bis': 2,
  'Sr 312': 2,
  'Sr 317': 1,
  'Sr 350': 60,
  'Sr 352': 3,
  'Sr 138': 8,
  'Sr 184': 10,
  'Sr 180': 6,
  'Sr 181': 2,
  'Sr 131': 1,
  'Sr 157': 4,
  'Sr 158': 1,
  'Sr 300': 40,
  'Sr 285': 30,
  'Sr 141': 5,
  'Sr 301': 2,
  'Sr 302': 3,
  'Sr 303': 0.3,
  'Sr 287': 0.3,
  'Sr 288': 0.05,
  'Sr 289': 0.2,
  'Sr 290': 0.01,
  'Sr 291': 0.01,
  'Sr 278': 0.2,
  'Sr 282': 1,
  'Sr 282a': 0.05,
  'Sr 240b': 3,
  'Sr 242': 2,
  'Sr 243': 0.3,
  'Sr 244': 0.3,
  'Sr 245': 1,
  'Sr 246': 3,
  'Sr 247': 1.5,
  'Sr 248': 0.1,
  'Sr 248a': 0.3,
  'Sr 248b': 0.1,
  'Sr 248c': 0.1,
  'Sr 248d': 0.2,
  'Sr 248e': 0.5,
  'Sr 248f': 0.1,
  'Sr 249': 0.5,
  'Sr 250': 0.2,
  'Sr 266': 70,
  'Sr 140': 5,
  'Sr 92': 0.01,
  'WVW 8': 45,
  'WVW 9': 30,
  'WVW 7': 20,
  'WVW 6': 5,
  'Opiumwet 2': 20,
  'Opiumwet 3': 15,
  'Opiumwet 10': 25,
  'Opiumwet 11': 35,
  'Opiumwet 10a': 2,
  'Opiumwet 11a': 3,
  'WWM 26': 60,
  'WWM 55': 40,
};

/** Main groups of the cases other services (FIOD, NVWA, KMar, ILT) bring to the OM. */
const OTHER_SERVICES_MIX: Readonly<Record<string, number>> = {
  '1': 0.6,
  '4': 0.1,
  '5': 0.1,
  '6': 0.12,
  '7': 0.08,
};

/** Age of new suspects at the offence (CBS: most are 18–34; 12 is the age of criminal responsibility). */
const SUSPECT_AGE = new WeightedPicker<readonly [number, number]>([
  [[12, 17], 11],
  [[18, 24], 25],
  [[25, 34], 25],
  [[35, 44], 16],
  [[45, 54], 13],
  [[55, 64], 7],
  [[65, 85], 3],
]);
const SUSPECT_MALE_SHARE = 0.81;
/** Suspects registered with sex O (other or unknown). */
const SEX_OTHER_SHARE = 0.002;
const SUSPECT_BSN_SHARE = 0.92;
const SUSPECT_RESIDENCE_SHARE = 0.95;

/** Community service hours as courts impose them (round numbers, 20–240). */
const SERVICE_HOURS = new WeightedPicker<number>([
  [20, 8],
  [30, 8],
  [40, 16],
  [50, 6],
  [60, 16],
  [80, 14],
  [100, 8],
  [120, 10],
  [140, 3],
  [160, 4],
  [180, 4],
  [200, 4],
  [240, 4],
]);

/** Decisions on a case whose suspect was released from pre-trial detention before trial. */
const AFTER_RELEASE_DECISION = weighted<OmDecision>({
  summons: 0.74,
  'policy-dismissal': 0.07,
  'technical-dismissal': 0.1,
  joined: 0.05,
  'om-penalty-order': 0.04,
});
const AFTER_RELEASE_OUTCOME = weighted<VerdictOutcome>({ conviction: 0.86, acquittal: 0.1, discharge: 0.04 });

/**
 * Registered offences of detention persons after their release (the detention
 * part makes them): per detention case a year once the run is under way, and
 * how fast they build up from its first day (they follow releases). Measured
 * on national-decade; the background leaves room for them among the
 * registrations with a suspect, so the total stays on target.
 */
const DETENTION_CAREERS_PER_CASE = 0.74;
const DETENTION_CAREERS_BUILD_UP_DAYS = 840;
/** Years after the period over which anticipated sentences are drawn (their history can reach back this far). */
const ANTICIPATED_YEARS = 5;
/** Days the background runs before the period, so that cases in progress on its first day exist. */
const BACKGROUND_RUN_IN_DAYS = 730;
/** Days a released detainee's details are kept after their last event, for a re-admission (the engine's window is 730). */
const KEEP_RELEASED_DAYS = 800;
/** Days a case closed by a prison release waits for a TBS admission in the same case (the engine's gap is 1–20). */
const TBS_FOLLOW_DAYS = 30;
/** Background SKN serials: apart from the detention persons', which count up from 1,000,000. */
const FIRST_BACKGROUND_SERIAL = 6_000_000;
const LAST_SERIAL = 9_999_999;
/**
 * The chain's parketnummers: 200000–999999 (the engine's count up from
 * 100001), in a scrambled order, the detention part's and the background's
 * interleaved (see #parketnummer).
 */
const FIRST_CHAIN_CASE = 200_000;
const CHAIN_CASES = 800_000;
/** Coprime to CHAIN_CASES: n ↦ n × this (mod CHAIN_CASES) is a bijection. */
const CASE_SCRAMBLE = 123_457;
/** Registration numbers: eight digits, scrambled the same way. */
const REGISTRATIONS = 100_000_000;
const REGISTRATION_SCRAMBLE = 37_957_913;

const SECTOR_OF: Readonly<Record<Source, Sector | undefined>> = {
  'TULP-GW': 'GW',
  JVS: 'JJI',
  MITS: 'TBS',
  SKDB: undefined,
  CJIB: undefined,
};

// ---------------------------------------------------------------------------
// Summary

/** Counts of one year: rows by the date that places them (registration, identification, inflow, verdict, start). */
export interface ChainYear {
  rows: Record<DeliveryName, number>;
  /** Registrations with a suspect known at the end of the period. */
  cleared: number;
  /** Registrations by SCM main group. */
  scmGroups: Record<string, number>;
  /** OM cases coming in from other services (no police registration). */
  otherServices: number;
  /** Decisions by kind, in the year of the decision. */
  decisions: Record<OmDecision, number>;
  outcomes: Record<VerdictOutcome, number>;
  /**
   * Convictions by principal sanction, each counted once: unconditional
   * prison, else community service, else a fine, else conditional prison only,
   * else a measure only (TBS or PIJ without prison); and apart, those with TBS
   * and with PIJ.
   */
  convictions: {
    unconditionalPrison: number;
    communityService: number;
    fine: number;
    conditionalOnly: number;
    measureOnly: number;
    tbs: number;
    pij: number;
  };
  executions: Record<ExecutedSanction, number>;
}

export interface ChainSummary {
  period: { from: string; to: string };
  rows: Record<DeliveryName, number>;
  /** Persons in the extracts: detention persons (from the events) and the others. */
  persons: { detention: number; background: number };
  years: Record<string, ChainYear>;
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function emptyYear(): ChainYear {
  return {
    rows: zeroRecord(DELIVERY_NAMES),
    cleared: 0,
    scmGroups: {},
    otherServices: 0,
    decisions: zeroRecord(OM_DECISIONS),
    outcomes: zeroRecord(VERDICT_OUTCOMES),
    convictions: {
      unconditionalPrison: 0,
      communityService: 0,
      fine: 0,
      conditionalOnly: 0,
      measureOnly: 0,
      tbs: 0,
      pij: 0,
    },
    executions: zeroRecord(EXECUTED_SANCTIONS),
  };
}

// ---------------------------------------------------------------------------
// The model's records

type Sex = 'M' | 'V' | 'O';

interface Residence {
  /** First day of the address. */
  from: number;
  municipality: string;
  postalCode: string;
}

interface Person {
  skn: string;
  bsn: string | null;
  surname: string;
  birthDate: string;
  sex: Sex;
  /** Addresses, oldest first (at most a few). */
  addresses: Residence[];
  /** Set for persons of the detention events. */
  detention: DetentionState | undefined;
}

interface DetentionState {
  open: DetentionCase | undefined;
  lastRelease: number;
  /** Day of the person's last event. */
  lastSeen: number;
}

interface Released {
  /** Day after which the person may be forgotten, unless seen since. */
  until: number;
  release: number;
  person: Person;
}

interface DetentionCase {
  person: Person;
  title: SimTitle;
  /** The title's parketnummer; '' for an anticipated case (numbered when written). */
  parketnummer: string;
  /** The year the case came in at the OM (the parketnummer's). */
  caseYear: number;
  sector: Sector;
  admission: number;
  /** Day of the judgment of a pre-trial admission (the first planned end date), -1 if none. */
  judgment: number;
  /** The planned end date set at judgment, -1 if none. */
  plannedEnd: number;
  release: number;
  /** TBS follows the prison part in the same case (the engine says so when it plans it). */
  tbsFollows: boolean;
  /** A TBS admission in the same case after the prison part, -1 if none. */
  tbsAdmission: number;
  tbsRelease: number;
}

interface Registration {
  day: number;
  committed: number;
  law: string;
  municipality: string;
}

interface Verdict {
  day: number;
  outcome: VerdictOutcome;
  prisonDays: number | null;
  conditionalDays: number | null;
  hours: number | null;
  fine: number | null;
  tbs: boolean;
  pij: boolean;
  /** -1: not (yet) irrevocable. */
  irrevocable: number;
}

interface Execution {
  sanction: ExecutedSanction;
  start: number;
  /** -1: running at the end of time. */
  end: number;
  due: number | null;
  /** Paid in the end. */
  paid: number | null;
  /**
   * When it is paid: all at the end, in instalments from start to end (paid
   * so far grows linearly), or already when the execution starts.
   */
  payment: 'at-end' | 'instalments' | 'before';
}

/** One suspect's case: the suspect row, the OM case, the verdict and the executions. */
interface CaseRecord {
  person: Person;
  /** The police registration (shared by co-suspects), null for a case from another service. */
  registration: Registration | null;
  /** Day the suspect was identified; -1: no suspect row. */
  identified: number;
  /** Parketnummer of a detention case; '' until written for the others. */
  parketnummer: string;
  /** -1: no OM case. */
  inflow: number;
  law: string;
  decision: OmDecision | null;
  decisionDay: number;
  verdict: Verdict | null;
  executions: Execution[];
}

interface Career extends Scheduled {
  person: Person;
}

function clampRound(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / 86_400_000;
}

/** The year of a parketnummer `13/123456-25`, the one of its century nearest before `day`. */
function caseYear(parketnummer: string, day: number): number {
  const yy = Number(parketnummer.slice(-2));
  const year = yearOf(day);
  return year - ((((year - yy) % 100) + 100) % 100);
}

/**
 * Days strictly between `start` and `end` that split the span in proportion to
 * `leads` (the last lead is what remains before `end`): leads.length − 1 days,
 * increasing. Needs end − start ≥ leads.length.
 */
function spread(start: number, end: number, leads: readonly number[]): number[] {
  let total = 0;
  for (const lead of leads) total += lead;
  const gap = end - start;
  const days: number[] = [];
  let sum = 0;
  let previous = start;
  for (let i = 0; i < leads.length - 1; i++) {
    sum += leads[i] as number;
    let day = start + Math.round((sum / total) * gap);
    day = Math.min(Math.max(day, previous + 1), end - (leads.length - 1 - i));
    days.push(day);
    previous = day;
  }
  return days;
}

/** The inverse of `servedDays`: the sentence of which `served` days are served. */
function sentenceForServed(served: number): number {
  if (served <= 365) return served;
  for (const sentence of [
    365 + Math.round(((served - 365) * 3) / 2),
    Math.round((served * 3) / 2),
    served + 730,
  ]) {
    if (Math.abs(servedDays(sentence) - served) <= 1) return sentence;
  }
  return served;
}

// ---------------------------------------------------------------------------
// The generator

/**
 * The two independent parts of the extracts, each with its own random stream
 * and its own half of the numbers (registration numbers, parketnummers), so
 * they can be made at the same time in two threads and give the same rows
 * either way:
 *
 * - `detention`: the cases of the detention events and the later offences of
 *   the detention persons; fed by the run's pass (`observer`);
 * - `background`: everything else (registered crime without a suspect, new
 *   suspects and their careers, cases from other services, sentences to come
 *   after the period); needs no events.
 */
export type ChainPart = 'detention' | 'background';

/**
 * Makes one part of the chain extracts of a run. Detention part: give
 * `observer` to the run's pass (`simulation.batches(generator.observer)`),
 * then call `finish()`. Background part: `finish()` makes it all. Rows go to
 * `sink` as they are made.
 */
export class ChainGenerator {
  readonly #part: ChainPart;
  readonly #options: ResolvedOptions;
  readonly #sink: ChainSink;
  readonly #calibration: ChainCalibration;
  readonly #offences: OffencePicker;
  readonly #rng: Rng;
  readonly #municipalities: Municipalities;
  readonly #fromDay: number;
  readonly #toDay: number;
  /** First day of the background (two years before the period). */
  readonly #backgroundFrom: number;
  /** Background registrations a day with a known suspect (before room for the detention persons' offences). */
  readonly #clearedPerDay: number;
  /** Later offences of detention persons a day, once under way (see DETENTION_CAREERS_PER_CASE). */
  readonly #detentionCareersPerDay: number;
  /** Registrations a day without a suspect, and OM cases of other services. */
  readonly #unclearedPerDay: number;
  readonly #otherServicesPerDay: number;
  readonly #clearedLaw: WeightedPicker<string>;
  readonly #unclearedLaw: WeightedPicker<string>;
  readonly #otherServicesLaw: WeightedPicker<string>;
  readonly #decision: WeightedPicker<OmDecision>;
  readonly #outcome: WeightedPicker<VerdictOutcome>;
  readonly #sanction: WeightedPicker<'prison' | 'community-service' | 'fine' | 'conditional'>;
  readonly #groupOf = new Map<string, string>();

  /** Detention persons by SKN, while they may still act. */
  readonly #persons = new Map<string, Person>();
  /** Releases, oldest first: a person is forgotten KEEP_RELEASED_DAYS after their last event. */
  #released: Released[] = [];
  #releasedHead = 0;
  /** Cases whose prison part ended, waiting (at most TBS_FOLLOW_DAYS) for their TBS admission. */
  readonly #waiting = new Map<string, DetentionCase>();
  #waitingQueue: DetentionCase[] = [];
  #waitingHead = 0;
  readonly #careers = new Agenda<Career>();

  /** Detention part: the days before this one are done (housekeeping, later offences). */
  #day = Number.NEGATIVE_INFINITY;
  #nextSerial = FIRST_BACKGROUND_SERIAL;
  readonly #registrationCounters = new Map<number, number>();
  readonly #caseCounters = new Map<number, number>();
  #finished = false;
  readonly #summary: ChainSummary;
  #lastCountedDay = Number.NaN;
  #lastCountedYear: ChainYear | undefined;
  #lastRegistrationDay = Number.NaN;
  #lastRegistrationPrefix = '';
  #lastRegistrationYear = 0;
  #detentionPersons = 0;

  /** Prison titles that TBS will follow, as the engine plans them. */
  readonly #tbsTitles = new WeakSet<SimTitle>();

  /** Pass to the run's pass: it sees every event as it happens. */
  readonly observer: EventObserver;

  constructor(
    options: ResolvedOptions,
    catalog: SimulationCatalog,
    sink: ChainSink,
    part: ChainPart,
    calibration: ChainCalibration = CHAIN_NATIONAL,
  ) {
    this.#part = part;
    this.#options = options;
    this.#sink = sink;
    this.#calibration = calibration;
    this.#offences = new OffencePicker(catalog.data.offences);
    this.#rng = Rng.fromSeed(options.seed).fork(part === 'detention' ? 2 : 3);
    this.#municipalities = new Municipalities(catalog);
    this.#fromDay = dayOf(options.from);
    this.#toDay = dayOf(options.to);
    this.#backgroundFrom = this.#fromDay - BACKGROUND_RUN_IN_DAYS;

    const offences = catalog.data.offences as readonly { code: string; scmMainGroup?: string }[];
    const byGroup = new Map<string, [string, number][]>();
    for (const offence of offences) {
      // Law articles are written as they are.
      if (csvText(offence.code) !== offence.code)
        throw new RangeError(`law article unfit for CSV: ${offence.code}`);
      const group = offence.scmMainGroup ?? '9';
      this.#groupOf.set(offence.code, group);
      const list = byGroup.get(group) ?? [];
      list.push([offence.code, ARTICLE_WEIGHTS[offence.code] ?? 1]);
      byGroup.set(group, list);
    }
    const lawPicker = (groupWeights: Readonly<Record<string, number>>) => {
      const entries: [string, number][] = [];
      for (const [group, weight] of Object.entries(groupWeights)) {
        const articles = byGroup.get(group);
        if (!articles || weight <= 0) continue;
        let total = 0;
        for (const [, w] of articles) total += w;
        for (const [code, w] of articles) entries.push([code, (weight * w) / total]);
      }
      return new WeightedPicker(entries);
    };
    const cleared: Record<string, number> = {};
    const uncleared: Record<string, number> = {};
    let clearedShare = 0;
    for (const [group, share] of Object.entries(calibration.scmMix)) {
      const c = calibration.clearance[group] ?? 0.25;
      cleared[group] = share * c;
      uncleared[group] = share * (1 - c);
      clearedShare += share * c;
    }
    this.#clearedLaw = lawPicker(cleared);
    this.#unclearedLaw = lawPicker(uncleared);
    this.#otherServicesLaw = lawPicker(OTHER_SERVICES_MIX);
    this.#decision = weighted(calibration.decisionMix);
    this.#outcome = weighted(calibration.outcomeMix);
    this.#sanction = weighted(calibration.sanctionMix);

    // The detention cases are registrations with a suspect too: the background makes the rest.
    const { scale, smallSectorBoost } = options;
    const detentionCasesPerYear =
      NATIONAL.prisonAdmissionsPerYear * scale +
      NATIONAL.juvenileAdmissionsPerYear * scale * smallSectorBoost +
      NATIONAL.tbsAdmissionsPerYear * scale * smallSectorBoost * (1 - NATIONAL.tbsAfterPrisonShare);
    const registered = calibration.registeredCrimesPerYear * scale;
    this.#clearedPerDay = Math.max(0, registered * clearedShare - detentionCasesPerYear) / 365;
    this.#detentionCareersPerDay = (DETENTION_CAREERS_PER_CASE * detentionCasesPerYear) / 365;
    this.#unclearedPerDay = (registered * (1 - clearedShare)) / 365;
    this.#otherServicesPerDay = (calibration.otherServicesPerYear * scale) / 365;

    this.#summary = {
      period: { from: options.from, to: options.to },
      rows: zeroRecord(DELIVERY_NAMES),
      persons: { detention: 0, background: 0 },
      years: {},
    };
    this.observer = {
      event: (event, at) => this.#observe(event, at),
      tbsFollows: (title) => {
        this.#tbsTitles.add(title);
      },
    };
  }

  /**
   * Detention part: writes what is still open (later offences up to the end,
   * cases in progress). Background part: makes it all. Returns the counts.
   */
  finish(): ChainSummary {
    if (this.#finished) return this.#summary;
    this.#finished = true;
    if (this.#part === 'background') {
      for (let day = this.#backgroundFrom; day < this.#toDay; day++) this.#backgroundDay(day);
      this.#anticipate();
      this.#summary.persons = { detention: 0, background: this.#nextSerial - FIRST_BACKGROUND_SERIAL };
      return this.#summary;
    }
    this.#advanceTo(this.#toDay);
    for (let i = this.#waitingHead; i < this.#waitingQueue.length; i++) {
      const c = this.#waitingQueue[i] as DetentionCase;
      if (this.#waiting.get(c.title.caseNumber) === c) this.#writeDetentionCase(c);
    }
    this.#waiting.clear();
    for (const person of this.#persons.values()) {
      const open = person.detention?.open;
      if (open) this.#writeDetentionCase(open);
    }
    this.#persons.clear();
    this.#summary.persons = { detention: this.#detentionPersons, background: 0 };
    return this.#summary;
  }

  // -------------------------------------------------------------------------
  // The events

  #observe(event: SimEvent, at: number): void {
    if (this.#part !== 'detention') throw new Error('simulation error: events for the background part');
    const day = dayOfMoment(at);
    if (day > this.#day) this.#advanceTo(day);
    const state = this.#persons.get(event.skn)?.detention;
    if (state) state.lastSeen = day;
    switch (event.type) {
      case 'person-registered': {
        const serial = Number(event.skn.slice(0, -1));
        if (serial >= FIRST_BACKGROUND_SERIAL) {
          throw new RangeError(
            `the detention persons' SKN serials reach ${FIRST_BACKGROUND_SERIAL}, where the chain's background starts: simulate fewer persons`,
          );
        }
        this.#persons.set(event.skn, {
          skn: event.skn,
          bsn: event.bsn ?? null,
          surname: event.surname,
          birthDate: event.birthDate,
          sex: event.gender,
          addresses: [],
          detention: { open: undefined, lastRelease: -1, lastSeen: day },
        });
        this.#detentionPersons++;
        return;
      }
      case 'address-registered': {
        const person = this.#persons.get(event.skn);
        if (!person) return;
        // Kept in order of validFrom (an address may be delivered after a later one), the last four.
        const addresses = person.addresses;
        const address = {
          from: dayOf(event.validFrom),
          municipality: event.municipalityCode,
          postalCode: event.postalCode,
        };
        let i = addresses.length;
        while (i > 0 && (addresses[i - 1] as Residence).from > address.from) i--;
        addresses.splice(i, 0, address);
        if (addresses.length > 4) addresses.shift();
        return;
      }
      case 'admission': {
        const person = this.#persons.get(event.skn);
        const state = person?.detention;
        if (!person || !state) throw new Error(`simulation error: admission of unknown person ${event.skn}`);
        const sector = SECTOR_OF[event.source] as Sector;
        const waiting = sector === 'TBS' ? this.#waiting.get(event.title.caseNumber) : undefined;
        if (waiting && waiting.person === person) {
          this.#waiting.delete(event.title.caseNumber);
          waiting.tbsAdmission = day;
          state.open = waiting;
          return;
        }
        if (Number(event.title.caseNumber.slice(3, 9)) >= FIRST_CHAIN_CASE) {
          throw new RangeError(
            'the detention cases reach the parketnummers of the chain: simulate fewer persons',
          );
        }
        state.open = {
          person,
          title: event.title,
          parketnummer: event.title.caseNumber,
          caseYear: caseYear(event.title.caseNumber, day),
          sector,
          admission: day,
          judgment: -1,
          plannedEnd: -1,
          release: -1,
          tbsFollows: this.#tbsTitles.has(event.title),
          tbsAdmission: -1,
          tbsRelease: -1,
        };
        return;
      }
      case 'planned-end-date-changed': {
        const open = this.#persons.get(event.skn)?.detention?.open;
        if (open && open.title.kind === 'pre-trial' && open.judgment < 0) {
          open.judgment = day;
          open.plannedEnd = dayOf(event.plannedEndDate);
        }
        return;
      }
      case 'release': {
        const person = this.#persons.get(event.skn);
        const state = person?.detention;
        const open = state?.open;
        if (!person || !state || !open) return;
        state.open = undefined;
        state.lastRelease = day;
        this.#released.push({ until: day + KEEP_RELEASED_DAYS, release: day, person });
        if (open.tbsAdmission >= 0) {
          open.tbsRelease = day;
          this.#writeDetentionCase(open);
        } else {
          open.release = day;
          if (open.tbsFollows) {
            this.#waiting.set(open.title.caseNumber, open);
            this.#waitingQueue.push(open);
          } else {
            this.#writeDetentionCase(open);
          }
        }
        return;
      }
      default:
        return;
    }
  }

  /** Does everything of the days before `day` not done yet: forgetting, waiting cases, the background. */
  #advanceTo(day: number): void {
    if (day <= this.#day) return;
    // Cases whose prison part ended without a TBS admission following.
    const queue = this.#waitingQueue;
    while (this.#waitingHead < queue.length) {
      const c = queue[this.#waitingHead] as DetentionCase;
      if (c.release + TBS_FOLLOW_DAYS >= day) break;
      this.#waitingHead++;
      if (this.#waiting.get(c.title.caseNumber) === c) {
        this.#waiting.delete(c.title.caseNumber);
        this.#writeDetentionCase(c);
      }
    }
    if (this.#waitingHead > 4096 && this.#waitingHead * 2 > queue.length) {
      this.#waitingQueue = queue.slice(this.#waitingHead);
      this.#waitingHead = 0;
    }
    // Released persons not seen again: forgotten (a career keeps its own reference).
    const released = this.#released;
    while (this.#releasedHead < released.length) {
      const entry = released[this.#releasedHead] as Released;
      if (entry.until >= day) break;
      this.#releasedHead++;
      const state = entry.person.detention;
      // Admitted or released again since: a later entry decides.
      if (!state || state.open !== undefined || state.lastRelease !== entry.release) continue;
      if (state.lastSeen + KEEP_RELEASED_DAYS >= day) {
        released.push({
          until: state.lastSeen + KEEP_RELEASED_DAYS,
          release: entry.release,
          person: entry.person,
        });
      } else {
        this.#persons.delete(entry.person.skn);
      }
    }
    if (this.#releasedHead > 4096 && this.#releasedHead * 2 > released.length) {
      this.#released = released.slice(this.#releasedHead);
      this.#releasedHead = 0;
    }
    const first = Math.max(this.#day, this.#backgroundFrom);
    const last = Math.min(day, this.#toDay);
    for (let d = first; d < last; d++) this.#offendAgain(d);
    this.#day = day;
  }

  // -------------------------------------------------------------------------
  // Drawing

  #poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean < 30) return this.#rng.poisson(mean);
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.#rng.normal()));
  }

  #lead(median: number, sigma: number, min: number, max: number): number {
    return clampRound(this.#rng.logNormal(median, sigma), min, max);
  }

  #logUniform(lo: number, hi: number): number {
    return Math.round(Math.exp(this.#rng.between(Math.log(lo), Math.log(hi))));
  }

  /** A municipality valid on `day` (the first the reference data knows, before its first day). */
  #municipalityOn(day: number): string {
    const m = this.#municipalities;
    const picked = m.pickOn(Math.max(day, m.earliestDay), this.#rng);
    if (!picked) throw new Error('simulation error: no municipality');
    return picked.code;
  }

  #postalCode(): string {
    const rng = this.#rng;
    return `${rng.int(1000, 9999)}${String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25))}`;
  }

  /**
   * Someone not detained in the simulation: a new SKN, and an address most of
   * the time. Of a suspect's age on `day`, or of `age`.
   */
  #newPerson(day: number, age?: number): Person {
    if (this.#part !== 'background') throw new Error('simulation error: a new person outside the background');
    const rng = this.#rng;
    const serial = this.#nextSerial++;
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
            municipality: this.#municipalityOn(day),
            postalCode: this.#postalCode(),
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

  #residence(person: Person, day: number): Residence | undefined {
    const addresses = person.addresses;
    for (let i = addresses.length - 1; i >= 0; i--) {
      const address = addresses[i] as Residence;
      if (address.from <= day) return address;
    }
    return undefined;
  }

  /** Where the crime was committed: often where the suspect lives. */
  #crimeMunicipality(person: Person, day: number): string {
    const residence = this.#residence(person, day);
    if (residence && this.#rng.chance(0.6) && this.#municipalities.isValidOn(residence.municipality, day)) {
      return residence.municipality;
    }
    return this.#municipalityOn(day);
  }

  /** The day the crime was committed, before its registration; -1 when not known. */
  #committed(registered: number): number {
    const rng = this.#rng;
    const r = rng.float();
    if (r < 0.55) return registered;
    if (r < 0.85) return registered - rng.int(1, 7);
    if (r < 0.95) return registered - this.#lead(30, 1, 8, 730);
    return -1;
  }

  /** When a case at the OM is settled, by the kind of decision. */
  #decisionLead(decision: OmDecision): number {
    switch (decision) {
      case 'summons':
        return this.#lead(80, 0.5, 14, 365);
      case 'om-penalty-order':
        return this.#lead(45, 0.6, 7, 300);
      default:
        return this.#lead(55, 0.6, 7, 365);
    }
  }

  /** Days from verdict to irrevocable: the appeal term of 14 days, or an appeal. */
  #irrevocableLead(): number {
    const rng = this.#rng;
    return rng.chance(0.85) ? 14 + rng.int(0, 3) : this.#lead(320, 0.5, 90, 1000);
  }

  /** A fine or OM penalty order paid: most at once, some in instalments, a few not in full. */
  #payment(sanction: ExecutedSanction, start: number, due: number): Execution {
    const rng = this.#rng;
    const r = rng.float();
    if (r < 0.72) {
      return {
        sanction,
        start,
        end: start + this.#lead(25, 0.8, 1, 120),
        due,
        paid: due,
        payment: 'at-end',
      };
    }
    if (r < 0.9) {
      return { sanction, start, end: start + rng.int(90, 400), due, paid: due, payment: 'instalments' };
    }
    return {
      sanction,
      start,
      end: start + rng.int(180, 720),
      due,
      paid: Math.round(due * rng.float() * 0.5),
      payment: 'instalments',
    };
  }

  /** A fine imposed by a court, whole euros (rounded as courts do). */
  #fineAmount(): number {
    const amount = this.#logUniform(100, 5000);
    return amount < 500 ? Math.round(amount / 10) * 10 : Math.round(amount / 50) * 50;
  }

  /** The sanctions of a background conviction, and the executions that follow once it is irrevocable. */
  #convict(verdict: Verdict, executions: Execution[]): CareerStep {
    const rng = this.#rng;
    const kind = this.#sanction.pick(rng);
    let step: CareerStep;
    switch (kind) {
      case 'prison': {
        // Unconditional prison equal to the time in police custody (a few days), which
        // needs no execution: it was served before the verdict.
        const days = rng.int(1, 6);
        const conditional = rng.chance(0.6) ? this.#logUniform(14, 180) : 0;
        verdict.prisonDays = days + conditional;
        verdict.conditionalDays = conditional;
        if (rng.chance(0.2)) verdict.hours = SERVICE_HOURS.pick(rng);
        step = 'prison';
        break;
      }
      case 'community-service': {
        verdict.hours = SERVICE_HOURS.pick(rng);
        if (rng.chance(0.3)) {
          const conditional = this.#logUniform(7, 90);
          verdict.prisonDays = conditional;
          verdict.conditionalDays = conditional;
        }
        step = 'community-service';
        break;
      }
      case 'fine': {
        verdict.fine = this.#fineAmount();
        if (rng.chance(0.15)) {
          const conditional = this.#logUniform(7, 90);
          verdict.prisonDays = conditional;
          verdict.conditionalDays = conditional;
        }
        step = 'fine';
        break;
      }
      default: {
        const conditional = this.#logUniform(7, 180);
        verdict.prisonDays = conditional;
        verdict.conditionalDays = conditional;
        step = 'conditional';
      }
    }
    this.#executeVerdict(verdict, executions);
    return step;
  }

  /** Community service and fines of an irrevocable verdict go to CJIB. */
  #executeVerdict(verdict: Verdict, executions: Execution[]): void {
    if (verdict.irrevocable < 0) return;
    const rng = this.#rng;
    if (verdict.hours !== null) {
      const start = verdict.irrevocable + rng.int(14, 120);
      executions.push({
        sanction: 'community-service',
        start,
        end: start + Math.round(verdict.hours * 0.7) + rng.int(7, 60),
        due: null,
        paid: null,
        payment: 'at-end',
      });
    }
    if (verdict.fine !== null) {
      executions.push(this.#payment('fine', verdict.irrevocable + rng.int(7, 30), verdict.fine));
    }
  }

  #verdict(day: number, outcome: VerdictOutcome): Verdict {
    return {
      day,
      outcome,
      prisonDays: null,
      conditionalDays: null,
      hours: null,
      fine: null,
      tbs: false,
      pij: false,
      irrevocable: day + this.#irrevocableLead(),
    };
  }

  /**
   * The OM part of a background case from `inflow` on: the decision, the
   * verdict of a summons, the executions. Returns how it ended and when (for
   * the suspect's career).
   */
  #settle(record: CaseRecord, inflow: number): [CareerStep, number] {
    const rng = this.#rng;
    record.inflow = inflow;
    const decision = this.#decision.pick(rng);
    record.decision = decision;
    record.decisionDay = inflow + this.#decisionLead(decision);
    if (decision === 'om-penalty-order') {
      const start = record.decisionDay + rng.int(14, 45);
      const due = this.#logUniform(150, 1500);
      record.executions.push(this.#payment('om-penalty-order', start, Math.round(due / 10) * 10));
      return ['om-penalty-order', record.decisionDay];
    }
    if (decision !== 'summons' || !rng.chance(this.#calibration.verdictShare)) {
      return ['no-sanction', record.decisionDay];
    }
    const verdict = this.#verdict(
      record.decisionDay + this.#lead(150, 0.45, 45, 540),
      this.#outcome.pick(rng),
    );
    record.verdict = verdict;
    if (verdict.outcome !== 'conviction') return ['no-sanction', verdict.day];
    return [this.#convict(verdict, record.executions), verdict.day];
  }

  /** Maybe a next offence: the person comes back as a known suspect. */
  #career(person: Person, step: CareerStep, from: number): void {
    const rng = this.#rng;
    if (from >= this.#toDay || !rng.chance(this.#calibration.reoffending[step])) return;
    // Not before the first day whose background is still to make (a case written late).
    const due = Math.max(
      this.#day,
      from + 7 + Math.round(rng.exponential(this.#calibration.reoffendingMeanDays)),
    );
    if (due >= this.#toDay) return;
    this.#careers.push({ at: due, stamp: 0, person });
  }

  // -------------------------------------------------------------------------
  // Background

  #backgroundDay(day: number): void {
    const rng = this.#rng;
    // Registrations without a suspect: only those in the period matter. The bulk of the
    // rows, so written here directly.
    const uncleared = day >= this.#fromDay ? this.#poisson(this.#unclearedPerDay) : 0;
    if (uncleared > 0) {
      const date = isoDate(day);
      const year = yearOf(day);
      const prefix = `PL-${year}-`;
      const counts = this.#year(day);
      const groups = counts.scmGroups;
      const sink = this.#sink;
      for (let i = 0; i < uncleared; i++) {
        const law = this.#unclearedLaw.pick(rng);
        const committed = this.#committed(day);
        sink.line(
          'politie-misdrijven',
          `${prefix}${this.#registrationNumber(year)},${date},${csvDate(committed)},${law},${this.#municipalityOn(day)}`,
        );
        const group = this.#groupOf.get(law) as string;
        groups[group] = (groups[group] ?? 0) + 1;
      }
      counts.rows['politie-misdrijven'] += uncleared;
      this.#summary.rows['politie-misdrijven'] += uncleared;
    }
    // Registrations with a suspect: people offending again first, new people for the rest;
    // room left for the detention persons' later offences, which build up from the first day.
    const detentionCareers =
      day < this.#fromDay
        ? 0
        : this.#detentionCareersPerDay *
          (1 - Math.exp(-(day - this.#fromDay) / DETENTION_CAREERS_BUILD_UP_DAYS));
    const cleared = this.#poisson(Math.max(0, this.#clearedPerDay - detentionCareers));
    const returning = this.#offendAgain(day);
    for (let i = returning; i < cleared; i++) this.#clearedCase(day, this.#newPerson(day), false);
    // Cases from other services.
    const other = this.#poisson(this.#otherServicesPerDay);
    for (let i = 0; i < other; i++) {
      const person = this.#newPerson(day);
      const record = this.#record(person, null, this.#otherServicesLaw.pick(rng));
      const [step, when] = this.#settle(record, day);
      this.#career(person, step, when);
      if (this.#isLive(record)) this.#writeCase(record);
    }
  }

  /** The registered crimes of people offending again on `day`; returns how many. */
  #offendAgain(day: number): number {
    let returning = 0;
    const careers = this.#careers;
    for (;;) {
      const next = careers.peek();
      if (next === undefined || next.at > day) break;
      careers.pop();
      const person = next.person;
      // Someone detained (again) does not offend outside meanwhile.
      if (next.at < day || person.detention?.open !== undefined) continue;
      returning++;
      this.#clearedCase(day, person, true);
    }
    return returning;
  }

  #record(person: Person, registration: Registration | null, law: string): CaseRecord {
    return {
      person,
      registration,
      identified: -1,
      parketnummer: '',
      inflow: -1,
      law,
      decision: null,
      decisionDay: -1,
      verdict: null,
      executions: [],
    };
  }

  /** A registered crime with a known suspect (sometimes two), and where each suspect's case goes. */
  #clearedCase(day: number, person: Person, returning: boolean): void {
    const rng = this.#rng;
    const registration: Registration = {
      day,
      committed: this.#committed(day),
      law: this.#clearedLaw.pick(rng),
      municipality: this.#crimeMunicipality(person, day),
    };
    const first = this.#suspectCase(registration, person, returning);
    const second =
      !returning && rng.chance(this.#calibration.coSuspectShare)
        ? this.#suspectCase(registration, this.#newPerson(day), false)
        : undefined;
    if (!this.#isLive(first) && (second === undefined || !this.#isLive(second))) return;
    const end = this.#toDay;
    const cleared = first.identified < end || (second !== undefined && second.identified < end);
    const id = this.#writeRegistration(registration, cleared);
    this.#writeCase(first, id);
    if (second) this.#writeCase(second, id);
  }

  #suspectCase(registration: Registration, person: Person, returning: boolean): CaseRecord {
    const rng = this.#rng;
    const record = this.#record(person, registration, registration.law);
    record.identified = registration.day + (rng.chance(0.5) ? 0 : this.#lead(20, 1, 1, 365));
    // People the police know go to the OM more often.
    if (!rng.chance(returning ? 0.95 : this.#calibration.toOmShare)) {
      this.#career(person, 'no-sanction', record.identified);
      return record;
    }
    const [step, when] = this.#settle(record, record.identified + this.#lead(35, 0.7, 3, 365));
    this.#career(person, step, when);
    return record;
  }

  /** True when something of the case happens in the period or is still in progress at its start. */
  #isLive(record: CaseRecord): boolean {
    const from = this.#fromDay;
    if (record.identified >= from || record.inflow >= from || record.decisionDay >= from) return true;
    if (record.registration && record.registration.day >= from) return true;
    const verdict = record.verdict;
    if (verdict && (verdict.day >= from || verdict.irrevocable >= from)) return true;
    for (const e of record.executions) if (e.end < 0 || e.end >= from) return true;
    return false;
  }

  // -------------------------------------------------------------------------
  // Detention cases

  /** The whole history of a detention case, fitted around its detention dates. */
  #writeDetentionCase(c: DetentionCase): void {
    const rng = this.#rng;
    const { person, title } = c;
    const admission = c.admission;
    const record = this.#record(person, null, title.offences[0] as string);
    record.parketnummer = c.parketnummer;
    let step: CareerStep | undefined;

    if (title.kind === 'pre-trial') {
      // Arrested a few days before admission (police custody); the OM case starts at the remand.
      const year = yearOf(admission);
      const inflow = Math.max(admission - rng.int(0, 1), firstDayOfYear(year));
      let identified = admission - rng.int(0, 3);
      let registered = identified - (rng.chance(0.6) ? 0 : this.#lead(14, 1, 1, 365));
      if (registered >= inflow) registered = inflow - 1;
      identified = Math.min(Math.max(identified, registered), admission);
      record.registration = {
        day: registered,
        committed: this.#committed(registered),
        law: record.law,
        municipality: this.#crimeMunicipality(person, registered),
      };
      record.identified = identified;
      record.inflow = inflow;
      this.#pretrialOutcome(c, record);
    } else if (title.kind === 'substitute-detention') {
      this.#substituteHistory(c, record);
    } else {
      // Sentenced before admission: registration < inflow < decision < verdict (< irrevocable) < admission.
      const year = c.caseYear;
      const lo = firstDayOfYear(year);
      const hi = Math.min(firstDayOfYear(year + 1) - 1, admission - 20);
      const irrevocableFirst = title.irrevocable;
      const leads = [this.#lead(80, 0.5, 14, 365), this.#lead(150, 0.45, 45, 540)];
      if (irrevocableFirst) leads.push(this.#irrevocableLead());
      leads.push(rng.int(7, 90));
      let total = 0;
      for (const lead of leads) total += lead;
      let inflow = Math.min(Math.max(admission - total, lo), Math.max(hi, lo));
      if (admission - inflow < leads.length) inflow = admission - leads.length;
      const days = spread(inflow, admission, leads);
      this.#historyBefore(record, inflow);
      record.decision = 'summons';
      record.decisionDay = days[0] as number;
      const verdict = this.#verdict(days[1] as number, 'conviction');
      verdict.irrevocable = irrevocableFirst
        ? (days[2] as number)
        : admission + this.#lead(150, 0.6, 14, 700);
      record.verdict = verdict;
      if (title.kind === 'pij') {
        verdict.pij = true;
        record.executions.push(this.#detention('pij', admission, c.release));
        step = 'released-juvenile';
      } else if (title.kind === 'tbs-dwangverpleging') {
        verdict.tbs = true;
        record.executions.push(this.#detention('tbs', admission, c.release));
        step = 'released-tbs';
      } else {
        const sentence = title.sentenceDays ?? 0;
        const conditional = rng.chance(0.35) ? this.#logUniform(30, 365) : 0;
        verdict.prisonDays = sentence + conditional;
        verdict.conditionalDays = conditional;
        record.executions.push(this.#detention('prison', admission, c.release));
        if (c.tbsFollows || c.tbsAdmission >= 0) {
          verdict.tbs = true;
          if (c.tbsAdmission >= 0) {
            record.executions.push(this.#detention('tbs', c.tbsAdmission, c.tbsRelease));
          }
          step = 'released-tbs';
        } else {
          step = c.sector === 'JJI' ? 'released-juvenile' : 'released';
        }
      }
    }
    if (step === undefined) step = c.sector === 'JJI' ? 'released-juvenile' : 'released';
    const released = c.tbsAdmission >= 0 ? c.tbsRelease : c.release;
    if (released >= 0) this.#career(person, step, released);
    const registration = record.registration;
    // An anticipated case registered after the end of the period: nothing of it is known yet.
    if (registration && registration.day >= this.#toDay) return;
    const id = registration ? this.#writeRegistration(registration, record.identified < this.#toDay) : null;
    this.#writeCase(record, id);
  }

  /**
   * Sentences whose detention starts after the period (the engine does not
   * make those admissions): their registration, OM case and verdict often lie
   * in the period, and an extract taken at its end has them. Drawn like the
   * engine's admissions (same rates and distributions) over the years after
   * the period, each with a new person; only what happened before the end is
   * written. Without them the last year or two of a run would miss about a
   * third of the sentences to prison, TBS and PIJ.
   */
  #anticipate(): void {
    const rng = this.#rng;
    const end = this.#toDay;
    const { scale, smallSectorBoost } = this.#options;
    const tbs = NATIONAL.tbsAdmissionsPerYear * scale * smallSectorBoost;
    const streams: [Sector | 'prison-then-tbs', number][] = [
      ['GW', NATIONAL.prisonAdmissionsPerYear * scale - tbs * NATIONAL.tbsAfterPrisonShare],
      ['JJI', NATIONAL.juvenileAdmissionsPerYear * scale * smallSectorBoost],
      ['TBS', tbs * (1 - NATIONAL.tbsAfterPrisonShare)],
      ['prison-then-tbs', tbs * NATIONAL.tbsAfterPrisonShare],
    ];
    for (const [stream, perYear] of streams) {
      const n = this.#poisson(Math.max(0, perYear) * ANTICIPATED_YEARS);
      for (let i = 0; i < n; i++) {
        const admission = end + Math.floor(rng.float() * ANTICIPATED_YEARS * 365);
        let title: SimTitle;
        let year: number;
        let sector: Sector = 'GW';
        let tbsAdmission = -1;
        if (stream === 'GW') {
          const c = drawPrisonCase(rng);
          if (c.kind === 'pre-trial') continue;
          year = yearOf(admission - rng.int(30, 700));
          title = this.#anticipatedTitle(c.kind, c.mix, c.sentenceDays, c.irrevocable);
        } else if (stream === 'JJI') {
          const c = drawJuvenileCase(rng);
          if (c.kind === 'pre-trial') continue;
          sector = 'JJI';
          year = yearOf(admission - rng.int(20, 300));
          const pij = c.kind === 'pij';
          title = this.#anticipatedTitle(
            c.kind,
            pij ? 'pij' : 'juvenile',
            c.sentenceDays,
            pij || rng.chance(0.9),
          );
        } else if (stream === 'TBS') {
          sector = 'TBS';
          year = yearOf(admission - rng.int(60, 900));
          title = this.#anticipatedTitle('tbs-dwangverpleging', 'tbs', 730, true);
        } else {
          const c = drawPrisonBeforeTbs(rng);
          year = yearOf(admission - rng.int(30, 700));
          title = this.#anticipatedTitle('prison-sentence', c.mix, c.sentenceDays, true);
          tbsAdmission = admission + c.length;
        }
        // Registered at most about a year before the case came in at the OM.
        if (firstDayOfYear(year) - 400 >= end) continue;
        let age: number;
        if (sector === 'JJI') {
          age = JUVENILE_AGE.pick(rng);
        } else {
          const [lo, hi] = ADULT_AGE.pick(rng);
          age = rng.int(lo, hi);
        }
        this.#writeDetentionCase({
          person: this.#newPerson(admission, age),
          title,
          parketnummer: '',
          caseYear: year,
          sector,
          admission,
          judgment: -1,
          plannedEnd: -1,
          release: -1,
          tbsFollows: tbsAdmission >= 0,
          tbsAdmission,
          tbsRelease: -1,
        });
      }
    }
  }

  #anticipatedTitle(kind: TitleKind, mix: OffenceMix, sentenceDays: number, irrevocable: boolean): SimTitle {
    const { offences } = this.#offences.pick(mix, this.#rng);
    return { kind, irrevocable, offences, sentenceDays, caseNumber: '' };
  }

  /** Registration and suspect row some weeks before the OM inflow. */
  #historyBefore(record: CaseRecord, inflow: number): void {
    const rng = this.#rng;
    const identified = inflow - this.#lead(30, 0.7, 1, 300);
    const registered = identified - (rng.chance(0.5) ? 0 : this.#lead(20, 1, 1, 365));
    record.registration = {
      day: registered,
      committed: this.#committed(registered),
      law: record.law,
      municipality: this.#crimeMunicipality(record.person, registered),
    };
    record.identified = identified;
    record.inflow = inflow;
  }

  #detention(sanction: ExecutedSanction, start: number, end: number): Execution {
    return { sanction, start, end, due: null, paid: null, payment: 'at-end' };
  }

  /** A pre-trial admission: judged in detention, released at judgment, or released before trial. */
  #pretrialOutcome(c: DetentionCase, record: CaseRecord): void {
    const rng = this.#rng;
    const admission = c.admission;
    const inflow = record.inflow;
    const summonsBefore = (verdictDay: number) =>
      Math.min(Math.max(verdictDay - rng.int(10, 60), inflow + 1), verdictDay - 1);
    if (c.judgment >= 0) {
      // Sentenced at the judgment, which the planned end date shows.
      const served = c.plannedEnd - admission;
      const sentence = c.sector === 'GW' ? sentenceForServed(served) : served;
      const verdict = this.#verdict(c.judgment, 'conviction');
      const conditional = rng.chance(0.4) ? this.#logUniform(30, 365) : 0;
      verdict.prisonDays = Math.max(1, sentence) + conditional;
      verdict.conditionalDays = conditional;
      record.decision = 'summons';
      record.decisionDay = summonsBefore(c.judgment);
      record.verdict = verdict;
      record.executions.push(this.#detention('prison', admission, c.release));
      return;
    }
    if (c.release < 0) {
      // Still detained, awaiting trial.
      record.decision = 'summons';
      record.decisionDay = Math.max(admission + rng.int(20, 120), inflow + 1);
      return;
    }
    const length = c.release - admission;
    const atJudgment =
      length >= 7 && rng.chance(length < 21 ? 0.25 : length < 45 ? 0.55 : 0.8) && c.release > inflow + 1;
    if (atJudgment) {
      // Released at the judgment: a sentence equal to the time served.
      const verdict = this.#verdict(c.release, 'conviction');
      const conditional = rng.chance(0.6) ? this.#logUniform(30, 365) : 0;
      verdict.prisonDays = length + conditional;
      verdict.conditionalDays = conditional;
      if (rng.chance(0.3)) verdict.hours = SERVICE_HOURS.pick(rng);
      record.decision = 'summons';
      record.decisionDay = summonsBefore(c.release);
      record.verdict = verdict;
      record.executions.push(this.#detention('prison', admission, c.release));
      this.#executeVerdict(verdict, record.executions);
      return;
    }
    // Released before trial: the case goes on outside.
    const decision = AFTER_RELEASE_DECISION.pick(rng);
    record.decision = decision;
    record.decisionDay = Math.max(c.release, inflow) + this.#decisionLead(decision);
    if (decision === 'om-penalty-order') {
      const start = record.decisionDay + rng.int(14, 45);
      record.executions.push(this.#payment('om-penalty-order', start, this.#fineAmount()));
      return;
    }
    if (decision !== 'summons') return;
    const verdict = this.#verdict(
      record.decisionDay + this.#lead(150, 0.45, 45, 540),
      AFTER_RELEASE_OUTCOME.pick(rng),
    );
    record.verdict = verdict;
    if (verdict.outcome !== 'conviction') return;
    // The time in pre-trial detention is deducted: often the unconditional part equals it.
    const conditional = rng.chance(0.7) ? this.#logUniform(30, 365) : 0;
    verdict.prisonDays = Math.max(1, length) + conditional;
    verdict.conditionalDays = conditional;
    if (rng.chance(0.45)) verdict.hours = SERVICE_HOURS.pick(rng);
    record.executions.push(this.#detention('prison', admission, c.release));
    this.#executeVerdict(verdict, record.executions);
  }

  /**
   * Substitute detention: a fine (a court's or an OM penalty order) left
   * unpaid, whose collection ends in detention; the fine's execution ends at the
   * release.
   */
  #substituteHistory(c: DetentionCase, record: CaseRecord): void {
    const rng = this.#rng;
    const admission = c.admission;
    const year = c.caseYear;
    const lo = firstDayOfYear(year);
    const hi = Math.min(firstDayOfYear(year + 1) - 1, admission - 20);
    const court = rng.chance(0.6);
    const leads = court
      ? [
          this.#lead(80, 0.5, 14, 365),
          this.#lead(150, 0.45, 45, 540),
          14 + rng.int(0, 3),
          rng.int(7, 30),
          rng.int(60, 300),
        ]
      : [this.#lead(45, 0.6, 7, 300), rng.int(14, 45), rng.int(60, 300)];
    let total = 0;
    for (const lead of leads) total += lead;
    let inflow = Math.min(Math.max(admission - total, lo), Math.max(hi, lo));
    if (admission - inflow < leads.length) inflow = admission - leads.length;
    const days = spread(inflow, admission, leads);
    this.#historyBefore(record, inflow);
    record.decisionDay = days[0] as number;
    const unpaid = (c.title.sentenceDays ?? 1) * 25;
    const paid = rng.chance(0.6) ? 0 : Math.round((unpaid * rng.between(0.1, 1.5)) / 10) * 10;
    const execution: Execution = {
      sanction: court ? 'fine' : 'om-penalty-order',
      start: days[days.length - 1] as number,
      end: c.release,
      due: unpaid + paid,
      paid,
      payment: 'before',
    };
    if (court) {
      record.decision = 'summons';
      const verdict = this.#verdict(days[1] as number, 'conviction');
      verdict.irrevocable = days[2] as number;
      verdict.fine = unpaid + paid;
      record.verdict = verdict;
    } else {
      record.decision = 'om-penalty-order';
    }
    record.executions.push(execution);
  }

  // -------------------------------------------------------------------------
  // Writing

  #year(day: number): ChainYear {
    if (day === this.#lastCountedDay) return this.#lastCountedYear as ChainYear;
    const key = String(yearOf(day));
    let year = this.#summary.years[key];
    if (year === undefined) {
      year = emptyYear();
      this.#summary.years[key] = year;
    }
    this.#lastCountedDay = day;
    this.#lastCountedYear = year;
    return year;
  }

  #count(delivery: DeliveryName, day: number): ChainYear {
    this.#summary.rows[delivery]++;
    const year = this.#year(day);
    year.rows[delivery]++;
    return year;
  }

  /** Writes a registration (numbered now) and returns its id. */
  #writeRegistration(registration: Registration, cleared: boolean): string {
    const day = registration.day;
    if (day !== this.#lastRegistrationDay) {
      const year = yearOf(day);
      this.#lastRegistrationDay = day;
      this.#lastRegistrationPrefix = `PL-${year}-`;
      this.#lastRegistrationYear = year;
    }
    const id = `${this.#lastRegistrationPrefix}${this.#registrationNumber(this.#lastRegistrationYear)}`;
    this.#sink.line(
      'politie-misdrijven',
      `${id},${isoDate(day)},${csvDate(registration.committed)},${registration.law},${registration.municipality}`,
    );
    const counts = this.#count('politie-misdrijven', day);
    if (cleared) counts.cleared++;
    const group = this.#groupOf.get(registration.law) ?? '9';
    counts.scmGroups[group] = (counts.scmGroups[group] ?? 0) + 1;
    return id;
  }

  /**
   * The next registration number of a year, eight digits: the k-th of a part
   * is number 2k (detention part) or 2k + 1 (background), scrambled, so the
   * two parts never share one and the numbers show no order.
   */
  #registrationNumber(year: number): string {
    const k = this.#registrationCounters.get(year) ?? 0;
    const n = 2 * k + (this.#part === 'detention' ? 0 : 1);
    if (n >= REGISTRATIONS) throw new RangeError(`more than ${REGISTRATIONS / 2} registrations in ${year}`);
    this.#registrationCounters.set(year, k + 1);
    return String(REGISTRATIONS + ((n * REGISTRATION_SCRAMBLE) % REGISTRATIONS)).slice(1);
  }

  /** A parketnummer for a case that came in at the OM on `inflow`, numbered like registrations. */
  #parketnummer(inflow: number): string {
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

  /** Writes a suspect's rows, leaving out every fact dated at or after the end of the period. */
  #writeCase(record: CaseRecord, registrationId: string | null = null): void {
    const end = this.#toDay;
    const sink = this.#sink;
    const person = record.person;
    if (registrationId !== null && record.identified >= 0 && record.identified < end) {
      const residence = this.#residence(person, record.identified);
      sink.line(
        'politie-verdachten',
        `${registrationId},${person.skn},${person.bsn ?? ''},${csvText(person.surname)},` +
          `${residence ? residence.postalCode : ''},${isoDate(record.identified)},${person.birthDate},` +
          `${person.sex},${residence ? residence.municipality : ''}`,
      );
      this.#count('politie-verdachten', record.identified);
    }
    if (record.inflow < 0 || record.inflow >= end) return;
    const parketnummer = record.parketnummer || this.#parketnummer(record.inflow);
    const decided = record.decision !== null && record.decisionDay < end;
    const residence = this.#residence(person, record.inflow);
    sink.line(
      'om-zaken',
      `${parketnummer},${person.skn},${record.registration ? registrationId : ''},${isoDate(record.inflow)},` +
        `${record.law},${decided ? record.decision : ''},${decided ? isoDate(record.decisionDay) : ''},` +
        `${person.birthDate},${person.sex},${residence ? residence.municipality : ''}`,
    );
    const inflowYear = this.#count('om-zaken', record.inflow);
    if (record.registration === null) inflowYear.otherServices++;
    if (decided) this.#year(record.decisionDay).decisions[record.decision as OmDecision]++;
    if (!decided) return;
    const verdict = record.verdict;
    const judged = verdict !== null && verdict.day < end;
    if (verdict !== null && judged) {
      const irrevocable = verdict.irrevocable >= 0 && verdict.irrevocable < end;
      sink.line(
        'rechtspraak-vonnissen',
        `${parketnummer},${person.skn},${isoDate(verdict.day)},${verdict.outcome},` +
          `${csvNumber(verdict.prisonDays)},${csvNumber(verdict.conditionalDays)},${csvNumber(verdict.hours)},` +
          `${csvNumber(verdict.fine)},${verdict.tbs},${verdict.pij},${irrevocable ? isoDate(verdict.irrevocable) : ''}`,
      );
      const year = this.#count('rechtspraak-vonnissen', verdict.day);
      year.outcomes[verdict.outcome]++;
      if (verdict.outcome === 'conviction') {
        const c = year.convictions;
        if ((verdict.prisonDays ?? 0) > (verdict.conditionalDays ?? 0)) c.unconditionalPrison++;
        else if (verdict.hours !== null) c.communityService++;
        else if (verdict.fine !== null) c.fine++;
        else if (verdict.prisonDays !== null) c.conditionalOnly++;
        else c.measureOnly++;
        if (verdict.tbs) c.tbs++;
        if (verdict.pij) c.pij++;
      }
    }
    // An execution needs its verdict (when the case has one) in the extract.
    if (verdict !== null && !judged) return;
    for (const e of record.executions) {
      if (e.start >= end) continue;
      const ended = e.end >= 0 && e.end < end;
      let paid = e.paid;
      if (paid !== null && !ended && e.payment !== 'before') {
        paid = e.payment === 'instalments' ? Math.round((paid * (end - e.start)) / (e.end - e.start)) : 0;
      }
      sink.line(
        'cjib-executies',
        `${parketnummer},${person.skn},${e.sanction},${isoDate(e.start)},${ended ? isoDate(e.end) : ''},` +
          `${csvNumber(e.due)},${csvNumber(paid)}`,
      );
      this.#count('cjib-executies', e.start).executions[e.sanction]++;
    }
  }
}
