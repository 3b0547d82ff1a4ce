/**
 * The processing log (Logboek Dataverwerkingen, draft standard of the Dutch
 * government: https://logius-standaarden.github.io/logboek-dataverwerkingen/):
 * every processing of personal data writes, durably before the read is
 * answered, one row per data subject with trace and span id, operation,
 * processing activity, start and end, status and a pseudonymised subject id
 * (HMAC-SHA256 of the SKN under a configured key). Who did it goes in the
 * separate audit log, linked by trace id.
 *
 * Both logs are append-only (triggers refuse UPDATE, DELETE and TRUNCATE; the
 * application's role has no right to them) and hash-chained: each row's hash
 * covers its content and the hash before it, so `ketenzicht audit verify`
 * finds a changed, removed or inserted row. The hash is keyed (HMAC-SHA256
 * under the audit key, kept outside the database), so even the database's
 * owner cannot write a row or recompute a chain that verifies; rows written
 * before the key (below `log_chains.keyed_from`) keep their plain SHA-256.
 * What a chain alone cannot show, a cut tail or an emptied table, the signed
 * checkpoints outside the database do (checkpoint.ts).
 */
import { createHash, createHmac } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import type { LogKeys } from '../platform/secrets.ts';
import type { TraceContext } from '../platform/trace.ts';
import { GroupCommit } from './log-appender.ts';
import type { User } from './model.ts';

/** The processing activities of the register (verwerkingsregister), by id. */
export const PROCESSING_ACTIVITIES = {
  'injus-zoeken': 'Injus: zoeken naar een persoon',
  'injus-persoonsbeeld': 'Injus: raadplegen persoonsbeeld (detentiegegevens)',
  'betrokkene-inzage': 'Overzicht van verwerkingen voor een betrokkene (art. 15 AVG)',
  'berichtenbox-lijst': 'Berichtenbox: lijst van meldingen in de box van de eigen organisatie',
  'berichtenbox-openen': 'Berichtenbox: openen van een melding',
  'berichtenbox-export': 'Berichtenbox: export (CSV) van meldingen in de box van de eigen organisatie',
  'berichtenbox-controle': 'Berichtenbox: controle van de gemeente bij BIJ-meldingen (Justid)',
  'berichtenbox-wachtrij': 'Berichtenbox: meldingen zonder ontvanger routeren (Justid)',
  'operaties-uitleg': 'Uitleg van de regels bij een gebeurtenis (Justid)',
} as const;
export type ProcessingActivity = keyof typeof PROCESSING_ACTIVITIES;

export const GENESIS = '0'.repeat(64);

/** The transaction-scoped advisory lock under which both chains are extended, one writer at a time. */
export const LOG_CHAIN_LOCK = 7261001;

export function pseudonymize(key: string, skn: string): string {
  return createHmac('sha256', key).update(skn).digest('hex');
}

export interface Processing {
  trace: TraceContext;
  activity: ProcessingActivity;
  operation: 'read' | 'search';
  startedAt: Date;
  status: 'ok' | 'error';
  subjects: readonly string[];
  user: User;
  pseudonymKey: string;
  auditKey: string;
}

/** The logs, each one hash chain today; partitioned logs (issue 15) will have several chains each. */
export type LogTable = 'processing_log' | 'audit_log';
export const LOG_TABLES: readonly LogTable[] = ['processing_log', 'audit_log'];

/** A sub-key per use, so a row hash can never pass for a checkpoint signature or the other way round. */
export function subKey(auditKey: string, use: 'rows' | 'checkpoints'): Buffer {
  return createHmac('sha256', auditKey).update(`ketenzicht log ${use} v1`).digest();
}

/** The hash of a row written before the audit key existed: anyone can recompute it. */
const legacyHash = (prev: string, fields: readonly unknown[]) =>
  createHash('sha256').update(prev).update(JSON.stringify(fields)).digest('hex');

export const keyedHash = (rowKey: Buffer, prev: string, fields: readonly unknown[]) =>
  createHmac('sha256', rowKey).update(prev).update(JSON.stringify(fields)).digest('hex');

/** The fields a processing-log row's hash covers, in order. */
export function processingFields(r: {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  operation: string;
  processing_activity_id: string;
  started_at: Date;
  ended_at: Date;
  status: string;
  subject_pseudonym: string;
}): unknown[] {
  return [
    r.trace_id,
    r.span_id,
    r.parent_span_id,
    r.operation,
    r.processing_activity_id,
    r.started_at.toISOString(),
    r.ended_at.toISOString(),
    r.status,
    r.subject_pseudonym,
  ];
}

export function auditFields(r: {
  trace_id: string;
  span_id: string;
  at: Date;
  user_id: number | null;
  username: string;
  organisation: string;
  roles: string[];
  action: string;
}): unknown[] {
  return [
    r.trace_id,
    r.span_id,
    r.at.toISOString(),
    r.user_id,
    r.username,
    r.organisation,
    r.roles,
    r.action,
  ];
}

/** A processing-log row before its place in the chain is known. */
type ProcessingRow = Parameters<typeof processingFields>[0] & { status: Processing['status'] };
/** An audit row before its place in the chain is known. */
type AuditRow = Parameters<typeof auditFields>[0];

/**
 * What one processing writes: its processing-log rows (one per subject) and
 * its audit row, not yet linked into the chains (group commit links many at once).
 */
export interface LogEntry {
  rows: ProcessingRow[];
  audit: AuditRow;
  rowKey: Buffer;
}

/** The rows a processing writes, timed now (its end). */
export function logEntry(p: Processing): LogEntry {
  const endedAt = new Date();
  const rows = [...new Set(p.subjects)].map((skn) => ({
    trace_id: p.trace.traceId,
    span_id: p.trace.spanId,
    parent_span_id: p.trace.parentSpanId,
    operation: p.operation,
    processing_activity_id: p.activity,
    started_at: p.startedAt,
    ended_at: endedAt,
    status: p.status,
    subject_pseudonym: pseudonymize(p.pseudonymKey, skn),
  }));
  const audit = {
    trace_id: p.trace.traceId,
    span_id: p.trace.spanId,
    at: endedAt,
    user_id: p.user.id,
    username: p.user.username,
    organisation: p.user.organisation,
    roles: [...p.user.roles],
    action: `${p.operation}:${p.activity}:${rows.length}`,
  };
  return { rows, audit, rowKey: subKey(p.auditKey, 'rows') };
}

/**
 * Extends both chains by these entries, in order, and writes them. Call inside
 * a transaction: the chains' heads are read and extended under a
 * transaction-scoped advisory lock, one writer at a time, held until COMMIT.
 */
export async function appendEntries(db: Db, entries: readonly LogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await sql`SELECT pg_advisory_xact_lock(${LOG_CHAIN_LOCK})`.execute(db);
  const last = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('processing_log').select('hash').orderBy('id', 'desc').limit(1).as('processing'),
      eb.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).as('audit'),
    ])
    .executeTakeFirstOrThrow();
  let prev = last.processing ?? GENESIS;
  let auditPrev = last.audit ?? GENESIS;
  const rows: (ProcessingRow & { prev_hash: string; hash: string })[] = [];
  const audits: (AuditRow & { prev_hash: string; hash: string })[] = [];
  for (const { rows: entryRows, audit, rowKey } of entries) {
    for (const row of entryRows) {
      const hash = keyedHash(rowKey, prev, processingFields(row));
      rows.push({ ...row, prev_hash: prev, hash });
      prev = hash;
    }
    const hash = keyedHash(rowKey, auditPrev, auditFields(audit));
    audits.push({ ...audit, prev_hash: auditPrev, hash });
    auditPrev = hash;
  }
  // Both inserts in one statement: one round trip while the chain lock is held. A
  // multi-row VALUES takes its ids in row order, so the ids follow the chain.
  if (rows.length === 0) await db.insertInto('audit_log').values(audits).execute();
  else {
    await db
      .with('logged', (w) => w.insertInto('processing_log').values(rows).returning('id'))
      .insertInto('audit_log')
      .values(audits)
      .execute();
  }
}

/**
 * Writes the processing-log rows (one per subject) and the audit row of a
 * processing, inside the caller's transaction: for a read that also changes
 * state, whose change and log must commit together. A plain read goes through
 * the group commit instead (`loggedReads`).
 */
export async function recordProcessing(db: Db, p: Processing): Promise<void> {
  await appendEntries(db, [logEntry(p)]);
}

export interface ChainReport {
  table: LogTable;
  rows: number;
  /** The id of the first row whose hash or link does not hold, if any. */
  brokenAt: number | null;
  reason: string | null;
}

/** Rows from this id on must carry keyed hashes; without its record, every row must. */
export async function keyedFrom(db: Db, chain: string): Promise<number | null> {
  const row = await db
    .selectFrom('log_chains')
    .select('keyed_from')
    .where('chain', '=', chain)
    .executeTakeFirst();
  return row?.keyed_from ?? null;
}

/**
 * Recomputes a chain from the start, a page at a time. `onRow` sees each row
 * that holds, with the number of rows up to it, so the checkpoints can be
 * compared on the same pass.
 */
export async function verifyChain(
  db: Db,
  table: LogTable,
  auditKey: string,
  onRow?: (row: { id: number; hash: string }, count: number) => void,
): Promise<ChainReport> {
  const rowKey = subKey(auditKey, 'rows');
  // A missing record lets no row pass as legacy; `audit verify` also reports it missing.
  const recorded = (await keyedFrom(db, table)) ?? 1;
  let prev = GENESIS;
  let after = 0;
  let rows = 0;
  for (;;) {
    const page =
      table === 'processing_log'
        ? await db
            .selectFrom('processing_log')
            .selectAll()
            .where('id', '>', after)
            .orderBy('id')
            .limit(5000)
            .execute()
        : await db
            .selectFrom('audit_log')
            .selectAll()
            .where('id', '>', after)
            .orderBy('id')
            .limit(5000)
            .execute();
    if (page.length === 0) return { table, rows, brokenAt: null, reason: null };
    for (const row of page) {
      rows++;
      const fields = 'subject_pseudonym' in row ? processingFields(row) : auditFields(row);
      if (row.prev_hash !== prev)
        return {
          table,
          rows,
          brokenAt: row.id,
          reason: 'the link to the row before does not match (a row was removed or inserted)',
        };
      const expected = row.id < recorded ? legacyHash(prev, fields) : keyedHash(rowKey, prev, fields);
      if (expected !== row.hash)
        return {
          table,
          rows,
          brokenAt: row.id,
          reason: 'the row does not match its hash (it was changed, or written without the audit key)',
        };
      onRow?.(row, rows);
      prev = row.hash;
      after = row.id;
    }
  }
}

export interface SubjectProcessing {
  at: string;
  organisation: string;
  activity: string;
  activityName: string;
  operation: string;
  traceId: string;
}

/** Which organisations processed a person's data, when, for which activity (art. 15 AVG). */
export async function processingsOf(db: Db, pseudonym: string): Promise<SubjectProcessing[]> {
  const rows = await db
    .selectFrom('processing_log as p')
    .leftJoin('audit_log as a', (join) =>
      join.onRef('a.trace_id', '=', 'p.trace_id').onRef('a.span_id', '=', 'p.span_id'),
    )
    .select(['p.ended_at', 'p.processing_activity_id', 'p.operation', 'p.trace_id', 'a.organisation'])
    .where('p.subject_pseudonym', '=', pseudonym)
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    at: r.ended_at.toISOString(),
    organisation: r.organisation ?? 'onbekend',
    activity: r.processing_activity_id,
    activityName:
      PROCESSING_ACTIVITIES[r.processing_activity_id as ProcessingActivity] ?? r.processing_activity_id,
    operation: r.operation,
    traceId: r.trace_id,
  }));
}

/** What a logged read needs of the request: its trace and its user. */
export interface ProcessingRequest {
  trace: TraceContext;
  user?: User;
  /** Where a failed log write is reported (the 503 says only that it failed). */
  log?: { error: (details: object, message: string) => void };
}

/** The log could not be written: the read is not answered, so no data leaves unlogged. */
export class LogUnavailableError extends DomainError {
  constructor(cause: unknown) {
    super('LOG_UNAVAILABLE', 503, 'the processing log could not be written; the read is not answered');
    this.cause = cause;
  }
}

/** One group commit of the log per store and process: every logged read of the process shares it. */
const appenders = new WeakMap<Db, GroupCommit<LogEntry>>();
export function appenderOf(db: Db): GroupCommit<LogEntry> {
  let appender = appenders.get(db);
  if (!appender) {
    // About 2,000 rows a write keeps its insert far below PostgreSQL's 65,535 parameters.
    appender = new GroupCommit(db, appendEntries, { size: (e) => e.rows.length + 1, maxSize: 2000 });
    appenders.set(db, appender);
  }
  return appender;
}

/** The processing a successful read by `request`'s user records. */
function processingOf(
  request: ProcessingRequest,
  activity: ProcessingActivity,
  operation: Processing['operation'],
  startedAt: Date,
  subjects: readonly string[],
  { pseudonymKey, auditKey }: LogKeys,
): Processing {
  if (!request.user) throw new Error('a logged read needs an authenticated user');
  const { trace, user } = request;
  return { trace, activity, operation, startedAt, status: 'ok', subjects, user, pseudonymKey, auditKey };
}

/**
 * Runs a read of personal data and logs it: `read` returns what it read and
 * whose data it was. The read runs in a short transaction of its own, without
 * the chain lock; its log entry then goes to the process's group commit
 * (log-appender.ts), and the value is returned only once that entry is
 * durable. A log write that fails answers 503 LOG_UNAVAILABLE, without the
 * data. A read that throws is not logged, because nothing was read.
 */
export function loggedReads(db: Db, { pseudonymKey, auditKey }: LogKeys) {
  const appender = appenderOf(db);
  return async <T>(
    request: ProcessingRequest,
    activity: ProcessingActivity,
    operation: Processing['operation'],
    read: (trx: Db) => Promise<{ value: T; subjects: readonly string[] }>,
  ): Promise<T> => {
    const startedAt = new Date();
    if (!request.user) throw new Error('a logged read needs an authenticated user');
    const { value, subjects } = await db.transaction().execute(read);
    const entry = logEntry(
      processingOf(request, activity, operation, startedAt, subjects, { pseudonymKey, auditKey }),
    );
    try {
      await appender.append(entry);
    } catch (cause) {
      request.log?.error({ err: cause }, 'processing log write failed; read not answered');
      throw new LogUnavailableError(cause);
    }
    return value;
  };
}

/**
 * Like `loggedReads`, for a read that also changes state (opening a notice
 * marks it opened): the read, its change and its log rows commit in one
 * transaction, under the chain lock, so no change stays without its log row.
 */
export function loggedChanges(db: Db, { pseudonymKey, auditKey }: LogKeys) {
  return <T>(
    request: ProcessingRequest,
    activity: ProcessingActivity,
    operation: Processing['operation'],
    read: (trx: Db) => Promise<{ value: T; subjects: readonly string[] }>,
  ): Promise<T> => {
    const startedAt = new Date();
    return db.transaction().execute(async (trx) => {
      const { value, subjects } = await read(trx);
      await recordProcessing(
        trx,
        processingOf(request, activity, operation, startedAt, subjects, { pseudonymKey, auditKey }),
      );
      return value;
    });
  };
}
