/**
 * An independent replay of the rules the ingest enforces on a stream of
 * events (../shared/contracts/events.md and the state rules of issue 3),
 * written apart from the generator so that the tests do not grade the
 * simulator with its own logic. Contract 1.1: titles over time, returns,
 * transfers across sectors. It reads lines in file order, as the ingest
 * does, and lists every violation.
 *
 * Checks: the envelope (eventId, source, occurredAt with the right Dutch
 * offset, skn); source ↔ type ↔ sector; person-registered before anything
 * else; BSN eleven-test; addresses (municipality valid on validFrom, postal
 * code, validFrom not after the event's date); detention state (no admission
 * with an open episode, every other event in an open episode at the current
 * institution, transfers to another institution, dates not before admission,
 * leave dates ordered; titles: added for a case not in force, changed or ended
 * only in force, never the last one ended; nothing from the institution while
 * escaped, returned only after an escape); victims only for a case the person
 * held;
 * eventIds unique per source except exact repeats of a line.
 */
import { isValidBsn } from '../../src/identity/index.ts';
import type { ReferenceCatalog } from '../../src/reference/index.ts';

export interface CheckReport {
  lines: number;
  /** Exact repeats of an earlier line (same source and eventId, same content). */
  repeatedLines: number;
  /** Lines dated before a line above them. */
  outOfOrderLines: number;
  /** Human-readable violations, `line N: reason` (at most `limit`). */
  violations: string[];
  violationCount: number;
}

type Catalog = Pick<ReferenceCatalog, 'institution' | 'offence' | 'municipalitiesOn' | 'municipality'>;

const SOURCES = new Set(['SKDB', 'TULP-GW', 'JVS', 'MITS', 'CJIB']);
const SECTOR_OF: Readonly<Record<string, string>> = { 'TULP-GW': 'GW', JVS: 'JJI', MITS: 'TBS' };
const TYPE_SOURCES: Readonly<Record<string, readonly string[]>> = {
  'person-registered': ['SKDB'],
  'address-registered': ['SKDB'],
  admission: ['TULP-GW', 'JVS', 'MITS'],
  'planned-end-date-changed': ['TULP-GW', 'JVS', 'MITS'],
  transfer: ['TULP-GW', 'JVS', 'MITS'],
  'dr-plan-shared': ['TULP-GW', 'JVS', 'MITS'],
  'leave-granted': ['TULP-GW', 'MITS'],
  'leave-authorization': ['JVS'],
  'regime-phasing': ['TULP-GW'],
  'conditional-termination': ['MITS'],
  'release-scheduled': ['TULP-GW', 'JVS', 'MITS'],
  release: ['TULP-GW', 'JVS', 'MITS'],
  escape: ['TULP-GW', 'JVS', 'MITS'],
  returned: ['TULP-GW', 'JVS', 'MITS'],
  'title-added': ['TULP-GW', 'JVS', 'MITS'],
  'title-changed': ['TULP-GW', 'JVS', 'MITS'],
  'title-ended': ['TULP-GW', 'JVS', 'MITS'],
  'victim-registered': ['CJIB'],
};
const TITLE_KINDS = new Set([
  'pre-trial',
  'prison-sentence',
  'substitute-detention',
  'tbs-dwangverpleging',
  'pij',
]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const POSTAL_CODE = /^[1-9][0-9]{3}[A-Z]{2}$/;
const SKN = /^[0-9A-Za-z-]{1,20}$/;
const CASE_NUMBER = /^\d{2}\/\d{6}-\d{2}$/;

const amsterdamOffset = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  timeZoneName: 'longOffset',
});

/** The offset Dutch clocks show at an instant, `+01:00` or `+02:00` (independent of the simulator's calendar). */
function dutchOffset(instant: number): string {
  const part = amsterdamOffset.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return part.replace('GMT', '') || '+00:00';
}

interface Episode {
  sector: string;
  institution: string;
  admissionDate: string;
  /** Titles in force, by case number. */
  titles: Set<string>;
  escaped: boolean;
}

type Json = Record<string, unknown>;

export function checkEvents(lines: Iterable<string>, catalog: Catalog, limit = 50): CheckReport {
  const report: CheckReport = {
    lines: 0,
    repeatedLines: 0,
    outOfOrderLines: 0,
    violations: [],
    violationCount: 0,
  };
  const seen = new Map<string, string>();
  const persons = new Set<string>();
  const open = new Map<string, Episode>();
  const cases = new Map<string, Set<string>>();
  const validCodes = new Map<string, Set<string>>();
  let latest = Number.NEGATIVE_INFINITY;
  let line = 0;

  const fail = (reason: string) => {
    report.violationCount++;
    if (report.violations.length < limit) report.violations.push(`line ${line}: ${reason}`);
  };
  const municipalityValid = (code: unknown, date: string) => {
    let codes = validCodes.get(date);
    if (!codes) {
      codes = new Set(catalog.municipalitiesOn(date).map((m) => m.code));
      validCodes.set(date, codes);
    }
    return typeof code === 'string' && codes.has(code);
  };
  const nonEmpty = (value: unknown) => typeof value === 'string' && value.length > 0;
  /** A leave address before the reference data's first day can only be checked to be a known code. */
  const checkAddress = (address: unknown, date: string, what: string, lenient = false) => {
    const a = (address ?? {}) as Json;
    const known = catalog.municipality(String(a.municipalityCode)) !== undefined;
    const datable = !lenient || catalog.municipalitiesOn(date).length > 0;
    if (datable ? !municipalityValid(a.municipalityCode, date) : !known) {
      fail(`${what}: municipality ${String(a.municipalityCode)} not valid on ${date}`);
    }
    if (typeof a.postalCode !== 'string' || !POSTAL_CODE.test(a.postalCode))
      fail(`${what}: bad postal code ${String(a.postalCode)}`);
    if (!nonEmpty(a.street) || !nonEmpty(a.city) || !nonEmpty(a.houseNumber))
      fail(`${what}: street, houseNumber and city are required`);
  };
  const date = (value: unknown, field: string): string => {
    if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value))) {
      fail(`${field} is not a date: ${String(value)}`);
      return '';
    }
    return value;
  };

  /** Checks a title; returns its case number. */
  const checkTitle = (value: unknown): string => {
    const title = (value ?? {}) as Json;
    if (!TITLE_KINDS.has(String(title.kind))) fail(`title kind ${String(title.kind)}`);
    if (typeof title.irrevocable !== 'boolean') fail('title.irrevocable is not a boolean');
    const offences = title.offences;
    if (!Array.isArray(offences) || offences.length === 0) fail('title.offences is empty');
    else
      for (const code of offences)
        if (!catalog.offence(String(code))) fail(`offence ${String(code)} not in the reference`);
    if (title.kind === 'pre-trial') {
      if (title.sentenceDays !== undefined) fail('pre-trial detention has no sentenceDays');
    } else if (!Number.isInteger(title.sentenceDays) || (title.sentenceDays as number) < 1) {
      fail('sentenceDays is not a positive whole number');
    }
    if (typeof title.caseNumber !== 'string' || !CASE_NUMBER.test(title.caseNumber))
      fail(`caseNumber ${String(title.caseNumber)}`);
    return String(title.caseNumber);
  };

  for (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    report.lines++;
    let event: Json;
    try {
      event = JSON.parse(text) as Json;
    } catch {
      fail('not JSON');
      continue;
    }
    const { eventId, source, type, occurredAt, skn } = event;
    if (typeof eventId !== 'string' || eventId.length < 1 || eventId.length > 100)
      fail('eventId must be 1–100 characters');
    if (typeof source !== 'string' || !SOURCES.has(source)) {
      fail(`unknown source ${String(source)}`);
      continue;
    }
    const key = `${source} ${String(eventId)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      if (earlier === text) report.repeatedLines++;
      else fail(`eventId ${String(eventId)} of ${source} reused for a different event`);
      continue;
    }
    seen.set(key, text);
    if (typeof skn !== 'string' || !SKN.test(skn)) {
      fail(`bad skn ${String(skn)}`);
      continue;
    }
    const match = typeof occurredAt === 'string' ? DATE_TIME.exec(occurredAt) : null;
    if (!match || Number.isNaN(Date.parse(occurredAt as string))) {
      fail(`occurredAt is not ISO 8601 with an offset: ${String(occurredAt)}`);
      continue;
    }
    const instant = Date.parse(occurredAt as string);
    if (match[3] !== 'Z' && match[3] !== dutchOffset(instant))
      fail(`occurredAt ${String(occurredAt)} has the wrong Dutch offset`);
    if (instant < latest) report.outOfOrderLines++;
    else latest = instant;
    const day = match[1] as string;
    if (typeof type !== 'string' || !TYPE_SOURCES[type]?.includes(source)) {
      fail(`${String(type)} is not sent by ${source}`);
      continue;
    }

    if (type === 'person-registered') {
      if (event.bsn !== undefined && (typeof event.bsn !== 'string' || !isValidBsn(event.bsn)))
        fail('bsn fails the eleven-test');
      if (event.gender !== 'M' && event.gender !== 'V') fail(`gender ${String(event.gender)}`);
      date(event.birthDate, 'birthDate');
      if (!nonEmpty(event.surname) || !nonEmpty(event.givenNames))
        fail('surname and givenNames are required');
      persons.add(skn);
      continue;
    }
    if (!persons.has(skn)) {
      fail(`${type} for ${skn} before person-registered`);
      continue;
    }
    if (type === 'address-registered') {
      const validFrom = date(event.validFrom, 'validFrom');
      if (validFrom > day) fail(`validFrom ${validFrom} after the event's date ${day}`);
      checkAddress(event, validFrom, 'address');
      continue;
    }
    if (type === 'victim-registered') {
      if (!cases.get(skn)?.has(String(event.caseNumber)))
        fail(`victim registered for case ${String(event.caseNumber)} the person never held`);
      if (!nonEmpty(event.victimReference)) fail('victimReference is required');
      continue;
    }

    // Detention events.
    const sector = SECTOR_OF[source] as string;
    const institution = catalog.institution(String(event.institution));
    if (!institution) fail(`unknown institution ${String(event.institution)}`);
    else if (institution.sector !== sector) fail(`${institution.code} is not a ${sector} institution`);
    const episode = open.get(skn);
    const knownCases = () => {
      let known = cases.get(skn);
      if (!known) {
        known = new Set();
        cases.set(skn, known);
      }
      return known;
    };
    if (type === 'admission') {
      if (episode) fail(`admission of ${skn} with an open episode`);
      const title = checkTitle(event.title);
      if (event.plannedEndDate !== undefined && date(event.plannedEndDate, 'plannedEndDate') < day)
        fail('plannedEndDate before admission');
      open.set(skn, {
        sector,
        institution: String(event.institution),
        admissionDate: day,
        titles: new Set([title]),
        escaped: false,
      });
      knownCases().add(title);
      continue;
    }
    if (!episode) {
      fail(`${type} for ${skn} without an open episode`);
      continue;
    }
    if (episode.sector !== sector) fail(`${type} from ${source} for an episode in ${episode.sector}`);
    if (episode.escaped && type !== 'returned') fail(`${type} while ${skn} is away (escaped)`);
    if (event.institution !== episode.institution) {
      fail(`${type} at ${String(event.institution)}, but ${skn} is in ${episode.institution}`);
    }
    const notBeforeAdmission = (value: unknown, field: string) => {
      const d = date(value, field);
      if (d !== '' && d < episode.admissionDate)
        fail(`${field} ${d} before admission ${episode.admissionDate}`);
      return d;
    };
    switch (type) {
      case 'planned-end-date-changed':
        notBeforeAdmission(event.plannedEndDate, 'plannedEndDate');
        break;
      case 'transfer': {
        const to = catalog.institution(String(event.toInstitution));
        if (!to) fail(`toInstitution ${String(event.toInstitution)} is not an institution`);
        if (event.toInstitution === episode.institution) fail('transfer to the current institution');
        episode.institution = String(event.toInstitution);
        // Across sectors (prison → TBS clinic) the receiving sector's source writes what follows.
        if (to) episode.sector = to.sector;
        break;
      }
      case 'escape':
        episode.escaped = true;
        break;
      case 'returned':
        if (!episode.escaped) fail(`returned for ${skn}, who has not escaped`);
        episode.escaped = false;
        break;
      case 'title-added': {
        const title = checkTitle(event.title);
        if (episode.titles.has(title)) fail(`title-added for case ${title}, already in force`);
        episode.titles.add(title);
        knownCases().add(title);
        break;
      }
      case 'title-changed': {
        const title = checkTitle(event.title);
        if (title !== event.caseNumber)
          fail(`title-changed of ${String(event.caseNumber)} with case ${title}`);
        if (!episode.titles.has(title)) fail(`title-changed for case ${title}, not in force`);
        break;
      }
      case 'title-ended': {
        const caseNumber = String(event.caseNumber);
        if (!episode.titles.has(caseNumber)) fail(`title-ended for case ${caseNumber}, not in force`);
        else if (episode.titles.size === 1)
          fail(`title-ended of the last title ${caseNumber} without a release`);
        episode.titles.delete(caseNumber);
        break;
      }
      case 'dr-plan-shared':
        if (
          event.intendedMunicipalityCode !== undefined &&
          !municipalityValid(event.intendedMunicipalityCode, day)
        )
          fail(`intendedMunicipalityCode ${String(event.intendedMunicipalityCode)} not valid on ${day}`);
        break;
      case 'leave-granted':
      case 'leave-authorization': {
        const from = notBeforeAdmission(event.leaveFrom, 'leaveFrom');
        if (event.leaveUntil !== undefined || type === 'leave-granted') {
          const until = notBeforeAdmission(event.leaveUntil, 'leaveUntil');
          if (until < from) fail('leaveUntil before leaveFrom');
        }
        checkAddress(event.leaveAddress, day, 'leaveAddress', true);
        break;
      }
      case 'regime-phasing':
        notBeforeAdmission(event.phaseFrom, 'phaseFrom');
        checkAddress(event.leaveAddress, day, 'leaveAddress', true);
        break;
      case 'conditional-termination':
        notBeforeAdmission(event.terminationDate, 'terminationDate');
        break;
      case 'release-scheduled': {
        notBeforeAdmission(event.releaseDate, 'releaseDate');
        const risk = event.risk18b as Json | undefined;
        if (risk !== undefined) {
          const domains = risk.domains;
          if (
            !Array.isArray(domains) ||
            domains.length === 0 ||
            domains.some((d) => d !== 'zeden' && d !== 'geweld')
          ) {
            fail('risk18b.domains must be zeden and/or geweld');
          }
        }
        break;
      }
      case 'release':
        notBeforeAdmission(event.releaseDate, 'releaseDate');
        open.delete(skn);
        break;
      default:
        break;
    }
  }
  return report;
}
