/**
 * An administrator keeps municipal participation: registers a municipality
 * for a box from a date (re-integration only on the mayor's signed
 * authorisation) and ends it from a date with a reason. Every change is a new
 * row with who and when (participation-store.ts); bad input changes nothing.
 */
import { activeRoleHolders } from '../access/index.ts';
import type { Db } from '../platform/db.ts';
import { ConflictError, type FieldError, NotFoundError, ValidationError } from '../platform/errors.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { BOX_ROLE } from './model.ts';
import { inForce, participationException } from './participation.ts';
import {
  type Actor,
  findRegistration,
  insertEnd,
  insertRegistration,
  listRegistrations,
  lockMunicipality,
  type NewRegistration,
  type ParticipationBox,
  type Registration,
} from './participation-store.ts';

const BOXES: readonly ParticipationBox[] = ['bij', 'reintegration'];

/** Where the CBS municipality list starts (src/reference/data/municipalities.json, source notes). */
const REFERENCE_LIST_START = '2019-01-01';

const invalid = (errors: FieldError[]) =>
  new ValidationError('PARTICIPATION_INVALID', errors.map((e) => e.message).join('; '), errors, 422);

/** The municipality's reference entry, or why it cannot take part from `from`. */
function municipalityProblems(catalog: ReferenceCatalog, code: string, from: string, today: string) {
  const municipality = catalog.municipality(code);
  const field = 'municipalityCode';
  if (!municipality)
    return [
      { field, rule: 'known-municipality', message: `${code} is not a municipality in the reference data` },
    ];
  if (
    municipality.validUntil !== null &&
    (municipality.validUntil <= today || municipality.validUntil <= from)
  )
    return [{ field, rule: 'current-municipality', message: `${code} ceased on ${municipality.validUntil}` }];
  // Before the list's start a validFrom only says the code existed on or before it
  // (municipalities.json, source notes); after it, validFrom is the day a merger formed it.
  if (municipality.validFrom > REFERENCE_LIST_START && municipality.validFrom > from)
    return [
      {
        field: 'from',
        rule: 'municipality-exists',
        message: `${code} exists from ${municipality.validFrom}`,
      },
    ];
  return [];
}

function authorisationProblems(registration: NewRegistration, today: string): FieldError[] {
  const { authorisation, box, from } = registration;
  if (!authorisation) {
    return box === 'reintegration'
      ? [
          {
            field: 'authorisation',
            rule: 'required',
            message: 're-integration notices need the authorisation signed by the mayor (reference and date)',
          },
        ]
      : [];
  }
  const errors: FieldError[] = [];
  if (authorisation.date > today)
    errors.push({
      field: 'authorisation.date',
      rule: 'not-in-future',
      message: 'the authorisation is signed already',
    });
  else if (authorisation.date > from)
    errors.push({
      field: 'authorisation.date',
      rule: 'signed-before-start',
      message: `the authorisation must be signed on or before ${from}, the first day of participation`,
    });
  return errors;
}

/** A registration from `from` on stays open, so it overlaps every one not ended by then. */
function overlapProblems(existing: readonly Registration[], from: string): FieldError[] {
  const clash = existing.find((r) => r.from !== r.until && (r.until === null || r.until > from));
  if (!clash) return [];
  return [
    {
      field: 'from',
      rule: 'no-overlap',
      message: `overlaps the registration from ${clash.from}${clash.until ? ` until ${clash.until}` : ' (not ended)'}: end it first`,
    },
  ];
}

export async function registerParticipation(
  db: Db,
  catalog: ReferenceCatalog,
  by: Actor,
  registration: NewRegistration,
  today: string,
): Promise<Registration> {
  const errors = [
    ...municipalityProblems(catalog, registration.municipalityCode, registration.from, today),
    ...authorisationProblems(registration, today),
  ];
  if (errors.length > 0) throw invalid(errors);
  return db.transaction().execute(async (trx) => {
    await lockMunicipality(trx, registration.municipalityCode);
    const existing = (await listRegistrations(trx, registration.municipalityCode)).filter(
      (r) => r.box === registration.box,
    );
    const overlap = overlapProblems(existing, registration.from);
    if (overlap.length > 0) throw invalid(overlap);
    const id = await insertRegistration(trx, registration, by);
    const stored = await findRegistration(trx, id);
    if (!stored) throw new Error(`participation ${id} vanished`);
    return stored;
  });
}

export async function endParticipation(
  db: Db,
  by: Actor,
  id: number,
  end: { until: string; reason: string },
): Promise<Registration> {
  return db.transaction().execute(async (trx) => {
    const found = await findRegistration(trx, id);
    if (!found) throw new NotFoundError('PARTICIPATION_NOT_FOUND', `no participation ${id}`);
    await lockMunicipality(trx, found.municipalityCode);
    const current = await findRegistration(trx, id);
    if (current?.end) throw new ConflictError('PARTICIPATION_ENDED', `participation ${id} ended already`);
    if (end.until < found.from)
      throw invalid([
        { field: 'until', rule: 'not-before-start', message: `the participation starts on ${found.from}` },
      ]);
    await insertEnd(trx, id, end, by);
    const stored = await findRegistration(trx, id);
    if (!stored) throw new Error(`participation ${id} vanished`);
    return stored;
  });
}

type BoxCounts = Record<ParticipationBox, number>;

async function activeUsersByMunicipality(db: Db): Promise<Map<string, BoxCounts>> {
  const counts = new Map<string, BoxCounts>();
  for (const h of await activeRoleHolders(db)) {
    for (const box of BOXES) {
      if (h.role !== BOX_ROLE[box]) continue;
      const c = counts.get(h.organisation) ?? { bij: 0, reintegration: 0 };
      c[box] += h.users;
      counts.set(h.organisation, c);
    }
  }
  return counts;
}

export interface BoxState {
  /** What the routing does with a notice for this box on the date. */
  status: 'participating' | 'not-participating' | 'no-active-user';
  current: Registration | null;
  /** The next registration starting after the date, if any. */
  upcoming: Registration | null;
  activeUsers: number;
}

export interface MunicipalityParticipation {
  code: string;
  name: string;
  province: string;
  boxes: Record<ParticipationBox, BoxState>;
}

function boxState(
  code: string,
  box: ParticipationBox,
  registrations: readonly Registration[],
  activeUsers: number,
  date: string,
): BoxState {
  const own = registrations.filter((r) => r.box === box);
  const current = own.find((r) => inForce([r], date)) ?? null;
  const upcoming = own.find((r) => r.from > date && r.from !== r.until) ?? null;
  const snapshot = {
    periods: new Map([[`${code}|${box}`, own.map((r) => ({ from: r.from, until: r.until }))]]),
    staffed: new Set(activeUsers > 0 ? [`${code}|${box}`] : []),
  };
  return {
    status: participationException(snapshot, box, code, date)?.exception ?? 'participating',
    current,
    upcoming,
    activeUsers,
  };
}

/** Every municipality that exists on `date`, with its state per box on that date. */
export async function listParticipation(
  db: Db,
  catalog: ReferenceCatalog,
  date: string,
): Promise<MunicipalityParticipation[]> {
  const [registrations, users] = await Promise.all([listRegistrations(db), activeUsersByMunicipality(db)]);
  const byMunicipality = new Map<string, Registration[]>();
  for (const r of registrations)
    byMunicipality.set(r.municipalityCode, [...(byMunicipality.get(r.municipalityCode) ?? []), r]);
  return catalog.municipalitiesOn(date).map((m) => {
    const own = byMunicipality.get(m.code) ?? [];
    const counts = users.get(m.code) ?? { bij: 0, reintegration: 0 };
    return {
      code: m.code,
      name: m.name,
      province: m.province,
      boxes: {
        bij: boxState(m.code, 'bij', own, counts.bij, date),
        reintegration: boxState(m.code, 'reintegration', own, counts.reintegration, date),
      },
    };
  });
}

export interface ParticipationHistory extends MunicipalityParticipation {
  validFrom: string;
  validUntil: string | null;
  /** Every registration of both boxes, each with its end if it has one, oldest first. */
  registrations: Registration[];
}

/** One municipality (current or former): its state on `date` and its whole history. */
export async function participationHistory(
  db: Db,
  catalog: ReferenceCatalog,
  code: string,
  date: string,
): Promise<ParticipationHistory> {
  const m = catalog.municipality(code);
  if (!m) throw new NotFoundError('MUNICIPALITY_NOT_FOUND', `no municipality ${code}`);
  const [registrations, users] = await Promise.all([
    listRegistrations(db, code),
    activeUsersByMunicipality(db),
  ]);
  const counts = users.get(code) ?? { bij: 0, reintegration: 0 };
  return {
    code: m.code,
    name: m.name,
    province: m.province,
    validFrom: m.validFrom,
    validUntil: m.validUntil,
    boxes: {
      bij: boxState(code, 'bij', registrations, counts.bij, date),
      reintegration: boxState(code, 'reintegration', registrations, counts.reintegration, date),
    },
    registrations,
  };
}
