/**
 * The counts of a run's chain extracts (ChainSummary): rows per delivery,
 * persons, and per year the figures the calibration is checked against.
 */
import {
  DELIVERY_NAMES,
  type DeliveryName,
  EXECUTED_SANCTIONS,
  type ExecutedSanction,
  OM_DECISIONS,
  type OmDecision,
  VERDICT_OUTCOMES,
  type VerdictOutcome,
} from '../../statistics/index.ts';
import { yearOf } from '../calendar.ts';

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

export function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function emptyYear(): ChainYear {
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

/** Counts rows as they are written, by the year of the date that places them. */
export class ChainTally {
  readonly summary: ChainSummary;
  #lastCountedDay = Number.NaN;
  #lastCountedYear: ChainYear | undefined;

  constructor(from: string, to: string) {
    this.summary = {
      period: { from, to },
      rows: zeroRecord(DELIVERY_NAMES),
      persons: { detention: 0, background: 0 },
      years: {},
    };
  }

  /** The counts of the year of `day` (the last one asked for is kept at hand: rows come day by day). */
  year(day: number): ChainYear {
    if (day === this.#lastCountedDay) return this.#lastCountedYear as ChainYear;
    const key = String(yearOf(day));
    let year = this.summary.years[key];
    if (year === undefined) {
      year = emptyYear();
      this.summary.years[key] = year;
    }
    this.#lastCountedDay = day;
    this.#lastCountedYear = year;
    return year;
  }

  /** Counts one row of `delivery` placed on `day`; returns that year's counts. */
  count(delivery: DeliveryName, day: number): ChainYear {
    this.summary.rows[delivery]++;
    const year = this.year(day);
    year.rows[delivery]++;
    return year;
  }
}
