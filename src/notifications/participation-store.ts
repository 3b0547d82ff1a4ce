/**
 * SQL for municipal participation: registrations and their ends, two
 * append-only tables (migration 0014). Rows become domain types here.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';

export type ParticipationBox = 'bij' | 'reintegration';

/** Who did it: the administrator's id (null for the demo or a command) and name. */
export interface Actor {
  userId: number | null;
  username: string;
}

export interface Registration {
  id: number;
  municipalityCode: string;
  box: ParticipationBox;
  /** First day in force. */
  from: string;
  /** First day no longer in force; null while open. */
  until: string | null;
  authorisation: { reference: string; date: string } | null;
  registeredAt: string;
  registeredBy: string;
  end: { reason: string; endedAt: string; endedBy: string } | null;
}

function registrations(db: Db) {
  return db
    .selectFrom('participations as p')
    .leftJoin('participation_ends as e', 'e.participation_id', 'p.id')
    .select([
      'p.id',
      'p.municipality_code',
      'p.box',
      'p.valid_from',
      'p.authorisation_reference',
      'p.authorisation_date',
      'p.registered_at',
      'p.registered_by',
      'e.valid_until',
      'e.reason',
      'e.ended_at',
      'e.ended_by',
    ])
    .orderBy('p.municipality_code')
    .orderBy('p.box')
    .orderBy('p.valid_from')
    .orderBy('p.id');
}

type Row = Awaited<ReturnType<ReturnType<typeof registrations>['execute']>>[number];

function toRegistration(row: Row): Registration {
  return {
    id: Number(row.id),
    municipalityCode: row.municipality_code,
    box: row.box,
    from: row.valid_from,
    until: row.valid_until,
    authorisation:
      row.authorisation_reference !== null && row.authorisation_date !== null
        ? { reference: row.authorisation_reference, date: row.authorisation_date }
        : null,
    registeredAt: new Date(row.registered_at).toISOString(),
    registeredBy: row.registered_by,
    end:
      row.valid_until !== null && row.reason !== null && row.ended_at !== null && row.ended_by !== null
        ? { reason: row.reason, endedAt: new Date(row.ended_at).toISOString(), endedBy: row.ended_by }
        : null,
  };
}

/** Every registration, or those of one municipality, by municipality, box and start. */
export async function listRegistrations(db: Db, municipalityCode?: string): Promise<Registration[]> {
  const query = municipalityCode
    ? registrations(db).where('p.municipality_code', '=', municipalityCode)
    : registrations(db);
  return (await query.execute()).map(toRegistration);
}

export async function findRegistration(db: Db, id: number): Promise<Registration | undefined> {
  const row = await registrations(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toRegistration(row) : undefined;
}

/** One change to a municipality's participation at a time, across service instances. */
export async function lockMunicipality(db: Db, municipalityCode: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(7261014, hashtext(${municipalityCode}))`.execute(db);
}

export interface NewRegistration {
  municipalityCode: string;
  box: ParticipationBox;
  from: string;
  authorisation?: { reference: string; date: string } | undefined;
}

function registrationRow(r: NewRegistration, by: Actor) {
  return {
    municipality_code: r.municipalityCode,
    box: r.box,
    valid_from: r.from,
    authorisation_reference: r.authorisation?.reference ?? null,
    authorisation_date: r.authorisation?.date ?? null,
    registered_by_user_id: by.userId,
    registered_by: by.username,
  };
}

export async function insertRegistration(db: Db, registration: NewRegistration, by: Actor): Promise<number> {
  const row = await db
    .insertInto('participations')
    .values(registrationRow(registration, by))
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Many registrations in one statement (the demo's seeding). */
export async function insertRegistrations(
  db: Db,
  registrations: readonly NewRegistration[],
  by: Actor,
): Promise<void> {
  if (registrations.length === 0) return;
  await db
    .insertInto('participations')
    .values(registrations.map((r) => registrationRow(r, by)))
    .execute();
}

export async function insertEnd(
  db: Db,
  participationId: number,
  end: { until: string; reason: string },
  by: Actor,
): Promise<void> {
  await db
    .insertInto('participation_ends')
    .values({
      participation_id: participationId,
      valid_until: end.until,
      reason: end.reason,
      ended_by_user_id: by.userId,
      ended_by: by.username,
    })
    .execute();
}
