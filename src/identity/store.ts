/**
 * SQL for the identity registry. Rows become domain types here; callers pass
 * the database (or the transaction) in.
 */
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { anyOf, type Column, insertRows } from '../platform/bulk.ts';
import type { Db } from '../platform/db.ts';
import { givenNameInitial, normalizeName } from './matching.ts';
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

/** The SKNs among `skns` that are registered. */
export async function findExistingSkns(db: Db, skns: readonly string[]): Promise<Set<string>> {
  if (skns.length === 0) return new Set();
  const rows = await db.selectFrom('persons').select('skn').where('skn', '=', anyOf(skns)).execute();
  return new Set(rows.map((r) => r.skn));
}

/**
 * Inserts or corrects persons in one statement. When the batch holds an SKN
 * more than once, the last delivery wins and the first one's time is the
 * registration time.
 */
export async function upsertPersons(
  db: Db,
  rows: readonly { person: Person; at: string; logId: number }[],
): Promise<void> {
  const bySkn = new Map<string, { person: Person; registeredAt: string; at: string; logId: number }>();
  for (const row of rows) {
    const first = bySkn.get(row.person.skn);
    bySkn.set(row.person.skn, { ...row, registeredAt: first?.registeredAt ?? row.at });
  }
  await insertRows(
    db,
    'persons',
    [...bySkn.values()],
    PERSON_INSERT,
    sql`ON CONFLICT (skn) DO UPDATE SET bsn = EXCLUDED.bsn, surname = EXCLUDED.surname,
      given_names = EXCLUDED.given_names, birth_date = EXCLUDED.birth_date, gender = EXCLUDED.gender,
      match_initial = EXCLUDED.match_initial, updated_at = EXCLUDED.updated_at,
      last_event_log_id = EXCLUDED.last_event_log_id`,
  );
}

type PersonInsert = { person: Person; registeredAt: string; at: string; logId: number };
const PERSON_INSERT: readonly Column<PersonInsert>[] = [
  ['skn', 'text', (r) => r.person.skn],
  ['bsn', 'text', (r) => r.person.bsn],
  ['surname', 'text', (r) => r.person.surname],
  ['given_names', 'text', (r) => r.person.givenNames],
  ['birth_date', 'date', (r) => r.person.birthDate],
  ['gender', 'text', (r) => r.person.gender],
  ['match_initial', 'text', (r) => givenNameInitial(r.person.givenNames)],
  ['registered_at', 'timestamptz', (r) => r.registeredAt],
  ['updated_at', 'timestamptz', (r) => r.at],
  ['last_event_log_id', 'bigint', (r) => r.logId],
];

/** A rebuild keeps the duplicate candidates: people set their status. Copies them into `schema`'s table. */
export async function copyDuplicateCandidates(db: Db, schema: string): Promise<void> {
  await sql`INSERT INTO ${sql.id(schema, 'duplicate_candidates')} SELECT * FROM public.duplicate_candidates`.execute(
    db,
  );
}

/** Decisions people took on duplicate candidates while a rebuild ran (`schema`'s table has the earlier ones). */
export async function takeOverDuplicateDecisions(db: Db, schema: string): Promise<void> {
  await sql`
    INSERT INTO ${sql.id(schema, 'duplicate_candidates')} AS r (skn, candidate_skn, reason, score, detected_at, status)
    SELECT skn, candidate_skn, reason, score, detected_at, status FROM public.duplicate_candidates
    ON CONFLICT (skn, candidate_skn) DO UPDATE SET
      reason = EXCLUDED.reason, score = EXCLUDED.score, detected_at = EXCLUDED.detected_at, status = EXCLUDED.status
    WHERE (r.reason, r.score, r.detected_at, r.status)
      IS DISTINCT FROM (EXCLUDED.reason, EXCLUDED.score, EXCLUDED.detected_at, EXCLUDED.status)`.execute(db);
}

/** Registered persons that could be the same as one of `persons`: same BSN or same birth date. */
export async function findLookalikesOf(db: Db, persons: readonly Person[]): Promise<Person[]> {
  if (persons.length === 0) return [];
  const keys = [
    ...new Map(persons.map((p) => [`${p.birthDate}|${givenNameInitial(p.givenNames)}`, p])).values(),
  ];
  const bsns = [...new Set(persons.flatMap((p) => (p.bsn ? [p.bsn] : [])))];
  // Two queries, not one with OR: each uses its own index.
  const byBirth = await db
    .selectFrom('persons')
    .select(PERSON_COLUMNS)
    .where((eb) =>
      eb(
        eb.refTuple('birth_date', 'match_initial'),
        'in',
        keys.map((p) => eb.tuple(p.birthDate, givenNameInitial(p.givenNames))),
      ),
    )
    .execute();
  const byBsn =
    bsns.length > 0
      ? await db.selectFrom('persons').select(PERSON_COLUMNS).where('bsn', '=', anyOf(bsns)).execute()
      : [];
  return [...new Map([...byBirth, ...byBsn].map((r) => [r.skn, toPerson(r)])).values()];
}

export async function recordDuplicateCandidates(
  db: Db,
  candidates: readonly DuplicateCandidate[],
): Promise<void> {
  await insertRows(
    db,
    'duplicate_candidates',
    candidates,
    CANDIDATE_INSERT,
    sql`ON CONFLICT (skn, candidate_skn) DO NOTHING`,
  );
}

const CANDIDATE_INSERT: readonly Column<DuplicateCandidate>[] = [
  ['skn', 'text', (c) => c.skn],
  ['candidate_skn', 'text', (c) => c.candidateSkn],
  ['reason', 'text', (c) => c.reason],
  ['score', 'real', (c) => c.score],
];

export async function listDuplicateCandidates(db: Db, skn: string): Promise<DuplicateCandidate[]> {
  const rows = await db
    .selectFrom('duplicate_candidates')
    .select(['skn', 'candidate_skn', 'reason', 'score'])
    .where((eb) => eb.or([eb('skn', '=', skn), eb('candidate_skn', '=', skn)]))
    .orderBy('detected_at')
    .orderBy('skn')
    .execute();
  return rows.map((r) => ({ skn: r.skn, candidateSkn: r.candidate_skn, reason: r.reason, score: r.score }));
}

/** Adds addresses to the histories; the same fact delivered again changes nothing. */
export async function addAddresses(
  db: Db,
  rows: readonly { skn: string; address: BrpAddress; logId: number }[],
): Promise<void> {
  await insertRows(
    db,
    'addresses',
    rows,
    ADDRESS_INSERT,
    sql`ON CONFLICT (skn, valid_from, postal_code, house_number) DO NOTHING`,
  );
}

const ADDRESS_INSERT: readonly Column<{ skn: string; address: BrpAddress; logId: number }>[] = [
  ['skn', 'text', (r) => r.skn],
  ['valid_from', 'date', (r) => r.address.validFrom],
  ['municipality_code', 'text', (r) => r.address.municipalityCode],
  ['street', 'text', (r) => r.address.street],
  ['house_number', 'text', (r) => r.address.houseNumber],
  ['postal_code', 'text', (r) => r.address.postalCode],
  ['city', 'text', (r) => r.address.city],
  ['event_log_id', 'bigint', (r) => r.logId],
];

const ADDRESS_COLUMNS = [
  'valid_from',
  'municipality_code',
  'street',
  'house_number',
  'postal_code',
  'city',
] as const;

type AddressRow = {
  valid_from: string;
  municipality_code: string;
  street: string;
  house_number: string;
  postal_code: string;
  city: string;
};

function toAddress(r: AddressRow): BrpAddress {
  return {
    validFrom: r.valid_from,
    municipalityCode: r.municipality_code,
    street: r.street,
    houseNumber: r.house_number,
    postalCode: r.postal_code,
    city: r.city,
  };
}

/** The address history, oldest first (ties: in order of arrival). */
export async function listAddresses(db: Db, skn: string): Promise<BrpAddress[]> {
  const rows = await db
    .selectFrom('addresses')
    .select(ADDRESS_COLUMNS)
    .where('skn', '=', skn)
    .orderBy('valid_from')
    .orderBy('event_log_id')
    .execute();
  return rows.map(toAddress);
}

export async function addIdentityDeterminations(
  db: Db,
  rows: readonly { skn: string; determination: IdentityDetermination; logId: number }[],
): Promise<void> {
  await insertRows(
    db,
    'identity_determinations',
    rows,
    DETERMINATION_INSERT,
    sql`ON CONFLICT (skn, method, organisation, determined_at) DO NOTHING`,
  );
}

const DETERMINATION_INSERT: readonly Column<{
  skn: string;
  determination: IdentityDetermination;
  logId: number;
}>[] = [
  ['skn', 'text', (r) => r.skn],
  ['method', 'text', (r) => r.determination.method],
  ['organisation', 'text', (r) => r.determination.organisation],
  ['determined_at', 'timestamptz', (r) => r.determination.determinedAt],
  ['event_log_id', 'bigint', (r) => r.logId],
];

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
    if ((await findExistingSkns(db, [skn])).size === 0) return skn;
  }
}

export type PersonQuery = { skn: string } | { bsn: string } | { surname: string; birthDate: string };

/** At most this many persons answer one search; a wider search must be narrowed. */
export const SEARCH_LIMIT = 50;

/**
 * Persons matching a search: by SKN, by BSN, or by surname and birth date
 * (the surname compared without case, diacritics or tussenvoegsels).
 */
export async function searchPersons(db: Db, query: PersonQuery): Promise<Person[]> {
  let select = db
    .selectFrom('persons')
    .select(PERSON_COLUMNS)
    .orderBy('skn')
    .limit(SEARCH_LIMIT + 1);
  if ('skn' in query) select = select.where('skn', '=', query.skn);
  else if ('bsn' in query) select = select.where('bsn', '=', query.bsn);
  else select = select.where('birth_date', '=', query.birthDate).limit(10_000);
  const rows = (await select.execute()).map(toPerson);
  if (!('surname' in query)) return rows;
  const wanted = normalizeName(query.surname);
  return rows.filter((p) => normalizeName(p.surname) === wanted).slice(0, SEARCH_LIMIT + 1);
}

/** A person and their address history (oldest first) in one query, or undefined. */
export async function findPersonWithAddresses(
  db: Db,
  skn: string,
): Promise<{ person: Person; addresses: BrpAddress[] } | undefined> {
  const row = await db
    .selectFrom('persons')
    .select(PERSON_COLUMNS)
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('addresses')
          .select(ADDRESS_COLUMNS)
          .whereRef('addresses.skn', '=', 'persons.skn')
          .orderBy('valid_from')
          .orderBy('event_log_id'),
      ).as('addresses'),
    )
    .where('skn', '=', skn)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    person: toPerson(row),
    addresses: row.addresses.map(toAddress),
  };
}

/** The address histories (oldest first) of `skns`. */
export async function loadAddressesOf(db: Db, skns: readonly string[]): Promise<Map<string, BrpAddress[]>> {
  const out = new Map<string, BrpAddress[]>();
  if (skns.length === 0) return out;
  const rows = await db
    .selectFrom('addresses')
    .select(['skn', ...ADDRESS_COLUMNS])
    .where('skn', '=', anyOf([...new Set(skns)]))
    .orderBy('valid_from')
    .orderBy('event_log_id')
    .execute();
  for (const r of rows) out.set(r.skn, [...(out.get(r.skn) ?? []), toAddress(r)]);
  return out;
}
