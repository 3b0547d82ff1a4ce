/**
 * The chain's calibration: national volumes and shares (CHAIN_NATIONAL), the
 * distributions cases are drawn from, the timing of the run, and the rates a
 * day and the law-article pickers derived from them for one run.
 */
import type { OmDecision, VerdictOutcome } from '../../statistics/index.ts';
import type { SimulationCatalog } from '../places.ts';
import { NATIONAL, type ResolvedOptions } from '../presets.ts';
import { WeightedPicker, weighted } from '../rng.ts';
import { csvText } from './encoding.ts';

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

export type CareerStep =
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
  sanctionMix: { prison: 0.03, 'community-service': 0.46, fine: 0.35, conditional: 0.16 },
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
export const ARTICLE_WEIGHTS: Readonly<Record<string, number>> = {
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
export const OTHER_SERVICES_MIX: Readonly<Record<string, number>> = {
  '1': 0.6,
  '4': 0.1,
  '5': 0.1,
  '6': 0.12,
  '7': 0.08,
};

/** Age of new suspects at the offence (CBS: most are 18–34; 12 is the age of criminal responsibility). */
export const SUSPECT_AGE = new WeightedPicker<readonly [number, number]>([
  [[12, 17], 11],
  [[18, 24], 25],
  [[25, 34], 25],
  [[35, 44], 16],
  [[45, 54], 13],
  [[55, 64], 7],
  [[65, 85], 3],
]);
export const SUSPECT_MALE_SHARE = 0.81;
/** Suspects registered with sex O (other or unknown). */
export const SEX_OTHER_SHARE = 0.002;
export const SUSPECT_BSN_SHARE = 0.92;
export const SUSPECT_RESIDENCE_SHARE = 0.95;

/** Community service hours as courts impose them (round numbers, 20–240). */
export const SERVICE_HOURS = new WeightedPicker<number>([
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
export const AFTER_RELEASE_DECISION = weighted<OmDecision>({
  summons: 0.74,
  'policy-dismissal': 0.07,
  'technical-dismissal': 0.1,
  joined: 0.05,
  'om-penalty-order': 0.04,
});
export const AFTER_RELEASE_OUTCOME = weighted<VerdictOutcome>({
  conviction: 0.86,
  acquittal: 0.1,
  discharge: 0.04,
});

/**
 * Registered offences of detention persons after their release (the detention
 * part makes them): per detention case a year once the run is under way, and
 * how fast they build up from its first day (they follow releases). Measured
 * on national-decade; the background leaves room for them among the
 * registrations with a suspect, so the total stays on target.
 */
export const DETENTION_CAREERS_PER_CASE = 0.74;
export const DETENTION_CAREERS_BUILD_UP_DAYS = 840;
/** Years after the period over which anticipated sentences are drawn (their history can reach back this far). */
export const ANTICIPATED_YEARS = 5;
/** Days the background runs before the period, so that cases in progress on its first day exist. */
export const BACKGROUND_RUN_IN_DAYS = 730;
/** Days a released detainee's details are kept after their last event, for a re-admission (the engine's window is 730). */
export const KEEP_RELEASED_DAYS = 800;

/** What a run draws with: per-day rates at its scale, and the pickers built from the calibration. */
export interface ChainRates {
  /** SCM main group of each law article (9 when the catalogue gives none). */
  groupOf: ReadonlyMap<string, string>;
  /** Background registrations a day with a known suspect (before room for the detention persons' offences). */
  clearedPerDay: number;
  /** Later offences of detention persons a day, once under way (see DETENTION_CAREERS_PER_CASE). */
  detentionCareersPerDay: number;
  /** Registrations a day without a suspect, and OM cases of other services. */
  unclearedPerDay: number;
  otherServicesPerDay: number;
  clearedLaw: WeightedPicker<string>;
  unclearedLaw: WeightedPicker<string>;
  otherServicesLaw: WeightedPicker<string>;
  decision: WeightedPicker<OmDecision>;
  outcome: WeightedPicker<VerdictOutcome>;
  sanction: WeightedPicker<'prison' | 'community-service' | 'fine' | 'conditional'>;
}

/** The rates and pickers of a run; draws nothing. */
export function chainRates(
  options: ResolvedOptions,
  catalog: SimulationCatalog,
  calibration: ChainCalibration,
): ChainRates {
  const groupOf = new Map<string, string>();
  const offences = catalog.data.offences as readonly { code: string; scmMainGroup?: string }[];
  const byGroup = new Map<string, [string, number][]>();
  for (const offence of offences) {
    // Law articles are written as they are.
    if (csvText(offence.code) !== offence.code)
      throw new RangeError(`law article unfit for CSV: ${offence.code}`);
    const group = offence.scmMainGroup ?? '9';
    groupOf.set(offence.code, group);
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

  // The detention cases are registrations with a suspect too: the background makes the rest.
  const { scale, smallSectorBoost } = options;
  const detentionCasesPerYear =
    NATIONAL.prisonAdmissionsPerYear * scale +
    NATIONAL.juvenileAdmissionsPerYear * scale * smallSectorBoost +
    NATIONAL.tbsAdmissionsPerYear * scale * smallSectorBoost * (1 - NATIONAL.tbsAfterPrisonShare);
  const registered = calibration.registeredCrimesPerYear * scale;
  const clearedPerDay = Math.max(0, registered * clearedShare - detentionCasesPerYear) / 365;
  const detentionCareersPerDay = (DETENTION_CAREERS_PER_CASE * detentionCasesPerYear) / 365;
  const unclearedPerDay = (registered * (1 - clearedShare)) / 365;
  const otherServicesPerDay = (calibration.otherServicesPerYear * scale) / 365;
  return {
    groupOf,
    clearedPerDay,
    detentionCareersPerDay,
    unclearedPerDay,
    otherServicesPerDay,
    clearedLaw: lawPicker(cleared),
    unclearedLaw: lawPicker(uncleared),
    otherServicesLaw: lawPicker(OTHER_SERVICES_MIX),
    decision: weighted(calibration.decisionMix),
    outcome: weighted(calibration.outcomeMix),
    sanction: weighted(calibration.sanctionMix),
  };
}
