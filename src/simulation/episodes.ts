/**
 * Detention episodes as plans: when admitted, on which title, and which
 * events follow until release, for each DJI sector. A plan is made in full at
 * admission (people do not interact, so nothing later can change it) and is
 * then played out in time order by the engine.
 *
 * Titles change within an episode as they do in reality (contract 1.1):
 * pre-trial detention becomes a sentence at the judgment (`title-changed`),
 * irrevocable later; a second title comes and goes (`title-added`,
 * `title-ended`); TBS after the prison part is a transfer to a clinic in the
 * same episode. Every sequence is consistent: a title is changed or ended only
 * while the episode holds it, never the last one before the release.
 */
import type { OffenceCategory } from '../reference/index.ts';
import { addYears, ageOn, yearOf } from './calendar.ts';
import type { RiskDomain, SimTitle } from './model.ts';
import { mixForSentence, type OffenceMix } from './offences.ts';
import {
  type Episode,
  type ItemKind,
  type Plan,
  type PlanContext,
  type PlannedEpisode,
  RANK,
} from './plan.ts';
import { type Rng, WeightedPicker, weighted } from './rng.ts';

// ---------------------------------------------------------------------------
// Prisons (GW, TULP-GW)

/**
 * Unconditional prison sentences in days. Most are short; a tail runs to
 * twenty years (CBS/WODC: over half of unconditional custodial sentences are
 * under three months; a few percent are over three years).
 */
const SENTENCE_BANDS = new WeightedPicker<readonly [number, number]>([
  [[7, 30], 33],
  [[31, 90], 26],
  [[91, 180], 17],
  [[181, 365], 12],
  [[366, 1095], 8.5],
  [[1096, 2920], 2.4],
  [[2921, 7300], 0.5],
]);

function logUniform(lo: number, hi: number, rng: Rng): number {
  return Math.round(Math.exp(rng.between(Math.log(lo), Math.log(hi))));
}

export function drawSentenceDays(rng: Rng): number {
  const [lo, hi] = SENTENCE_BANDS.pick(rng);
  return logUniform(lo, hi, rng);
}

/**
 * Days actually served of a sentence (conditional release, art. 6:2:10 Sv):
 * up to a year in full; one to two years: a year plus two thirds of the rest;
 * over two years: two thirds, at most two years early (Wet straffen en
 * beschermen, from 2021).
 */
export function servedDays(sentenceDays: number): number {
  if (sentenceDays <= 365) return sentenceDays;
  if (sentenceDays <= 730) return 365 + Math.round(((sentenceDays - 365) * 2) / 3);
  return sentenceDays - Math.min(Math.round(sentenceDays / 3), 730);
}

export type PrisonOutcome = 'released-before-trial' | 'released-at-judgment' | 'sentenced';

export interface PrisonCase {
  kind: 'pre-trial' | 'prison-sentence' | 'substitute-detention';
  outcome: PrisonOutcome;
  /** Days from admission to judgment (pre-trial only). */
  trialOffset: number;
  /** Imposed unconditional sentence; 0 when there is none. */
  sentenceDays: number;
  /** Days from admission to release (before escapes and recalculations). */
  length: number;
  mix: OffenceMix;
  irrevocable: boolean;
}

/**
 * Share of sentences over six months that start as pre-trial detention: the
 * suspect of a serious offence is held until the trial (the rest report to
 * prison after the judgment, or were let out before it).
 */
const LONG_AFTER_PRE_TRIAL = 0.85;

const PRISON_TITLE = weighted({ 'pre-trial': 55, 'prison-sentence': 35, 'substitute-detention': 10 });

function clampRound(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** The skeleton of a prison episode: cheap to draw, so the run-in can sample many. */
export function drawPrisonCase(rng: Rng): PrisonCase {
  const kind = PRISON_TITLE.pick(rng);
  if (kind === 'substitute-detention') {
    const days = clampRound(rng.logNormal(12, 0.9), 1, 180);
    return {
      kind,
      outcome: 'sentenced',
      trialOffset: 0,
      sentenceDays: days,
      length: days,
      mix: 'substitute',
      irrevocable: true,
    };
  }
  if (kind === 'prison-sentence') {
    const sentenceDays = drawSentenceDays(rng);
    if (sentenceDays > 180 && rng.chance(LONG_AFTER_PRE_TRIAL)) {
      // Sentenced while in pre-trial detention: the time served counts, the stay is as long.
      const trialOffset = clampRound(rng.logNormal(90, 0.6), 14, 450);
      const served = servedDays(sentenceDays);
      return {
        kind: 'pre-trial',
        outcome: served <= trialOffset ? 'released-at-judgment' : 'sentenced',
        trialOffset,
        sentenceDays,
        length: Math.max(served, trialOffset),
        mix: mixForSentence(sentenceDays),
        irrevocable: false,
      };
    }
    return {
      kind,
      outcome: 'sentenced',
      trialOffset: 0,
      sentenceDays,
      length: servedDays(sentenceDays),
      mix: mixForSentence(sentenceDays),
      irrevocable: rng.chance(0.95),
    };
  }
  if (rng.chance(0.5)) {
    const length = clampRound(rng.logNormal(10, 1), 1, 240);
    return {
      kind,
      outcome: 'released-before-trial',
      trialOffset: 0,
      sentenceDays: 0,
      length,
      mix: 'pre-trial-released',
      irrevocable: false,
    };
  }
  const trialOffset = clampRound(rng.logNormal(60, 0.6), 7, 450);
  const sentenceDays = drawSentenceDays(rng);
  const served = servedDays(sentenceDays);
  const outcome = served <= trialOffset ? 'released-at-judgment' : 'sentenced';
  return {
    kind,
    outcome,
    trialOffset,
    sentenceDays,
    length: Math.max(served, trialOffset),
    mix: mixForSentence(sentenceDays),
    irrevocable: false,
  };
}

/** A prison case for someone sentenced to prison and TBS: the prison part comes first. */
export function drawPrisonBeforeTbs(rng: Rng): PrisonCase {
  const sentenceDays = clampRound(rng.logNormal(3 * 365, 0.4), 365, 8 * 365);
  return {
    kind: 'prison-sentence',
    outcome: 'sentenced',
    trialOffset: 0,
    sentenceDays,
    length: servedDays(sentenceDays),
    mix: 'tbs',
    irrevocable: true,
  };
}

const VICTIM_CHANCE: Readonly<Record<OffenceCategory, number>> = {
  sexual: 0.68,
  'serious-violent': 0.68,
  violent: 0.64,
  arson: 0.56,
  property: 0.32,
  drugs: 0,
  'public-order': 0,
  other: 0,
};
const VICTIM_COUNT = weighted({ '1': 60, '2': 25, '3': 15 });

/**
 * Victims (or surviving relatives) who ask CJIB to be informed about the case
 * of `title`, some days after `fromDay` and before the release.
 */
function planVictims(
  plan: Plan,
  episode: Episode,
  fromDay: number,
  releaseDay: number,
  category: OffenceCategory,
  title: SimTitle,
  rng: Rng,
): void {
  if (!rng.chance(VICTIM_CHANCE[category])) return;
  const count = Number(VICTIM_COUNT.pick(rng));
  for (let i = 0; i < count; i++) {
    const day = fromDay + rng.int(2, 90);
    if (day < releaseDay) plan.addTitle(day, 'victim-registered', episode, title);
  }
}

/** Chance of an art. 18b risk assessment at release-scheduled, by main offence. */
const RISK_18B_CHANCE: Readonly<Record<OffenceCategory, number>> = {
  sexual: 0.165,
  'serious-violent': 0.13,
  violent: 0.06,
  arson: 0.04,
  property: 0.007,
  drugs: 0.005,
  'public-order': 0.007,
  other: 0.005,
};

function riskDomains(category: OffenceCategory, rng: Rng): RiskDomain[] {
  if (rng.chance(0.12)) return ['zeden', 'geweld'];
  if (category === 'sexual') return ['zeden'];
  return rng.chance(0.9) ? ['geweld'] : ['zeden'];
}

function isSeriousCategory(category: OffenceCategory): boolean {
  return category === 'serious-violent' || category === 'sexual';
}

/** Days [from, until] the person is away (escaped); nothing of the institution happens then. */
interface Away {
  from: number;
  until: number;
}
const NOT_AWAY: Away = { from: -1, until: -2 };
function isAway(day: number, away: Away): boolean {
  return day >= away.from && day <= away.until;
}

/** Kinds an escape does not move: the CJIB's, the person's own, and the episode's ends. */
const STAYS_PUT = new Set<ItemKind>(['victim-registered', 'admission', 'release', 'escape', 'returned']);

/**
 * An escape (or a failure to return from leave) on `day`, back `gone` days
 * later: the institution writes nothing while the person is away, so what was
 * planned in those days happens on the day of the return, after it, in its
 * order.
 */
function planEscape(plan: Plan, episode: Episode, day: number, gone: number): void {
  const away = plan.add(day, RANK.during, 'escape', episode);
  const back = plan.add(day + gone, RANK.during, 'returned', episode);
  for (const item of plan.items) {
    if (item.episode !== episode || STAYS_PUT.has(item.kind)) continue;
    if (item.day < day || item.day > day + gone) continue;
    if (item.day === day && item.order < away.order) continue;
    item.order = back.order + (item.day - day) + 1 + (item.order % 4096) / 4096;
    item.day = day + gone;
  }
}

/** Share of first-instance prison sentences against which an appeal is lodged. */
const APPEAL_SHARE = 0.15;
/** Share of appeals that change the length of the sentence. */
const APPEAL_CHANGES_SENTENCE = 0.4;

/** The judgment made irrevocable: the day, and the sentence in force from then. */
interface Irrevocable {
  day: number;
  sentenceDays: number;
  appeal: boolean;
}

/** When a sentence of `judgmentDay` becomes irrevocable: after the 14-day term, or after an appeal. */
function drawIrrevocable(judgmentDay: number, sentenceDays: number, rng: Rng): Irrevocable {
  if (!rng.chance(APPEAL_SHARE))
    return { day: judgmentDay + 14 + rng.int(0, 3), sentenceDays, appeal: false };
  const day = judgmentDay + clampRound(rng.logNormal(200, 0.5), 60, 700);
  const changed = rng.chance(APPEAL_CHANGES_SENTENCE)
    ? Math.max(7, Math.round(sentenceDays * rng.between(0.6, 1.3)))
    : sentenceDays;
  return { day, sentenceDays: changed, appeal: true };
}

/** A version of a title: the same case with other facts. */
function version(title: SimTitle, change: Partial<SimTitle>): SimTitle {
  return { ...title, ...change };
}

/** What follows a prison episode: a release, or the TBS clinic (a transfer, no release). */
export type PrisonEnd = 'release' | 'tbs';

/**
 * Plans a prison episode from `admissionDay`. Returns the episode and its
 * release day (with `then: 'tbs'`, the last day of the prison part: no
 * release is planned, the TBS part continues the episode).
 *
 * Titles over time (contract 1.1): pre-trial detention that leads to a
 * sentence changes its title at the judgment (`title-changed`: a prison
 * sentence, not irrevocable) and again when the sentence becomes irrevocable
 * (no appeal: two weeks; an appeal: months, sometimes another length). A
 * sentence in another case or substitute detention may be added for a while
 * (`title-added`, `title-ended` of whichever is served first).
 */
export function planPrison(
  ctx: PlanContext,
  plan: Plan,
  admissionDay: number,
  c: PrisonCase,
  then: PrisonEnd = 'release',
): PlannedEpisode {
  const { rng } = ctx;
  const picked = ctx.offences.pick(c.mix, rng, admissionDay);
  const caseYear = c.kind === 'pre-trial' ? yearOf(admissionDay) : yearOf(admissionDay - rng.int(30, 700));
  const title: SimTitle = {
    kind: c.kind,
    irrevocable: c.irrevocable,
    offences: picked.offences,
    ...(c.kind === 'pre-trial' ? {} : { sentenceDays: c.sentenceDays }),
    caseNumber: ctx.cases.next(caseYear, rng),
  };
  let release = admissionDay + Math.max(1, c.length);
  const sentencedFrom = c.kind === 'pre-trial' ? admissionDay + c.trialOffset : admissionDay;
  const episode: Episode = {
    sector: 'GW',
    title,
    plannedEnd: c.kind === 'pre-trial' ? undefined : release,
    category: picked.category,
  };
  plan.add(admissionDay, RANK.admission, 'admission', episode, episode.plannedEnd ?? -1);

  const sentenced = c.outcome === 'sentenced';
  let lastChange = sentenced ? sentencedFrom : admissionDay;
  /** The version of the case in force, and from when it is irrevocable (-1: not in this episode). */
  let current = title;
  let irrevocableDay = c.irrevocable ? admissionDay : -1;
  if (c.kind === 'pre-trial' && c.outcome !== 'released-before-trial') {
    // The judgment: the pre-trial detention becomes a sentence of the same case.
    current = version(title, { kind: 'prison-sentence', irrevocable: false, sentenceDays: c.sentenceDays });
    plan.addTitle(sentencedFrom, 'title-changed', episode, current);
    if (sentenced) plan.add(sentencedFrom, RANK.during, 'planned-end-date-changed', episode, release);
  }
  if (sentenced && !current.irrevocable) {
    const judgment = c.kind === 'pre-trial' ? sentencedFrom : admissionDay - rng.int(0, 10);
    const final = drawIrrevocable(judgment, current.sentenceDays ?? 0, rng);
    const day = Math.max(final.day, admissionDay + 1);
    if (final.sentenceDays !== current.sentenceDays) {
      // The appeal court imposed another length: the release moves with it (never before the ruling).
      const changedRelease = Math.max(day + 1, admissionDay + servedDays(final.sentenceDays));
      if (day < release && then === 'release') {
        current = version(current, { irrevocable: true, sentenceDays: final.sentenceDays });
        plan.addTitle(day, 'title-changed', episode, current);
        release = changedRelease;
        plan.add(day, RANK.during, 'planned-end-date-changed', episode, release);
        irrevocableDay = day;
        lastChange = day;
      }
    } else if (day < release) {
      current = version(current, { irrevocable: true });
      plan.addTitle(day, 'title-changed', episode, current);
      irrevocableDay = day;
    }
  }

  // A recalculation of the end date (another sentence to serve, a correction).
  if (sentenced && release - lastChange > 30 && rng.chance(0.08)) {
    const day = lastChange + rng.int(5, Math.floor((release - lastChange) * 0.6));
    // Never before a title change already planned.
    release = Math.max(day + 7, irrevocableDay + 1, release + rng.int(-15, 90));
    plan.add(day, RANK.during, 'planned-end-date-changed', episode, release);
    lastChange = day;
  }

  // A second title for a while: substitute detention (an unpaid fine) or a sentence in another case.
  if (
    then === 'release' &&
    sentenced &&
    irrevocableDay >= 0 &&
    release - Math.max(irrevocableDay, lastChange) > 40
  ) {
    const other = rng.chance(0.05)
      ? 'substitute-detention'
      : rng.chance(0.03)
        ? 'prison-sentence'
        : undefined;
    if (other) {
      const day = rng.int(Math.max(irrevocableDay, lastChange) + 1, release - 30);
      const second = secondTitle(ctx, other, day);
      const extra = second.title.sentenceDays ?? 0;
      plan.addTitle(day, 'title-added', episode, second.title);
      release += other === 'substitute-detention' ? extra : servedDays(extra);
      plan.add(day, RANK.during, 'planned-end-date-changed', episode, release);
      lastChange = day;
      // Served one after the other: whichever comes first ends while the other goes on.
      const firstEnds = release - (other === 'substitute-detention' ? extra : servedDays(extra));
      if (firstEnds > day && firstEnds < release) {
        plan.addTitle(firstEnds, 'title-ended', episode, rng.chance(0.5) ? current : second.title);
      }
      if (second.category !== undefined) {
        planVictims(plan, episode, day, release, second.category, second.title, rng);
      }
    }
  }

  // An escape, or a failure to return from leave: time away does not count.
  let away = NOT_AWAY;
  const escapeFrom = Math.max(lastChange, admissionDay) + 10;
  if (sentenced && release - 20 > escapeFrom && rng.chance(ctx.escapeChance)) {
    const day = rng.int(escapeFrom, release - 20);
    const gone = rng.int(1, 40);
    release += gone;
    away = { from: day, until: day + gone };
    planEscape(plan, episode, day, gone);
    plan.add(day + gone, RANK.during, 'planned-end-date-changed', episode, release);
    lastChange = day + gone;
  }

  const length = release - admissionDay;
  if (length >= 14 && rng.chance(0.85)) {
    const day = admissionDay + rng.int(10, Math.min(45, length - 2));
    if (!isAway(day, away)) plan.add(day, RANK.during, 'dr-plan-shared', episode);
  }

  let transfers = length >= 3 ? rng.poisson((0.35 * length) / 365) : 0;
  if (c.kind === 'pre-trial' && sentenced && rng.chance(0.2)) {
    const day = sentencedFrom + rng.int(1, 30);
    if (day < release && !isAway(day, away)) plan.add(day, RANK.during, 'transfer', episode);
  }
  if (length >= 3 && rng.chance(0.04)) transfers++;
  for (let i = 0; i < transfers; i++) {
    const day = rng.int(admissionDay + 1, release - 1);
    if (!isAway(day, away)) plan.add(day, RANK.during, 'transfer', episode);
  }

  if (sentenced && c.kind !== 'substitute-detention') {
    const servedAfterJudgment = release - sentencedFrom;
    const serious = isSeriousCategory(picked.category);
    if (servedAfterJudgment > 365 && rng.chance(serious ? 0.15 : 0.5)) {
      const phaseFrom = release - rng.int(90, Math.min(300, servedAfterJudgment - 30));
      const day = Math.max(sentencedFrom + 1, phaseFrom - rng.int(0, 14));
      if (!isAway(day, away)) plan.add(day, RANK.during, 'regime-phasing', episode, phaseFrom);
    }
    let leaves = 0;
    if (servedAfterJudgment > 365) leaves = rng.poisson(serious ? 0.15 : 1);
    else if (servedAfterJudgment > 180 && rng.chance(serious ? 0.04 : 0.2)) leaves = 1;
    for (let i = 0; i < leaves; i++) {
      const earliest = Math.max(sentencedFrom + 30, release - 240);
      if (earliest >= release - 10) break;
      const day = rng.int(earliest, release - 10);
      const leaveFrom = day + rng.int(1, 7);
      const leaveUntil = leaveFrom + rng.int(1, 3);
      if (leaveUntil < release && !isAway(day, away)) {
        plan.add(day, RANK.during, 'leave-granted', episode, leaveFrom, leaveUntil);
      }
    }
    if (then === 'release' && rng.chance(0.85)) {
      const day = release - rng.int(7, 45);
      if (day > lastChange && day > away.until) {
        const risk = rng.chance(RISK_18B_CHANCE[picked.category])
          ? riskDomains(picked.category, rng)
          : undefined;
        plan.add(day, RANK.during, 'release-scheduled', episode, release, -1, risk);
        release = moveRelease(plan, episode, day, release, risk, rng);
      }
    }
  }

  planVictims(plan, episode, admissionDay, release, picked.category, title, rng);
  if (then === 'release') plan.add(release, RANK.release, 'release', episode, release);
  return { episode, admissionDay, releaseDay: release };
}

/** Share of scheduled releases whose date moves afterwards. */
const RELEASE_MOVES = 0.08;

/**
 * Sometimes the release date announced on `scheduledOn` moves later: a second
 * `release-scheduled` with the new date, or a `planned-end-date-changed`.
 * Returns the release day.
 */
function moveRelease(
  plan: Plan,
  episode: Episode,
  scheduledOn: number,
  release: number,
  risk: RiskDomain[] | undefined,
  rng: Rng,
): number {
  if (release - scheduledOn < 2 || !rng.chance(RELEASE_MOVES)) return release;
  const day = rng.int(scheduledOn + 1, release - 1);
  const moved = release + rng.int(2, 30);
  if (rng.chance(0.5)) plan.add(day, RANK.during, 'release-scheduled', episode, moved, -1, risk);
  else plan.add(day, RANK.during, 'planned-end-date-changed', episode, moved);
  return moved;
}

/** A title in another case, added to a running sentence. */
function secondTitle(
  ctx: PlanContext,
  kind: 'substitute-detention' | 'prison-sentence',
  day: number,
): { title: SimTitle; category: OffenceCategory | undefined } {
  const { rng } = ctx;
  if (kind === 'substitute-detention') {
    const picked = ctx.offences.pick('substitute', rng, day);
    const title: SimTitle = {
      kind,
      irrevocable: true,
      offences: picked.offences,
      sentenceDays: clampRound(rng.logNormal(12, 0.9), 1, 120),
      caseNumber: ctx.cases.next(yearOf(day - rng.int(60, 900)), rng),
    };
    return { title, category: undefined };
  }
  const sentenceDays = clampRound(rng.logNormal(60, 0.8), 7, 365);
  const picked = ctx.offences.pick(mixForSentence(sentenceDays), rng, day);
  const title: SimTitle = {
    kind,
    irrevocable: true,
    offences: picked.offences,
    sentenceDays,
    caseNumber: ctx.cases.next(yearOf(day - rng.int(30, 500)), rng),
  };
  return { title, category: picked.category };
}

// ---------------------------------------------------------------------------
// Juvenile institutions (JJI, JVS)

export type JuvenileCase = {
  kind: 'pre-trial' | 'prison-sentence' | 'pij';
  outcome: PrisonOutcome;
  trialOffset: number;
  sentenceDays: number;
  length: number;
};

const JUVENILE_TITLE = weighted({ 'pre-trial': 76, 'prison-sentence': 18, pij: 6 });
/** The PIJ measure is imposed for three years (art. 77t Sr); extensions by two years. */
const PIJ_DAYS = 1095;

export function drawJuvenileCase(rng: Rng): JuvenileCase {
  const kind = JUVENILE_TITLE.pick(rng);
  if (kind === 'pij') {
    const length = clampRound(rng.logNormal(2.3 * 365, 0.35), 365, 6 * 365);
    return { kind, outcome: 'sentenced', trialOffset: 0, sentenceDays: PIJ_DAYS, length };
  }
  if (kind === 'prison-sentence') {
    const days = clampRound(rng.logNormal(60, 0.8), 7, 730);
    return { kind, outcome: 'sentenced', trialOffset: 0, sentenceDays: days, length: days };
  }
  if (rng.chance(0.62)) {
    const length = clampRound(rng.logNormal(15, 0.9), 1, 200);
    return { kind, outcome: 'released-before-trial', trialOffset: 0, sentenceDays: 0, length };
  }
  const trialOffset = clampRound(rng.logNormal(45, 0.6), 7, 300);
  const sentenceDays = clampRound(rng.logNormal(80, 0.8), 14, 730);
  const outcome = sentenceDays <= trialOffset ? 'released-at-judgment' : 'sentenced';
  return { kind, outcome, trialOffset, sentenceDays, length: Math.max(sentenceDays, trialOffset) };
}

/**
 * Plans a JJI episode. Everyone in a JJI is 12–22: the release is before the
 * 23rd birthday (a PIJ ends at the latest then, art. 77t Sr).
 */
export function planJuvenile(
  ctx: PlanContext,
  plan: Plan,
  admissionDay: number,
  birthDay: number,
  c: JuvenileCase,
): PlannedEpisode {
  const { rng } = ctx;
  const picked = ctx.offences.pick(c.kind === 'pij' ? 'pij' : 'juvenile', rng, admissionDay);
  const lastDay = addYears(birthDay, 23) - 1;
  let release = Math.min(admissionDay + Math.max(1, c.length), lastDay);
  if (release <= admissionDay) release = admissionDay + 1;
  const title: SimTitle = {
    kind: c.kind,
    irrevocable: c.kind !== 'pre-trial' && (c.kind === 'pij' || rng.chance(0.9)),
    offences: picked.offences,
    ...(c.kind === 'pre-trial' ? {} : { sentenceDays: c.sentenceDays }),
    caseNumber: ctx.cases.next(yearOf(admissionDay - (c.kind === 'pre-trial' ? 0 : rng.int(20, 300))), rng),
  };
  const plannedEnd =
    c.kind === 'pre-trial'
      ? undefined
      : c.kind === 'pij'
        ? admissionDay + PIJ_DAYS
        : Math.min(release, lastDay);
  const episode: Episode = { sector: 'JJI', title, plannedEnd, category: picked.category };
  plan.add(admissionDay, RANK.admission, 'admission', episode, plannedEnd ?? -1);

  const sentenced = c.outcome === 'sentenced';
  const sentencedFrom = admissionDay + c.trialOffset;
  let current = title;
  if (c.kind === 'pre-trial' && c.outcome !== 'released-before-trial' && sentencedFrom <= release) {
    // The judgment: youth detention (written as a prison sentence) in the same case.
    current = version(title, { kind: 'prison-sentence', irrevocable: false, sentenceDays: c.sentenceDays });
    plan.addTitle(sentencedFrom, 'title-changed', episode, current);
    if (sentenced && sentencedFrom < release) {
      plan.add(sentencedFrom, RANK.during, 'planned-end-date-changed', episode, release);
    }
  }
  if (sentenced && !current.irrevocable) {
    const judgment = c.kind === 'pre-trial' ? sentencedFrom : admissionDay - rng.int(0, 10);
    const day = Math.max(drawIrrevocable(judgment, current.sentenceDays ?? 0, rng).day, admissionDay + 1);
    if (day < release) plan.addTitle(day, 'title-changed', episode, version(current, { irrevocable: true }));
  }
  if (c.kind === 'pij') {
    // Extensions by two years until the stay is covered.
    let end = admissionDay + PIJ_DAYS;
    while (end < release) {
      const day = end - rng.int(20, 60);
      end = Math.min(end + 730, lastDay);
      if (day > admissionDay && day < release)
        plan.add(day, RANK.during, 'planned-end-date-changed', episode, end);
    }
    const length = release - admissionDay;
    const authorizations =
      length > 365 ? (rng.chance(0.75) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0) : rng.chance(0.2) ? 1 : 0;
    for (let i = 0; i < authorizations; i++) {
      const earliest = admissionDay + Math.min(180, Math.floor(length / 2));
      if (earliest >= release - 20) break;
      const day = rng.int(earliest, release - 20);
      const leaveFrom = day + rng.int(1, 14);
      const until = rng.chance(0.5) ? Math.min(leaveFrom + rng.int(30, 180), release - 1) : -1;
      if (leaveFrom < release && (until === -1 || until >= leaveFrom)) {
        plan.add(day, RANK.during, 'leave-authorization', episode, leaveFrom, until);
      }
    }
  }
  const length = release - admissionDay;
  let transfers = rng.poisson((0.25 * length) / 365) + (rng.chance(0.12) ? 1 : 0);
  if (length < 3) transfers = 0;
  for (let i = 0; i < transfers; i++)
    plan.add(rng.int(admissionDay + 1, release - 1), RANK.during, 'transfer', episode);
  if (sentenced && length > 30 && rng.chance(c.kind === 'pij' ? 0.8 : 0.5)) {
    const day = release - rng.int(7, Math.min(60, length - 2));
    if (day > sentencedFrom) plan.add(day, RANK.during, 'release-scheduled', episode, release);
  }
  if (length > 20 && rng.chance(ctx.escapeChance * 2)) {
    // A juvenile who does not come back: found again within days.
    const day = rng.int(admissionDay + 5, release - 5);
    planEscape(plan, episode, day, rng.int(1, Math.min(10, release - day - 1)));
  }
  planVictims(plan, episode, admissionDay, release, picked.category, title, rng);
  plan.add(release, RANK.release, 'release', episode, release);
  return { episode, admissionDay, releaseDay: release };
}

/** True when someone born on `birthDay` may be admitted to a JJI on `day` for a stay of at least a day. */
export function isJuvenileAge(birthDay: number, day: number): boolean {
  const age = ageOn(birthDay, day);
  return age >= 12 && age <= 22 && day + 1 < addYears(birthDay, 23);
}

// ---------------------------------------------------------------------------
// TBS clinics (MITS)

/** TBS with compulsory treatment is imposed for two years (art. 38d Sr) and extended by one or two. */
const TBS_DAYS = 730;

export interface TbsCase {
  length: number;
  longStay: boolean;
}

/** Average stay in a TBS clinic is around eight years; some never leave (longstay). */
export function drawTbsCase(rng: Rng): TbsCase {
  if (rng.chance(0.08)) return { length: rng.int(12 * 365, 20 * 365), longStay: true };
  return { length: clampRound(rng.logNormal(6.3 * 365, 0.45), 2 * 365, 18 * 365), longStay: false };
}

/** The prison part a TBS part continues (the same episode, moved to a clinic). */
export interface PrisonPart {
  episode: Episode;
  /** The prison title in force at the end of the prison part. */
  title: SimTitle;
  offences: string[];
  category: OffenceCategory;
}

/**
 * Plans a TBS stay from `admissionDay`: an admission, or (`after` a prison
 * part) a transfer from the prison to the clinic, after which the clinic
 * (MITS) adds the TBS title and ends the prison part's. The TBS order is a
 * title of its own case number: the contract tells titles apart by case.
 */
export function planTbs(
  ctx: PlanContext,
  plan: Plan,
  admissionDay: number,
  c: TbsCase,
  after?: PrisonPart,
): PlannedEpisode {
  const { rng } = ctx;
  const picked = after ?? ctx.offences.pick('tbs', rng, admissionDay);
  const title: SimTitle = {
    kind: 'tbs-dwangverpleging',
    irrevocable: true,
    offences: picked.offences,
    sentenceDays: TBS_DAYS,
    caseNumber: ctx.cases.next(yearOf(admissionDay - rng.int(60, 900)), rng),
  };
  const episode: Episode = {
    sector: 'TBS',
    title,
    plannedEnd: admissionDay + TBS_DAYS,
    category: picked.category,
  };
  if (after) {
    episode.continues = after.episode;
    plan.add(admissionDay, RANK.during, 'sector-transfer', episode);
    plan.addTitle(admissionDay, 'title-added', episode, title);
    plan.addTitle(admissionDay, 'title-ended', episode, after.title);
    plan.add(admissionDay, RANK.during, 'planned-end-date-changed', episode, admissionDay + TBS_DAYS);
  } else {
    plan.add(admissionDay, RANK.admission, 'admission', episode, admissionDay + TBS_DAYS);
  }
  const release = admissionDay + c.length;

  let end = admissionDay + TBS_DAYS;
  while (end < release) {
    const day = end - rng.int(20, 50);
    end += rng.chance(0.7) ? 730 : 365;
    plan.add(day, RANK.during, 'planned-end-date-changed', episode, end);
  }

  const transfers = rng.poisson((0.07 * c.length) / 365);
  for (let i = 0; i < transfers; i++)
    plan.add(rng.int(admissionDay + 30, release - 30), RANK.during, 'transfer', episode);

  // Leave in steps (accompanied, unaccompanied, transmural): one event per step granted.
  const leaves = c.longStay
    ? rng.chance(0.1)
      ? 1
      : 0
    : (rng.chance(0.6) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0);
  const leaveDays: number[] = [];
  for (let i = 0; i < leaves; i++) {
    const day = rng.int(admissionDay + 365, release - 60);
    const leaveFrom = day + rng.int(1, 21);
    const leaveUntil = Math.min(leaveFrom + rng.int(0, 60), release - 1);
    plan.add(day, RANK.during, 'leave-granted', episode, leaveFrom, leaveUntil);
    leaveDays.push(leaveUntil);
  }
  if (!c.longStay && rng.chance(0.6)) {
    plan.add(release - rng.int(14, 90), RANK.during, 'release-scheduled', episode, release);
  }
  if (!c.longStay && rng.chance(0.75)) {
    plan.add(release - rng.int(7, 30), RANK.during, 'conditional-termination', episode, release);
  }
  // Failure to return from leave; found again, back, and moved to another clinic.
  const lastLeave = Math.max(-1, ...leaveDays);
  if (lastLeave >= 0 && lastLeave + 40 < release && rng.chance(ctx.escapeChance * 10)) {
    const gone = rng.int(1, 20);
    planEscape(plan, episode, lastLeave, gone);
    plan.add(lastLeave + gone, RANK.during, 'transfer', episode);
  }
  // After a prison part the victims are those of its case, registered then.
  if (!after) planVictims(plan, episode, admissionDay, release, picked.category, title, rng);
  plan.add(release, RANK.release, 'release', episode, release);
  return { episode, admissionDay, releaseDay: release };
}
