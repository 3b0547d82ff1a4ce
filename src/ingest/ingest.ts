/**
 * Event ingest: validate against the contract, check references, append to
 * the event log and apply to the projections, all in one transaction, so an
 * event is either wholly stored or not at all. Idempotent on (source, eventId):
 * the same content again is a duplicate; different content is refused (409)
 * and recorded for the operators (contract version 1.1).
 */

import {
  appendEvents,
  type ConflictChannel,
  differingFields,
  type EventConflict,
  eventKey,
  factHash,
  findLoggedKeys,
  type InboundEvent,
  loadPayloads,
  recordConflicts,
  reserveLogIds,
  SOURCE_SECTOR,
  validateEvent,
} from '../events/index.ts';
import type { Db } from '../platform/db.ts';
import type { FieldError } from '../platform/errors.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { type Decision, planProjections, writeProjections } from './plan.ts';
import type { Projections } from './port.ts';

/** The reference data and the projections (src/pipeline.ts wires them), and the present. */
export interface IngestContext extends Projections {
  /** The present, against which the plausibility of dates is judged; default: the clock. */
  now?: () => Date;
}

export type IngestOutcome =
  | {
      status: 'accepted';
      source: string;
      eventId: string;
      logId: number;
      warnings: string[];
      /** Each projection's result for this event, by projection name (the notification rules' outcomes, for instance). */
      results: ReadonlyMap<string, unknown>;
    }
  | { status: 'duplicate'; source: string; eventId: string }
  | {
      status: 'rejected';
      source: string | undefined;
      eventId: string | undefined;
      /** 409: a known (source, eventId) with other content; `conflict` says which fields differ. */
      httpStatus: 400 | 409 | 422;
      errors: FieldError[];
      conflict?: EventConflict;
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

function conflicting(event: InboundEvent, originalLogId: number | null, fields: string[]): Rejected {
  return {
    status: 'rejected',
    source: event.source,
    eventId: event.eventId,
    httpStatus: 409,
    errors: fields.map((field) => ({
      field,
      rule: 'event-id-conflict',
      message: `${field} differs from the event already delivered with this source and eventId; a new fact needs a new eventId`,
    })),
    conflict: { source: event.source, eventId: event.eventId, originalLogId, differingFields: fields },
  };
}

/** The conflicts among outcomes, to record for the operators. */
function conflictsOf(outcomes: readonly IngestOutcome[]): EventConflict[] {
  return outcomes.flatMap((o) => (o.status === 'rejected' && o.conflict ? [o.conflict] : []));
}

/**
 * Reference checks that need only the catalog: institutions exist, and the event's institution
 * belongs to the source's sector. A transfer may go to another sector's institution (contract
 * 1.1: prison → TBS clinic, JJI → prison); the receiving sector's source delivers what follows.
 */
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
    } else if (field === 'institution' && institution.sector !== sector) {
      errors.push({
        field,
        rule: 'sector',
        message: `${field} ${code} is a ${institution.sector} institution; ${event.source} delivers for ${sector}`,
      });
    }
  }
  return errors;
}

/** Another delivery stored one of this batch's events between our check and our insert: redo the batch. */
export class ConcurrentDeliveryError extends Error {
  override name = 'ConcurrentDeliveryError';
}

/**
 * A batch checked on its own, before the store is asked anything: each event
 * validated against the contract and the reference data, and hashed. File
 * ingest prepares the next batch while the store works on this one.
 */
export interface PreparedBatch {
  raws: readonly unknown[];
  /** The rejections so far, by position; the valid events are checked against the store next. */
  outcomes: (IngestOutcome | undefined)[];
  valid: { index: number; event: InboundEvent; factHash: string }[];
}

export function prepareBatch(raws: readonly unknown[], ctx: IngestContext): PreparedBatch {
  const outcomes: (IngestOutcome | undefined)[] = new Array(raws.length);
  const valid: PreparedBatch['valid'] = [];
  const now = ctx.now?.() ?? new Date();
  raws.forEach((raw, index) => {
    const validation = validateEvent(raw, now);
    if (!validation.ok) {
      outcomes[index] = rejected(raw, validation.status, validation.errors);
      return;
    }
    const referenceErrors = checkReferences(validation.event, ctx.catalog);
    if (referenceErrors.length > 0) outcomes[index] = rejected(raw, 422, referenceErrors);
    else valid.push({ index, event: validation.event, factHash: factHash(validation.event) });
  });
  return { raws, outcomes, valid };
}

/**
 * Ingests a batch inside the caller's transaction, in delivery order, with a
 * handful of queries for the whole batch: validate each event; find which are
 * already logged (duplicates); reserve log ids; check each against the state
 * the events before it leave (a person registered earlier in the batch is
 * known to the events after it; an admission opens an episode for the
 * release after it); append the accepted ones to the log; write the
 * projections. Rejections are returned, not thrown, and write nothing.
 */
export function ingestBatch(db: Db, raws: readonly unknown[], ctx: IngestContext): Promise<IngestOutcome[]> {
  return ingestPrepared(db, prepareBatch(raws, ctx), ctx);
}

/** `ingestBatch` of a batch already prepared. */
export async function ingestPrepared(
  db: Db,
  { raws, outcomes: checked, valid }: PreparedBatch,
  ctx: IngestContext,
): Promise<IngestOutcome[]> {
  // A transaction may run this again (a concurrent delivery): the prepared outcomes stay as they were.
  const outcomes = [...checked];
  const logged = await findLoggedKeys(
    db,
    valid.map((v) => v.event),
  );
  const seen = new Map<string, { event: InboundEvent; factHash: string }>();
  const fresh: { index: number; event: InboundEvent; factHash: string }[] = [];
  const repeats: { index: number; event: InboundEvent }[] = [];
  for (const v of valid) {
    const k = eventKey(v.event.source, v.event.eventId);
    const hash = v.factHash;
    const known = logged.get(k)?.factHash ?? seen.get(k)?.factHash;
    if (known === undefined) {
      seen.set(k, { event: v.event, factHash: hash });
      fresh.push(v);
    } else if (known === hash) {
      outcomes[v.index] = { status: 'duplicate', source: v.event.source, eventId: v.event.eventId };
    } else {
      repeats.push(v);
    }
  }
  if (repeats.length > 0) {
    const originals = await loadPayloads(
      db,
      repeats.flatMap((r) => logged.get(eventKey(r.event.source, r.event.eventId))?.logId ?? []),
    );
    for (const r of repeats) {
      const k = eventKey(r.event.source, r.event.eventId);
      const logId = logged.get(k)?.logId;
      const original = logId === undefined ? seen.get(k)?.event : originals.get(logId);
      outcomes[r.index] = conflicting(r.event, logId ?? null, differingFields(original, r.event));
    }
  }

  const ids = await reserveLogIds(db, fresh.length);
  const sequenced = fresh.map((f, i) => ({ ...f, logId: ids[i] as number }));
  const plan = await planProjections(db, sequenced, ctx);
  const toLog = sequenced.filter((_, i) => plan.decisions[i]?.status !== 'refuse');
  const appended = await appendEvents(db, toLog);
  if (appended !== toLog.length)
    throw new ConcurrentDeliveryError('events of this batch were logged meanwhile');
  const warnings = await writeProjections(db, plan);

  sequenced.forEach((s, i) => {
    const decision = plan.decisions[i] as Decision;
    outcomes[s.index] =
      decision.status === 'refuse'
        ? rejected(raws[s.index], 422, decision.errors)
        : {
            status: 'accepted',
            source: s.event.source,
            eventId: s.event.eventId,
            logId: s.logId,
            warnings: [...(warnings.get(s.logId) ?? []), ...decision.warnings],
            results: decision.status === 'apply' ? decision.results : new Map(),
          };
  });
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
  try {
    return await inTransaction(db, async (trx) => {
      const outcomes = await ingestBatch(trx, raws, ctx);
      if (outcomes.some((o) => o.status === 'rejected')) throw new BatchRejectedError(outcomes);
      return outcomes;
    });
  } catch (error) {
    if (error instanceof BatchRejectedError) await recordConflicts(db, conflictsOf(error.outcomes), 'api');
    throw error;
  }
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
  raws: readonly unknown[] | PreparedBatch,
  ctx: IngestContext,
  channel: ConflictChannel = 'file',
): Promise<IngestOutcome[]> {
  const prepared = 'valid' in raws ? raws : prepareBatch(raws, ctx);
  const outcomes = await ingestEachOnItsOwn(db, prepared, ctx);
  await recordConflicts(db, conflictsOf(outcomes), channel);
  return outcomes;
}

async function ingestEachOnItsOwn(
  db: Db,
  prepared: PreparedBatch,
  ctx: IngestContext,
): Promise<IngestOutcome[]> {
  try {
    return await inTransaction(db, (trx) => ingestPrepared(trx, prepared, ctx));
  } catch (error) {
    if (!isDataError(error)) throw error;
  }
  const outcomes: IngestOutcome[] = [];
  for (const raw of prepared.raws) {
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
