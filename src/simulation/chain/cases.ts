/**
 * The background of the chain, day by day: registered crimes without a
 * suspect, cleared ones with a new suspect or someone offending again (a
 * career), and cases from other services; each suspect's case drawn whole.
 */
import { isoDate, yearOf } from '../calendar.ts';
import { type CareerStep, DETENTION_CAREERS_BUILD_UP_DAYS } from './calibration.ts';
import type { ChainContext } from './context.ts';
import { committedDay, crimeMunicipality, lead, municipalityOn, newPerson, poisson } from './draws.ts';
import { csvDate } from './encoding.ts';
import { settle } from './outcomes.ts';
import { type CaseRecord, newRecord, type Person, type Registration } from './records.ts';
import { writeCase, writeRegistration } from './writer.ts';

/** Maybe a next offence: the person comes back as a known suspect. */
export function career(ctx: ChainContext, person: Person, step: CareerStep, from: number): void {
  const rng = ctx.rng;
  if (from >= ctx.toDay || !rng.chance(ctx.calibration.reoffending[step])) return;
  // Not before the first day whose background is still to make (a case written late).
  const due = Math.max(ctx.day, from + 7 + Math.round(rng.exponential(ctx.calibration.reoffendingMeanDays)));
  if (due >= ctx.toDay) return;
  ctx.careers.push({ at: due, stamp: 0, person });
}

export function backgroundDay(ctx: ChainContext, day: number): void {
  const rng = ctx.rng;
  // Registrations without a suspect: only those in the period matter. The bulk of the
  // rows, so written here directly.
  const uncleared = day >= ctx.fromDay ? poisson(ctx, ctx.rates.unclearedPerDay) : 0;
  if (uncleared > 0) {
    const date = isoDate(day);
    const year = yearOf(day);
    const prefix = `PL-${year}-`;
    const counts = ctx.tally.year(day);
    const groups = counts.scmGroups;
    const sink = ctx.sink;
    for (let i = 0; i < uncleared; i++) {
      const law = ctx.rates.unclearedLaw.pick(rng);
      const committed = committedDay(ctx, day);
      sink.line(
        'politie-misdrijven',
        `${prefix}${ctx.numbers.registrationNumber(year)},${date},${csvDate(committed)},${law},${municipalityOn(ctx, day)}`,
      );
      const group = ctx.rates.groupOf.get(law) as string;
      groups[group] = (groups[group] ?? 0) + 1;
    }
    counts.rows['politie-misdrijven'] += uncleared;
    ctx.tally.summary.rows['politie-misdrijven'] += uncleared;
  }
  // Registrations with a suspect: people offending again first, new people for the rest;
  // room left for the detention persons' later offences, which build up from the first day.
  const detentionCareers =
    day < ctx.fromDay
      ? 0
      : ctx.rates.detentionCareersPerDay *
        (1 - Math.exp(-(day - ctx.fromDay) / DETENTION_CAREERS_BUILD_UP_DAYS));
  const cleared = poisson(ctx, Math.max(0, ctx.rates.clearedPerDay - detentionCareers));
  const returning = offendAgain(ctx, day);
  for (let i = returning; i < cleared; i++) clearedCase(ctx, day, newPerson(ctx, day), false);
  // Cases from other services.
  const other = poisson(ctx, ctx.rates.otherServicesPerDay);
  for (let i = 0; i < other; i++) {
    const person = newPerson(ctx, day);
    const record = newRecord(person, null, ctx.rates.otherServicesLaw.pick(rng));
    const [step, when] = settle(ctx, record, day);
    career(ctx, person, step, when);
    if (isLive(ctx, record)) writeCase(ctx, record);
  }
}

/** The registered crimes of people offending again on `day`; returns how many. */
export function offendAgain(ctx: ChainContext, day: number): number {
  let returning = 0;
  const careers = ctx.careers;
  for (;;) {
    const next = careers.peek();
    if (next === undefined || next.at > day) break;
    careers.pop();
    const person = next.person;
    // Someone detained (again) does not offend outside meanwhile.
    if (next.at < day || person.detention?.open !== undefined) continue;
    returning++;
    clearedCase(ctx, day, person, true);
  }
  return returning;
}

/** A registered crime with a known suspect (sometimes two), and where each suspect's case goes. */
export function clearedCase(ctx: ChainContext, day: number, person: Person, returning: boolean): void {
  const rng = ctx.rng;
  const registration: Registration = {
    day,
    committed: committedDay(ctx, day),
    law: ctx.rates.clearedLaw.pick(rng),
    municipality: crimeMunicipality(ctx, person, day),
  };
  const first = suspectCase(ctx, registration, person, returning);
  const second =
    !returning && rng.chance(ctx.calibration.coSuspectShare)
      ? suspectCase(ctx, registration, newPerson(ctx, day), false)
      : undefined;
  if (!isLive(ctx, first) && (second === undefined || !isLive(ctx, second))) return;
  const end = ctx.toDay;
  const cleared = first.identified < end || (second !== undefined && second.identified < end);
  const id = writeRegistration(ctx, registration, cleared);
  writeCase(ctx, first, id);
  if (second) writeCase(ctx, second, id);
}

export function suspectCase(
  ctx: ChainContext,
  registration: Registration,
  person: Person,
  returning: boolean,
): CaseRecord {
  const rng = ctx.rng;
  const record = newRecord(person, registration, registration.law);
  record.identified = registration.day + (rng.chance(0.5) ? 0 : lead(ctx, 20, 1, 1, 365));
  // People the police know go to the OM more often.
  if (!rng.chance(returning ? 0.95 : ctx.calibration.toOmShare)) {
    career(ctx, person, 'no-sanction', record.identified);
    return record;
  }
  const [step, when] = settle(ctx, record, record.identified + lead(ctx, 35, 0.7, 3, 365));
  career(ctx, person, step, when);
  return record;
}

/** True when something of the case happens in the period or is still in progress at its start. */
export function isLive(ctx: ChainContext, record: CaseRecord): boolean {
  const from = ctx.fromDay;
  if (record.identified >= from || record.inflow >= from || record.decisionDay >= from) return true;
  if (record.registration && record.registration.day >= from) return true;
  const verdict = record.verdict;
  if (verdict && (verdict.day >= from || verdict.irrevocable >= from)) return true;
  for (const e of record.executions) if (e.end < 0 || e.end >= from) return true;
  return false;
}
