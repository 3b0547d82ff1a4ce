/**
 * SQL for the identity registry. Rows become domain types here; callers pass
 * the database (or the transaction) in.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { BrpAddress, DuplicateCandidate, IdentityDetermination, Person } from './model.ts';
import { FIRST_SKN_SERIAL, sknFromSerial } from './skn.ts';

type PersonRow = {
  skn: string;
  bsn: string | null;
  surname: string;
  given_names: string;
  birth_date: string;
  gender: string;
};

const PERSON_COLUMNS = ['skn', 'bsn', 'surname', 'given_names', 'birth_date', 'gender'] as const;

function toPerson(row: PersonRow): Person {
  return {
    skn: row.skn,
    bsn: row.bsn,
    surname: row.surname,
    givenNames: row.given_names,
    birthDate: row.birth_date,
    gender: row.gender as Person['gender'],
  };
}

export async function findPerson(db: Db, skn: string): Promise<Person | undefined> {
  const row = await db.selectFrom('persons').select(PERSON_COLUMNS).where('skn', '=', skn).executeTakeFirst();
  return row ? toPerson(row) : undefined;
}

export async function getPerson(db: Db, skn: string): Promise<Person> {
  const person = await findPerson(db, skn);
  if (!person) throw new NotFoundError('PERSON_NOT_FOUND', 'no person with this SKN');
  return person;
}

export async function personExists(db: Db, skn: string): Promise<boolean> {
  const row = await db.selectFrom('persons').select('skn').where('skn', '=', skn).executeTakeFirst();
  return row !== undefined;
}

/** Inserts or corrects a person; returns whether the SKN was new. */
export async function upsertPerson(db: Db, person: Person, at: string, eventLogId: number): Promise<boolean> {
  const row = await db
    .insertInto('persons')
    .values({
      skn: person.skn,
      bsn: person.bsn,
      surname: person.surname,
      given_names: person.givenNames,
      birth_date: person.birthDate,
      gender: person.gender,
      registered_at: at,
      updated_at: at,
      last_event_log_id: eventLogId,
    })
    .onConflict((oc) =>
      oc.column('skn').doUpdateSet((eb) => ({
        bsn: eb.ref('excluded.bsn'),
        surname: eb.ref('excluded.surname'),
        given_names: eb.ref('excluded.given_names'),
        birth_date: eb.ref('excluded.birth_date'),
        gender: eb.ref('excluded.gender'),
        updated_at: eb.ref('excluded.updated_at'),
        last_event_log_id: eb.ref('excluded.last_event_log_id'),
      })),
    )
    // xmax = 0 only for a freshly inserted row: the cheapest way to tell insert from update.
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .executeTakeFirstOrThrow();
  return row.inserted;
}

/** Persons that could be the same as `person`: same BSN or same birth date. */
export async function findLookalikes(db: Db, person: Person): Promise<Person[]> {
  const rows = await db
    .selectFrom('persons')
    .select(PERSON_COLUMNS)
    .where((eb) =>
      eb.or([
        eb('birth_date', '=', person.birthDate),
        ...(person.bsn !== null ? [eb('bsn', '=', person.bsn)] : []),
      ]),
    )
    .where('skn', '<>', person.skn)
    .limit(200)
    .execute();
  return rows.map(toPerson);
}

export async function recordDuplicateCandidates(
  db: Db,
  candidates: readonly DuplicateCandidate[],
): Promise<void> {
  if (candidates.length === 0) return;
  await db
    .insertInto('duplicate_candidates')
    .values(
      candidates.map((c) => ({
        skn: c.skn,
        candidate_skn: c.candidateSkn,
        reason: c.reason,
        score: c.score,
      })),
    )
    .onConflict((oc) => oc.columns(['skn', 'candidate_skn']).doNothing())
    .execute();
}

export async function listDuplicateCandidates(db: Db, skn: string): Promise<DuplicateCandidate[]> {
  const rows = await db
    .selectFrom('duplicate_candidates')
    .select(['skn', 'candidate_skn', 'reason', 'score'])
    .where((eb) => eb.or([eb('skn', '=', skn), eb('candidate_skn', '=', skn)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ skn: r.skn, candidateSkn: r.candidate_skn, reason: r.reason, score: r.score }));
}

/** Adds an address to the history; the same fact delivered again changes nothing. */
export async function addAddress(
  db: Db,
  skn: string,
  address: BrpAddress,
  eventLogId: number,
): Promise<void> {
  await db
    .insertInto('addresses')
    .values({
      skn,
      valid_from: address.validFrom,
      municipality_code: address.municipalityCode,
      street: address.street,
      house_number: address.houseNumber,
      postal_code: address.postalCode,
      city: address.city,
      event_log_id: eventLogId,
    })
    .onConflict((oc) => oc.columns(['skn', 'valid_from', 'postal_code', 'house_number']).doNothing())
    .execute();
}

/** The address history, oldest first (ties: in order of arrival). */
export async function listAddresses(db: Db, skn: string): Promise<BrpAddress[]> {
  const rows = await db
    .selectFrom('addresses')
    .select(['valid_from', 'municipality_code', 'street', 'house_number', 'postal_code', 'city'])
    .where('skn', '=', skn)
    .orderBy('valid_from')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    validFrom: r.valid_from,
    municipalityCode: r.municipality_code,
    street: r.street,
    houseNumber: r.house_number,
    postalCode: r.postal_code,
    city: r.city,
  }));
}

export async function addIdentityDetermination(
  db: Db,
  skn: string,
  determination: IdentityDetermination,
  eventLogId: number,
): Promise<void> {
  await db
    .insertInto('identity_determinations')
    .values({
      skn,
      method: determination.method,
      organisation: determination.organisation,
      determined_at: determination.determinedAt,
      event_log_id: eventLogId,
    })
    .onConflict((oc) => oc.columns(['skn', 'method', 'organisation', 'determined_at']).doNothing())
    .execute();
}

export async function listIdentityDeterminations(db: Db, skn: string): Promise<IdentityDetermination[]> {
  const rows = await db
    .selectFrom('identity_determinations')
    .select(['method', 'organisation', 'determined_at'])
    .where('skn', '=', skn)
    .orderBy('determined_at')
    .execute();
  return rows.map((r) => ({
    method: r.method,
    organisation: r.organisation,
    determinedAt: r.determined_at.toISOString(),
  }));
}

/**
 * The next free SKN. The sequence never hands out a serial twice; serials
 * whose SKN a source already delivered are skipped, so an SKN is never reused.
 */
export async function nextFreeSkn(db: Db): Promise<string> {
  for (;;) {
    const { rows } = await sql<{ serial: number }>`SELECT nextval('skn_serial')::int AS serial`.execute(db);
    const serial = rows[0]?.serial ?? FIRST_SKN_SERIAL;
    const skn = sknFromSerial(serial);
    if (!(await personExists(db, skn))) return skn;
  }
}
