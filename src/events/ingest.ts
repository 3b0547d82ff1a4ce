/**
 * Event ingest: validate against the contract, check references, append to
 * the event log and apply to the projections, all in one transaction, so an
 * event is either wholly stored or not at all. Idempotent on (source, eventId).
 */
import {
  applyAddressRegistered,
  applyIdentityDetermined,
  applyPersonRegistered,
  personExists,
} from '../identity/index.ts';
import type { Db } from '../platform/db.ts';
import type { FieldError } from '../platform/errors.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { type InboundEvent, SOURCE_SECTOR, validateEvent } from './contract.ts';
import { appendEvent } from './store.ts';

export interface IngestContext {
  catalog: ReferenceCatalog;
}

export type IngestOutcome =
  | { status: 'accepted'; source: string; eventId: string; logId: number; warnings: string[] }
  | { status: 'duplicate'; source: string; eventId: string }
  | {
      status: 'rejected';
      source: string | undefined;
      eventId: string | undefined;
      httpStatus: 400 | 422;
      errors: FieldError[];
    };

export type Rejected = Extract<IngestOutcome, { status: 'rejected' }>;

function rejected(raw: unknown, httpStatus: 400 | 422, errors: FieldError[]): Rejected {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    status: 'rejected',
    source: typeof record.source === 'string' ? record.source : undefined,
    eventId: typeof record.eventId === 'string' ? record.eventId : undefined,
    httpStatus,
    errors,
  };
}

/** Reference checks that need only the catalog: institutions exist and belong to the source's sector. */
export function checkReferences(event: InboundEvent, catalog: ReferenceCatalog): FieldError[] {
  if (!('institution' in event)) return [];
  const sector = SOURCE_SECTOR[event.source as keyof typeof SOURCE_SECTOR];
  const fields: [string, string][] = [['institution', event.institution]];
  if (event.type === 'transfer') fields.push(['toInstitution', event.toInstitution]);
  const errors: FieldError[] = [];
  for (const [field, code] of fields) {
    const institution = catalog.institution(code);
    if (!institution) {
      errors.push({
        field,
        rule: 'unknown-institution',
        message: `${field} ${JSON.stringify(code)} is not a known institution`,
      });
    } else if (institution.sector !== sector) {
      errors.push({
        field,
        rule: 'sector',
        message: `${field} ${code} is a ${institution.sector} institution; ${event.source} delivers for ${sector}`,
      });
    }
  }
  return errors;
}

async function apply(db: Db, event: InboundEvent, logId: number, ctx: IngestContext): Promise<string[]> {
  switch (event.type) {
    case 'person-registered': {
      const person = {
        skn: event.skn,
        bsn: event.bsn ?? null,
        surname: event.surname,
        givenNames: event.givenNames,
        birthDate: event.birthDate,
        gender: event.gender,
      };
      return (await applyPersonRegistered(db, person, event.occurredAt, logId)).warnings;
    }
    case 'address-registered':
      return (await applyAddressRegistered(db, event.skn, event, logId)).warnings;
    case 'identity-determined':
      return (await applyIdentityDetermined(db, event.skn, event, logId)).warnings;
    case 'admission':
      return (event.title.offences ?? [])
        .filter((code) => ctx.catalog.offence(code) === undefined)
        .map(
          (code) =>
            `offence ${JSON.stringify(code)} is not in the reference law articles: it is stored unclassified`,
        );
    default:
      // Detention and victim events are logged; their projections come with the detention and notification modules.
      return [];
  }
}

/**
 * Ingests one event inside the caller's transaction. Rejections are returned,
 * not thrown, and write nothing.
 */
export async function ingestOne(db: Db, raw: unknown, ctx: IngestContext): Promise<IngestOutcome> {
  const validation = validateEvent(raw);
  if (!validation.ok) return rejected(raw, validation.status, validation.errors);
  const event = validation.event;
  const referenceErrors = checkReferences(event, ctx.catalog);
  if (referenceErrors.length > 0) return rejected(raw, 422, referenceErrors);
  if (event.type !== 'person-registered' && !(await personExists(db, event.skn))) {
    return rejected(raw, 422, [
      {
        field: 'skn',
        rule: 'unknown-person',
        message: 'skn refers to no registered person (person-registered first)',
      },
    ]);
  }
  const logId = await appendEvent(db, event);
  if (logId === undefined) return { status: 'duplicate', source: event.source, eventId: event.eventId };
  const warnings = await apply(db, event, logId, ctx);
  return { status: 'accepted', source: event.source, eventId: event.eventId, logId, warnings };
}

/** Thrown to roll back an all-or-nothing batch; carries every outcome. */
export class BatchRejectedError extends Error {
  override name = 'BatchRejectedError';
  readonly outcomes: IngestOutcome[];
  constructor(outcomes: IngestOutcome[]) {
    super('the batch contains rejected events; nothing was stored');
    this.outcomes = outcomes;
  }
}

/**
 * All or nothing: every event is stored, or (when one is rejected) none is.
 * Used by the API, where a POST is one delivery.
 */
export async function ingestAtomically(
  db: Db,
  raws: readonly unknown[],
  ctx: IngestContext,
): Promise<IngestOutcome[]> {
  return db.transaction().execute(async (trx) => {
    const outcomes: IngestOutcome[] = [];
    for (const raw of raws) outcomes.push(await ingestOne(trx, raw, ctx));
    if (outcomes.some((o) => o.status === 'rejected')) throw new BatchRejectedError(outcomes);
    return outcomes;
  });
}

/** PostgreSQL error classes that mean "this row's data", not "the database": 22 data exception, 23 constraint. */
function isDataError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

/**
 * Each event on its own: good ones are stored, bad ones rejected, in one
 * transaction per batch for speed. Should the store refuse an event the
 * checks let through, the batch is redone one event per transaction so that
 * only that event is lost. Used by file ingest.
 */
export async function ingestIndependently(
  db: Db,
  raws: readonly unknown[],
  ctx: IngestContext,
): Promise<IngestOutcome[]> {
  try {
    return await db.transaction().execute(async (trx) => {
      const outcomes: IngestOutcome[] = [];
      for (const raw of raws) outcomes.push(await ingestOne(trx, raw, ctx));
      return outcomes;
    });
  } catch (error) {
    if (!isDataError(error)) throw error;
  }
  const outcomes: IngestOutcome[] = [];
  for (const raw of raws) {
    try {
      outcomes.push(await db.transaction().execute((trx) => ingestOne(trx, raw, ctx)));
    } catch (error) {
      if (!isDataError(error)) throw error;
      outcomes.push(
        rejected(raw, 422, [
          { field: '(event)', rule: 'store', message: `the store refused the event: ${error.message}` },
        ]),
      );
    }
  }
  return outcomes;
}
