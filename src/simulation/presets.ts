/**
 * Presets and the calibration of the simulation. National rates are per year
 * at scale 1; a preset scales them. Where a figure comes from is said beside
 * it and in docs/simulation.md.
 */
import { addYears, dayOf, isoDate } from './calendar.ts';

export interface Calibration {
  /** Admissions to prisons (GW) a year, all titles, re-admissions included: ~30,000 (prison inflow, domain brief). */
  prisonAdmissionsPerYear: number;
  /** Admissions to juvenile institutions (JJI) a year; sized so that ~5,400 re-integration notices go to the RvdK (Injus, cijfers 2024). */
  juvenileAdmissionsPerYear: number;
  /** Admissions to TBS clinics a year (tbs-dwangverpleging). */
  tbsAdmissionsPerYear: number;
  /** Share of TBS admissions that follow a prison sentence served first in a PI. */
  tbsAfterPrisonShare: number;
  /** Share of prison admissions that are re-admissions of someone released in the last three years (when there is one). */
  prisonReadmissionShare: number;
  /** The same for juvenile institutions. */
  juvenileReadmissionShare: number;
  /** Chance that a detention episode long enough for it includes an escape or failure to return. */
  escapeChance: number;
}

/** National calibration, scale 1. */
export const NATIONAL: Calibration = {
  prisonAdmissionsPerYear: 30_000,
  juvenileAdmissionsPerYear: 2_150,
  tbsAdmissionsPerYear: 180,
  tbsAfterPrisonShare: 0.5,
  prisonReadmissionShare: 0.3,
  juvenileReadmissionShare: 0.15,
  escapeChance: 0.004,
};

export type PresetName = 'demo' | 'national-year' | 'national-decade';

export interface Preset {
  name: PresetName;
  description: string;
  /** First day of the period, `YYYY-MM-DD`. */
  from: string;
  years: number;
  /** Multiplies the national prison rate. */
  scale: number;
  /** Extra multiplier for the small sectors (JJI, TBS), so a small demo still shows them. */
  smallSectorBoost: number;
  /** Multiplies the escape chance, so a small demo still shows escapes. */
  escapeBoost: number;
  /**
   * Multiplies the share of serious violent and sexual offences, so a small demo's BIJ boxes
   * hold more than one or two notices (BIJ is about these offences only).
   */
  seriousOffenceBoost: number;
}

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  demo: {
    name: 'demo',
    description:
      'about 2,500 persons over three years up to 2026-11-01, with every event type; ingests in seconds',
    from: '2023-11-01',
    years: 3,
    scale: 0.022,
    smallSectorBoost: 4,
    escapeBoost: 8,
    seriousOffenceBoost: 4,
  },
  'national-year': {
    name: 'national-year',
    description: 'one year (2025) at national scale: ~30,000 prison admissions, ~10,000 held on a day',
    from: '2025-01-01',
    years: 1,
    scale: 1,
    smallSectorBoost: 1,
    escapeBoost: 1,
    seriousOffenceBoost: 1,
  },
  'national-decade': {
    name: 'national-decade',
    description: 'ten years (2016–2025) at national scale',
    from: '2016-01-01',
    years: 10,
    scale: 1,
    smallSectorBoost: 1,
    escapeBoost: 1,
    seriousOffenceBoost: 1,
  },
};

export function isPresetName(value: string): value is PresetName {
  return Object.hasOwn(PRESETS, value);
}

/** Default share of events that a source delivers wrongly (duplicate, re-sent or late). */
export const DEFAULT_ERROR_RATE = 0.003;

export interface SimulationOptions {
  preset?: PresetName;
  /** Approximate number of persons in the output; overrides the preset's scale. */
  persons?: number;
  /** First day of the period, `YYYY-MM-DD`. */
  from?: string;
  /** Length of the period in whole years. */
  years?: number;
  seed?: number;
  /** Share of events delivered with a source mistake, 0 ≤ rate ≤ 0.5. */
  errorRate?: number;
}

export interface ResolvedOptions {
  preset: PresetName;
  from: string;
  /** First day after the period. */
  to: string;
  years: number;
  seed: number;
  errorRate: number;
  scale: number;
  smallSectorBoost: number;
  escapeBoost: number;
  seriousOffenceBoost: number;
}

/**
 * Persons in the output per year of period at scale 1, and persons held at
 * the start (the run-in): measured on national-year with seed 1, used only to
 * turn `--persons` into a scale.
 */
const PERSONS_PER_YEAR_AT_SCALE_1 = 24_500;
const PERSONS_AT_START_AT_SCALE_1 = 12_200;

export function resolveOptions(options: SimulationOptions = {}): ResolvedOptions {
  const preset = PRESETS[options.preset ?? 'demo'];
  const from = options.from ?? preset.from;
  const fromDay = dayOf(from);
  const years = options.years ?? preset.years;
  if (!Number.isInteger(years) || years < 1 || years > 50)
    throw new RangeError('years is a whole number from 1 to 50');
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff)
    throw new RangeError('seed is a whole number from 0 to 4294967295');
  const errorRate = options.errorRate ?? DEFAULT_ERROR_RATE;
  if (!(errorRate >= 0 && errorRate <= 0.5)) throw new RangeError('error rate is a fraction from 0 to 0.5');
  let scale = preset.scale;
  if (options.persons !== undefined) {
    if (!Number.isInteger(options.persons) || options.persons < 1)
      throw new RangeError('persons is a positive whole number');
    const perScale =
      PERSONS_AT_START_AT_SCALE_1 * (1 + (preset.smallSectorBoost - 1) * 0.12) +
      PERSONS_PER_YEAR_AT_SCALE_1 * (1 + (preset.smallSectorBoost - 1) * 0.08) * years;
    scale = options.persons / perScale;
  }
  return {
    preset: preset.name,
    from,
    to: isoDate(addYears(fromDay, years)),
    years,
    seed,
    errorRate,
    scale,
    smallSectorBoost: preset.smallSectorBoost,
    escapeBoost: preset.escapeBoost,
    seriousOffenceBoost: preset.seriousOffenceBoost,
  };
}
