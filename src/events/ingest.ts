/**
 * Event ingest: validate against the contract, check references, append to
 * the event log and apply to the projections, all in one transaction, so an
 * event is either wholly stored or not at all. Idempotent on (source, eventId).
 */
import {
  checkIdentityFact,
  type IdentityFact,
  loadIdentityState,
  writeIdentityFacts,
} from '../identity/index.ts';
import type { Db } from '../platform/db.ts';
import type { FieldError } from '../platform/errors.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { type InboundEvent, SOURCE_SECTOR, validateEvent } from './contract.ts';
import { appendEvents, eventKey, findLoggedKeys } from './store.ts';

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

/** Another delivery stored one of this batch's events between our check and our insert: redo the batch. */
export class ConcurrentDeliveryError extends Error {
  override name = 'ConcurrentDeliveryError';
}

/**
 * Ingests a batch inside the caller's transaction, in delivery order, with a
 * handful of queries for the whole batch: validate each event; find which are
 * already logged; check each against the state the events before it leave
 * (a person registered earlier in the batch is known to the events after
 * it); append the accepted ones to the log; apply them to the projections.
 * Rejections are returned, not thrown, and write nothing.
 */
export async function ingestBatch(
  db: Db,
  raws: readonly unknown[],
  ctx: IngestContext,
): Promise<IngestOutcome[]> {
  const outcomes: (IngestOutcome | undefined)[] = new Array(raws.length);
  const valid: { index: number; event: InboundEvent }[] = [];
  raws.forEach((raw, index) => {
    const validation = validateEvent(raw);
    if (!validation.ok) {
      outcomes[index] = rejected(raw, validation.status, validation.errors);
      return;
    }
    const referenceErrors = checkReferences(validation.event, ctx.catalog);
    if (referenceErrors.length > 0) outcomes[index] = rejected(raw, 422, referenceErrors);
    else valid.push({ index, event: validation.event });
  });

  const logged = await findLoggedKeys(
    db,
    valid.map((v) => v.event),
  );
  const identity = await loadIdentityState(
    db,
    valid.map((v) => v.event.skn),
  );
  const seen = new Set<string>();
  const toLog: { index: number; event: InboundEvent; fact: IdentityFact }[] = [];
  for (const { index, event } of valid) {
    const k = eventKey(event.source, event.eventId);
    if (logged.has(k) || seen.has(k)) {
      outcomes[index] = { status: 'duplicate', source: event.source, eventId: event.eventId };
      continue;
    }
    const fact = identityFact(event);
    const errors = checkIdentityFact(fact, identity);
    if (errors.length > 0) {
      outcomes[index] = rejected(raws[index], 422, errors);
      continue;
    }
    seen.add(k);
    toLog.push({ index, event, fact });
  }

  const ids = await appendEvents(
    db,
    toLog.map((t) => t.event),
  );
  if (ids.size !== toLog.length)
    throw new ConcurrentDeliveryError('events of this batch were logged meanwhile');
  const accepted = toLog.map((t) => ({
    ...t,
    logId: ids.get(eventKey(t.event.source, t.event.eventId)) as number,
  }));
  const identityWarnings = await writeIdentityFacts(db, accepted, identity);
  for (const a of accepted) {
    outcomes[a.index] = {
      status: 'accepted',
      source: a.event.source,
      eventId: a.event.eventId,
      logId: a.logId,
      warnings: [...(identityWarnings.get(a.logId) ?? []), ...catalogWarnings(a.event, ctx.catalog)],
    };
  }
  return outcomes as IngestOutcome[];
}

/** Runs a batch in a transaction, again when a concurrent delivery got in between. */
async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (!(error instanceof ConcurrentDeliveryError) || attempt >= 3) throw error;
    }
  }
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
  return inTransaction(db, async (trx) => {
    const outcomes = await ingestBatch(trx, raws, ctx);
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
    return await inTransaction(db, (trx) => ingestBatch(trx, raws, ctx));
  } catch (error) {
    if (!isDataError(error)) throw error;
  }
  const outcomes: IngestOutcome[] = [];
  for (const raw of raws) {
    try {
      outcomes.push(...(await inTransaction(db, (trx) => ingestBatch(trx, [raw], ctx))));
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
