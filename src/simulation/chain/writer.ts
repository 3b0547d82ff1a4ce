/**
 * Writes a case's rows to the sink and counts them, leaving out every fact
 * dated at or after the end of the period (the extract is taken then).
 */
import type { OmDecision } from '../../statistics/index.ts';
import { isoDate } from '../calendar.ts';
import type { ChainContext } from './context.ts';
import { csvDate, csvNumber, csvText } from './encoding.ts';
import { type CaseRecord, type Registration, residenceOn } from './records.ts';

/** Writes a registration (numbered now) and returns its id. */
export function writeRegistration(ctx: ChainContext, registration: Registration, cleared: boolean): string {
  const day = registration.day;
  const id = ctx.numbers.registrationId(day);
  ctx.sink.line(
    'politie-misdrijven',
    `${id},${isoDate(day)},${csvDate(registration.committed)},${registration.law},${registration.municipality}`,
  );
  const counts = ctx.tally.count('politie-misdrijven', day);
  if (cleared) counts.cleared++;
  const group = ctx.rates.groupOf.get(registration.law) ?? '9';
  counts.scmGroups[group] = (counts.scmGroups[group] ?? 0) + 1;
  return id;
}

/** Writes a suspect's rows, leaving out every fact dated at or after the end of the period. */
export function writeCase(ctx: ChainContext, record: CaseRecord, registrationId: string | null = null): void {
  const end = ctx.toDay;
  const sink = ctx.sink;
  const person = record.person;
  if (registrationId !== null && record.identified >= 0 && record.identified < end) {
    const residence = residenceOn(person, record.identified);
    sink.line(
      'politie-verdachten',
      `${registrationId},${person.skn},${person.bsn ?? ''},${csvText(person.surname)},` +
        `${residence ? residence.postalCode : ''},${isoDate(record.identified)},${person.birthDate},` +
        `${person.sex},${residence ? residence.municipality : ''}`,
    );
    ctx.tally.count('politie-verdachten', record.identified);
  }
  if (record.inflow < 0 || record.inflow >= end) return;
  const parketnummer = record.parketnummer || ctx.numbers.parketnummer(record.inflow);
  const decided = record.decision !== null && record.decisionDay < end;
  const residence = residenceOn(person, record.inflow);
  sink.line(
    'om-zaken',
    `${parketnummer},${person.skn},${record.registration ? registrationId : ''},${isoDate(record.inflow)},` +
      `${record.law},${decided ? record.decision : ''},${decided ? isoDate(record.decisionDay) : ''},` +
      `${person.birthDate},${person.sex},${residence ? residence.municipality : ''}`,
  );
  const inflowYear = ctx.tally.count('om-zaken', record.inflow);
  if (record.registration === null) inflowYear.otherServices++;
  if (decided) ctx.tally.year(record.decisionDay).decisions[record.decision as OmDecision]++;
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
    const year = ctx.tally.count('rechtspraak-vonnissen', verdict.day);
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
    ctx.tally.count('cjib-executies', e.start).executions[e.sanction]++;
  }
}
