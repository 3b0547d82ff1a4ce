/**
 * The projections of the event log (identity registry, detention history),
 * applied a batch at a time in two steps: `planProjections` checks every
 * event against the state the events before it leave and decides (apply,
 * refuse, or skip a fact already known); `writeProjections` writes what the
 * applied events changed. Ingest logs the events between the two steps;
 * `ketenzicht rebuild` runs the same two steps over the log.
 */
import { createHash } from 'node:crypto';
import {
  applyDetentionEvent,
  type DetentionBatchState,
  loadDetentionState,
  writeDetention,
} from '../detention/index.ts';
import {
  checkIdentityFact,
  type IdentityBatchState,
  type IdentityFact,
  loadAddressesOf,
  loadIdentityState,
  writeIdentityFacts,
} from '../identity/index.ts';
import {
  decide,
  insertDecisions,
  insertNotices,
  insertVictimRegistrations,
  loadVictimRegistrations,
  type Notice,
  type RuleOutcome,
  type RuleSet,
  type Skip,
  type VictimRegistration,
} from '../notifications/index.ts';
import { dutchDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import type { FieldError } from '../platform/errors.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { type DetentionEvent, type InboundEvent, SOURCE_SECTOR } from './contract.ts';
import { findEarliestFacts } from './store.ts';

/** An event with the log id it has (rebuild) or will get (ingest). */
export interface Sequenced {
  event: InboundEvent;
  logId: number;
  factHash: string;
}

export type Decision =
  | { status: 'apply'; warnings: string[]; outcomes: RuleOutcome[] }
  | { status: 'known-fact'; warnings: string[] }
  | { status: 'refuse'; errors: FieldError[] };

export interface Plan {
  decisions: Decision[];
  applied: { fact: IdentityFact; logId: number }[];
  identity: IdentityBatchState;
  detention: DetentionBatchState;
  registrations: (VictimRegistration & { skn: string; logId: number; at: string })[];
  notices: (Notice & { logId: number })[];
  /** The decisions not to notify, kept for the operators' explanation of an event. */
  skips: (Skip & { logId: number })[];
}

/** SHA-256 of the event without its eventId, keys sorted: the same fact re-sent has the same hash. */
export function factHash(event: InboundEvent): string {
  const { eventId: _eventId, ...fact } = event;
  return createHash('sha256').update(canonicalJson(fact)).digest('hex');
}

/** JSON with the keys of every object sorted and undefined left out: equal content, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The identity fact an event carries: every event needs its person, SKDB events also change the registry. */
function identityFact(event: InboundEvent): IdentityFact {
  switch (event.type) {
    case 'person-registered':
      return {
        kind: 'person',
        at: event.occurredAt,
        person: {
          skn: event.skn,
          bsn: event.bsn ?? null,
          surname: event.surname,
          givenNames: event.givenNames,
          birthDate: event.birthDate,
          gender: event.gender,
        },
      };
    case 'address-registered':
      return { kind: 'address', skn: event.skn, address: event };
    case 'identity-determined':
      return { kind: 'determination', skn: event.skn, determination: event };
    default:
      return { kind: 'reference', skn: event.skn };
  }
}

function isDetentionEvent(event: InboundEvent): event is DetentionEvent {
  return 'institution' in event;
}

/** Warnings that need only the catalog: offences the reference data does not classify. */
function catalogWarnings(event: InboundEvent, catalog: ReferenceCatalog): string[] {
  if (event.type !== 'admission') return [];
  return (event.title.offences ?? [])
    .filter((code) => catalog.offence(code) === undefined)
    .map(
      (code) =>
        `offence ${JSON.stringify(code)} is not in the reference law articles: it is stored unclassified`,
    );
}

/** How notifications are decided while planning: by the rule set in force on each event's date, or not at all (rebuild). */
export interface PlanOptions {
  /** The rule set for an event's Dutch date; absent: no notifications are decided. */
  rules?: (date: string) => RuleSet;
}

export async function planProjections(
  db: Db,
  batch: readonly Sequenced[],
  catalog: ReferenceCatalog,
  options: PlanOptions = {},
): Promise<Plan> {
  const skns = batch.map((s) => s.event.skn);
  const notifying = options.rules
    ? [
        ...new Set(
          batch
            .filter((s) => isDetentionEvent(s.event) || s.event.type === 'victim-registered')
            .map((s) => s.event.skn),
        ),
      ]
    : [];
  const [earliest, identity, detention, addresses, victims] = await Promise.all([
    findEarliestFacts(
      db,
      batch.map((s) => s.factHash),
    ),
    loadIdentityState(db, skns),
    loadDetentionState(db, skns),
    loadAddressesOf(db, notifying),
    loadVictimRegistrations(db, notifying),
  ]);
  const seen = new Map(earliest);
  const decisions: Decision[] = [];
  const applied: Plan['applied'] = [];
  const registrations: Plan['registrations'] = [];
  const notices: Plan['notices'] = [];
  const skips: Plan['skips'] = [];
  for (const { event, logId, factHash: hash } of batch) {
    const first = seen.get(hash);
    if (first !== undefined && first < logId) {
      decisions.push({
        status: 'known-fact',
        warnings: ['the same fact was delivered before under another eventId: nothing changed'],
      });
      continue;
    }
    const fact = identityFact(event);
    let errors = checkIdentityFact(fact, identity);
    if (errors.length === 0 && isDetentionEvent(event)) {
      const sector = SOURCE_SECTOR[event.source as keyof typeof SOURCE_SECTOR];
      errors = applyDetentionEvent(detention, event, logId, sector);
    }
    if (errors.length > 0) {
      decisions.push({ status: 'refuse', errors });
      continue;
    }
    seen.set(hash, logId);
    applied.push({ fact, logId });
    if (event.type === 'victim-registered') {
      const registration = { caseNumber: event.caseNumber, victimReference: event.victimReference };
      registrations.push({ ...registration, skn: event.skn, logId, at: event.occurredAt });
      victims.set(event.skn, [...(victims.get(event.skn) ?? []), registration]);
    }
    let outcomes: RuleOutcome[] = [];
    if (options.rules) {
      // Later events of the batch see the addresses earlier ones registered.
      if (fact.kind === 'address')
        addresses.set(event.skn, [...(addresses.get(event.skn) ?? []), fact.address]);
      const episode = isDetentionEvent(event) ? detention.persons.get(event.skn)?.episode : undefined;
      if (isDetentionEvent(event) && episode) {
        outcomes = decide({
          event,
          episode,
          addresses: addresses.get(event.skn) ?? [],
          victims: victims.get(event.skn) ?? [],
          catalog,
          ruleSet: options.rules(dutchDate(event.occurredAt)),
        });
        for (const o of outcomes) {
          if ('notice' in o) notices.push({ ...o.notice, logId });
          else skips.push({ ...o.skip, logId });
        }
      }
    }
    decisions.push({ status: 'apply', warnings: catalogWarnings(event, catalog), outcomes });
  }
  return { decisions, applied, identity, detention, registrations, notices, skips };
}

/** Writes what the applied events of a plan changed, and the notices they caused; returns warnings per log id. */
export async function writeProjections(db: Db, plan: Plan): Promise<Map<number, string[]>> {
  const warnings = await writeIdentityFacts(db, plan.applied, plan.identity);
  await writeDetention(db, plan.detention);
  await insertVictimRegistrations(db, plan.registrations);
  await insertNotices(db, plan.notices);
  await insertDecisions(db, plan.skips);
  return warnings;
}
