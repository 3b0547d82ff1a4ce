/**
 * Applies the SKDB events to the identity registry, a batch at a time, inside
 * the ingest transaction: the event log rows and their effects are stored
 * together or not at all. Work is done per batch, not per event (one query
 * per table), because bulk deliveries run to millions of events.
 * `identityProjection` offers this to the pipeline through its port.
 */
import type { InboundEvent } from '../events/index.ts';
import type { Projection } from '../ingest/index.ts';
import type { Db } from '../platform/db.ts';
import type { FieldError } from '../platform/errors.ts';
import { findDuplicateCandidates } from './matching.ts';
import type { BrpAddress, DuplicateCandidate, IdentityDetermination, Person } from './model.ts';
import {
  addAddresses,
  addIdentityDeterminations,
  copyDuplicateCandidates,
  findExistingSkns,
  findLookalikesOf,
  recordDuplicateCandidates,
  takeOverDuplicateDecisions,
  upsertPersons,
} from './store.ts';

/** An identity fact carried by an event, as ingest hands it over. */
export type IdentityFact =
  | { kind: 'person'; person: Person; at: string }
  | { kind: 'address'; skn: string; address: BrpAddress }
  | { kind: 'determination'; skn: string; determination: IdentityDetermination }
  | { kind: 'reference'; skn: string };

/** What the registry knows while a batch is checked: the SKNs stored before it, and those known so far. */
export interface IdentityBatchState {
  stored: ReadonlySet<string>;
  known: Set<string>;
}

export async function loadIdentityState(db: Db, skns: Iterable<string>): Promise<IdentityBatchState> {
  const stored = await findExistingSkns(db, [...new Set(skns)]);
  return { stored, known: new Set(stored) };
}

/**
 * Checks one fact against the batch state, in delivery order: a person
 * registered earlier in the batch (see `identityProjection`) is known to the
 * events after it. Pure.
 */
export function checkIdentityFact(fact: IdentityFact, state: IdentityBatchState): FieldError[] {
  if (fact.kind === 'person' || state.known.has(fact.skn)) return [];
  return [
    {
      field: 'skn',
      rule: 'unknown-person',
      message: 'skn refers to no registered person (person-registered first)',
    },
  ];
}

/** Writes the accepted facts; returns warnings per log id (possible duplicates, by SKN only). */
export async function writeIdentityFacts(
  db: Db,
  accepted: readonly { fact: IdentityFact; logId: number }[],
  state: IdentityBatchState,
): Promise<Map<number, string[]>> {
  const warnings = new Map<number, string[]>();
  const persons = accepted.filter((a) => a.fact.kind === 'person') as {
    fact: Extract<IdentityFact, { kind: 'person' }>;
    logId: number;
  }[];
  if (persons.length > 0) {
    await upsertPersons(
      db,
      persons.map((p) => ({ person: p.fact.person, at: p.fact.at, logId: p.logId })),
    );
    const newcomers = persons.filter((p, i) => !state.stored.has(p.fact.person.skn) && firstOf(persons, i));
    const candidates = await duplicateCandidates(
      db,
      newcomers.map((p) => p.fact.person),
    );
    await recordDuplicateCandidates(db, candidates);
    for (const p of newcomers) {
      const mine = candidates.filter((c) => c.skn === p.fact.person.skn).map(describe);
      if (mine.length > 0) warnings.set(p.logId, mine);
    }
  }
  await addAddresses(
    db,
    accepted.flatMap((a) =>
      a.fact.kind === 'address'
        ? [
            {
              skn: a.fact.skn,
              address: { ...a.fact.address, postalCode: normalizePostalCode(a.fact.address.postalCode) },
              logId: a.logId,
            },
          ]
        : [],
    ),
  );
  await addIdentityDeterminations(
    db,
    accepted.flatMap((a) =>
      a.fact.kind === 'determination'
        ? [{ skn: a.fact.skn, determination: a.fact.determination, logId: a.logId }]
        : [],
    ),
  );
  return warnings;
}

/** The first registration of an SKN in the batch is the one that makes it new. */
function firstOf(persons: readonly { fact: { person: Person } }[], index: number): boolean {
  const skn = persons[index]?.fact.person.skn;
  return persons.findIndex((p) => p.fact.person.skn === skn) === index;
}

/**
 * Candidates for each newcomer among the persons already registered and the
 * newcomers before it in the batch, as if they had arrived one by one.
 */
async function duplicateCandidates(db: Db, newcomers: readonly Person[]): Promise<DuplicateCandidate[]> {
  if (newcomers.length === 0) return [];
  const newSkns = new Set(newcomers.map((p) => p.skn));
  const earlier = (await findLookalikesOf(db, newcomers)).filter((p) => !newSkns.has(p.skn));
  return newcomers.flatMap((person, i) =>
    findDuplicateCandidates(person, [...earlier, ...newcomers.slice(0, i)]),
  );
}

function describe(c: DuplicateCandidate): string {
  return c.reason === 'same-bsn'
    ? `possible duplicate of SKN ${c.candidateSkn}: same BSN`
    : `possible duplicate of SKN ${c.candidateSkn}: same birth date, similar name (${c.score.toFixed(2)})`;
}

/** "1012 lg" → "1012LG": one spelling, so the same address compares equal. */
export function normalizePostalCode(postalCode: string): string {
  return postalCode.replace(/\s+/g, '').toUpperCase();
}

/** The identity fact an event carries: every event needs its person, SKDB events also change the registry. */
export function identityFact(event: InboundEvent): IdentityFact {
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

interface IdentityProjectionState extends IdentityBatchState {
  applied: { fact: IdentityFact; logId: number }[];
}

/**
 * The identity registry as a projection: an event about an unknown person is
 * refused; a person registered earlier in the batch is known to the events
 * after it. Duplicate candidates carry a status people set, so a rebuild
 * keeps them.
 */
export const identityProjection = {
  name: 'identity',
  tables: ['persons', 'addresses', 'identity_determinations', 'duplicate_candidates'] as const,
  async load(db, batch) {
    const state = await loadIdentityState(
      db,
      batch.map((s) => s.event.skn),
    );
    return { ...state, applied: [] };
  },
  check(state, { event, logId }) {
    const fact = identityFact(event);
    const errors = checkIdentityFact(fact, state);
    if (errors.length > 0) return { status: 'refuse', errors };
    return {
      status: 'apply',
      commit: () => {
        if (fact.kind === 'person') state.known.add(fact.person.skn);
        state.applied.push({ fact, logId });
      },
    };
  },
  write: (db, state) => writeIdentityFacts(db, state.applied, state),
  keep: { copy: copyDuplicateCandidates, takeOver: takeOverDuplicateDecisions },
} satisfies Projection<IdentityProjectionState>;
