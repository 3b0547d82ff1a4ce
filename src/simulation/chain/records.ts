/**
 * The chain's records as the generator holds them (persons, detention cases,
 * registrations, verdicts, executions, a suspect's whole case) and the day
 * arithmetic they are fitted with. Pure: nothing here draws or writes.
 */
import type { ExecutedSanction, OmDecision, VerdictOutcome } from '../../statistics/index.ts';
import { yearOf } from '../calendar.ts';
import { servedDays } from '../episodes.ts';
import type { Sector, SimTitle } from '../model.ts';
import type { Scheduled } from '../queue.ts';

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

export type Sex = 'M' | 'V' | 'O';

export interface Residence {
  /** First day of the address. */
  from: number;
  municipality: string;
  postalCode: string;
}

export interface Person {
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

export interface DetentionState {
  open: DetentionCase | undefined;
  lastRelease: number;
  /** Day of the person's last event. */
  lastSeen: number;
}

export interface Released {
  /** Day after which the person may be forgotten, unless seen since. */
  until: number;
  release: number;
  person: Person;
}

export interface DetentionCase {
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

export interface Registration {
  day: number;
  committed: number;
  law: string;
  municipality: string;
}

export interface Verdict {
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

export interface Execution {
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
export interface CaseRecord {
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

export interface Career extends Scheduled {
  person: Person;
}

export function clampRound(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / 86_400_000;
}

/** The year of a parketnummer `13/123456-25`, the one of its century nearest before `day`. */
export function caseYear(parketnummer: string, day: number): number {
  const yy = Number(parketnummer.slice(-2));
  const year = yearOf(day);
  return year - ((((year - yy) % 100) + 100) % 100);
}

/**
 * Days strictly between `start` and `end` that split the span in proportion to
 * `leads` (the last lead is what remains before `end`): leads.length − 1 days,
 * increasing. Needs end − start ≥ leads.length.
 */
export function spread(start: number, end: number, leads: readonly number[]): number[] {
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
export function sentenceForServed(served: number): number {
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

/** The address a person had on `day`, if any. */
export function residenceOn(person: Person, day: number): Residence | undefined {
  const addresses = person.addresses;
  for (let i = addresses.length - 1; i >= 0; i--) {
    const address = addresses[i] as Residence;
    if (address.from <= day) return address;
  }
  return undefined;
}

export function newRecord(person: Person, registration: Registration | null, law: string): CaseRecord {
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

export function detentionExecution(sanction: ExecutedSanction, start: number, end: number): Execution {
  return { sanction, start, end, due: null, paid: null, payment: 'at-end' };
}
