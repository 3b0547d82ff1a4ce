/**
 * The history of a detention case, fitted around its detention dates: the
 * police registration and suspect before it, the OM case, the verdict (for a
 * pre-trial admission, the judgment or what followed the release) and the
 * CJIB executions.
 */
import { yearOf } from '../calendar.ts';
import {
  AFTER_RELEASE_DECISION,
  AFTER_RELEASE_OUTCOME,
  type CareerStep,
  SERVICE_HOURS,
} from './calibration.ts';
import { career } from './cases.ts';
import type { ChainContext } from './context.ts';
import { committedDay, crimeMunicipality, lead, logUniform } from './draws.ts';
import {
  decisionLead,
  executeVerdict,
  fineAmount,
  irrevocableLead,
  newVerdict,
  payment,
} from './outcomes.ts';
import {
  type CaseRecord,
  type DetentionCase,
  detentionExecution,
  type Execution,
  firstDayOfYear,
  newRecord,
  sentenceForServed,
  spread,
} from './records.ts';
import { writeCase, writeRegistration } from './writer.ts';

/** The whole history of a detention case, fitted around its detention dates. */
export function writeDetentionCase(ctx: ChainContext, c: DetentionCase): void {
  const rng = ctx.rng;
  const { person, title } = c;
  const admission = c.admission;
  const record = newRecord(person, null, title.offences[0] as string);
  record.parketnummer = c.parketnummer;
  let step: CareerStep | undefined;

  if (title.kind === 'pre-trial') {
    // Arrested a few days before admission (police custody); the OM case starts at the remand.
    const year = yearOf(admission);
    const inflow = Math.max(admission - rng.int(0, 1), firstDayOfYear(year));
    let identified = admission - rng.int(0, 3);
    let registered = identified - (rng.chance(0.6) ? 0 : lead(ctx, 14, 1, 1, 365));
    if (registered >= inflow) registered = inflow - 1;
    identified = Math.min(Math.max(identified, registered), admission);
    record.registration = {
      day: registered,
      committed: committedDay(ctx, registered),
      law: record.law,
      municipality: crimeMunicipality(ctx, person, registered),
    };
    record.identified = identified;
    record.inflow = inflow;
    pretrialOutcome(ctx, c, record);
  } else if (title.kind === 'substitute-detention') {
    substituteHistory(ctx, c, record);
  } else {
    // Sentenced before admission: registration < inflow < decision < verdict (< irrevocable) < admission.
    const year = c.caseYear;
    const lo = firstDayOfYear(year);
    const hi = Math.min(firstDayOfYear(year + 1) - 1, admission - 20);
    const irrevocableFirst = title.irrevocable;
    const leads = [lead(ctx, 80, 0.5, 14, 365), lead(ctx, 150, 0.45, 45, 540)];
    if (irrevocableFirst) leads.push(irrevocableLead(ctx));
    leads.push(rng.int(7, 90));
    let total = 0;
    for (const lead of leads) total += lead;
    let inflow = Math.min(Math.max(admission - total, lo), Math.max(hi, lo));
    if (admission - inflow < leads.length) inflow = admission - leads.length;
    const days = spread(inflow, admission, leads);
    historyBefore(ctx, record, inflow);
    record.decision = 'summons';
    record.decisionDay = days[0] as number;
    const verdict = newVerdict(ctx, days[1] as number, 'conviction');
    verdict.irrevocable = irrevocableFirst ? (days[2] as number) : admission + lead(ctx, 150, 0.6, 14, 700);
    record.verdict = verdict;
    if (title.kind === 'pij') {
      verdict.pij = true;
      record.executions.push(detentionExecution('pij', admission, c.release));
      step = 'released-juvenile';
    } else if (title.kind === 'tbs-dwangverpleging') {
      verdict.tbs = true;
      record.executions.push(detentionExecution('tbs', admission, c.release));
      step = 'released-tbs';
    } else {
      const sentence = title.sentenceDays ?? 0;
      const conditional = rng.chance(0.35) ? logUniform(ctx, 30, 365) : 0;
      verdict.prisonDays = sentence + conditional;
      verdict.conditionalDays = conditional;
      record.executions.push(detentionExecution('prison', admission, c.release));
      if (c.tbsFollows || c.tbsAdmission >= 0) {
        verdict.tbs = true;
        if (c.tbsAdmission >= 0) {
          record.executions.push(detentionExecution('tbs', c.tbsAdmission, c.tbsRelease));
        }
        step = 'released-tbs';
      } else {
        step = c.sector === 'JJI' ? 'released-juvenile' : 'released';
      }
    }
  }
  if (step === undefined) step = c.sector === 'JJI' ? 'released-juvenile' : 'released';
  const released = c.tbsAdmission >= 0 ? c.tbsRelease : c.release;
  if (released >= 0) career(ctx, person, step, released);
  const registration = record.registration;
  // An anticipated case registered after the end of the period: nothing of it is known yet.
  if (registration && registration.day >= ctx.toDay) return;
  const id = registration ? writeRegistration(ctx, registration, record.identified < ctx.toDay) : null;
  writeCase(ctx, record, id);
}

/** Registration and suspect row some weeks before the OM inflow. */
export function historyBefore(ctx: ChainContext, record: CaseRecord, inflow: number): void {
  const rng = ctx.rng;
  const identified = inflow - lead(ctx, 30, 0.7, 1, 300);
  const registered = identified - (rng.chance(0.5) ? 0 : lead(ctx, 20, 1, 1, 365));
  record.registration = {
    day: registered,
    committed: committedDay(ctx, registered),
    law: record.law,
    municipality: crimeMunicipality(ctx, record.person, registered),
  };
  record.identified = identified;
  record.inflow = inflow;
}

/** A pre-trial admission: judged in detention, released at judgment, or released before trial. */
export function pretrialOutcome(ctx: ChainContext, c: DetentionCase, record: CaseRecord): void {
  const rng = ctx.rng;
  const admission = c.admission;
  const inflow = record.inflow;
  const summonsBefore = (verdictDay: number) =>
    Math.min(Math.max(verdictDay - rng.int(10, 60), inflow + 1), verdictDay - 1);
  if (c.judgment >= 0) {
    // Sentenced at the judgment, which the planned end date shows.
    const served = c.plannedEnd - admission;
    const sentence = c.sector === 'GW' ? sentenceForServed(served) : served;
    const verdict = newVerdict(ctx, c.judgment, 'conviction');
    const conditional = rng.chance(0.4) ? logUniform(ctx, 30, 365) : 0;
    verdict.prisonDays = Math.max(1, sentence) + conditional;
    verdict.conditionalDays = conditional;
    record.decision = 'summons';
    record.decisionDay = summonsBefore(c.judgment);
    record.verdict = verdict;
    record.executions.push(detentionExecution('prison', admission, c.release));
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
    const verdict = newVerdict(ctx, c.release, 'conviction');
    const conditional = rng.chance(0.6) ? logUniform(ctx, 30, 365) : 0;
    verdict.prisonDays = length + conditional;
    verdict.conditionalDays = conditional;
    if (rng.chance(0.3)) verdict.hours = SERVICE_HOURS.pick(rng);
    record.decision = 'summons';
    record.decisionDay = summonsBefore(c.release);
    record.verdict = verdict;
    record.executions.push(detentionExecution('prison', admission, c.release));
    executeVerdict(ctx, verdict, record.executions);
    return;
  }
  // Released before trial: the case goes on outside.
  const decision = AFTER_RELEASE_DECISION.pick(rng);
  record.decision = decision;
  record.decisionDay = Math.max(c.release, inflow) + decisionLead(ctx, decision);
  if (decision === 'om-penalty-order') {
    const start = record.decisionDay + rng.int(14, 45);
    record.executions.push(payment(ctx, 'om-penalty-order', start, fineAmount(ctx)));
    return;
  }
  if (decision !== 'summons') return;
  const verdict = newVerdict(
    ctx,
    record.decisionDay + lead(ctx, 150, 0.45, 45, 540),
    AFTER_RELEASE_OUTCOME.pick(rng),
  );
  record.verdict = verdict;
  if (verdict.outcome !== 'conviction') return;
  // The time in pre-trial detention is deducted: often the unconditional part equals it.
  const conditional = rng.chance(0.7) ? logUniform(ctx, 30, 365) : 0;
  verdict.prisonDays = Math.max(1, length) + conditional;
  verdict.conditionalDays = conditional;
  if (rng.chance(0.45)) verdict.hours = SERVICE_HOURS.pick(rng);
  record.executions.push(detentionExecution('prison', admission, c.release));
  executeVerdict(ctx, verdict, record.executions);
}

/**
 * Substitute detention: a fine (a court's or an OM penalty order) left
 * unpaid, whose collection ends in detention; the fine's execution ends at the
 * release.
 */
export function substituteHistory(ctx: ChainContext, c: DetentionCase, record: CaseRecord): void {
  const rng = ctx.rng;
  const admission = c.admission;
  const year = c.caseYear;
  const lo = firstDayOfYear(year);
  const hi = Math.min(firstDayOfYear(year + 1) - 1, admission - 20);
  const court = rng.chance(0.6);
  const leads = court
    ? [
        lead(ctx, 80, 0.5, 14, 365),
        lead(ctx, 150, 0.45, 45, 540),
        14 + rng.int(0, 3),
        rng.int(7, 30),
        rng.int(60, 300),
      ]
    : [lead(ctx, 45, 0.6, 7, 300), rng.int(14, 45), rng.int(60, 300)];
  let total = 0;
  for (const lead of leads) total += lead;
  let inflow = Math.min(Math.max(admission - total, lo), Math.max(hi, lo));
  if (admission - inflow < leads.length) inflow = admission - leads.length;
  const days = spread(inflow, admission, leads);
  historyBefore(ctx, record, inflow);
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
    const verdict = newVerdict(ctx, days[1] as number, 'conviction');
    verdict.irrevocable = days[2] as number;
    verdict.fine = unpaid + paid;
    record.verdict = verdict;
  } else {
    record.decision = 'om-penalty-order';
  }
  record.executions.push(execution);
}
