/**
 * The processing log (Logboek Dataverwerkingen, draft standard of the Dutch
 * government: https://logius-standaarden.github.io/logboek-dataverwerkingen/):
 * every processing of personal data writes, in the same transaction as the
 * read, one row per data subject with trace and span id, operation,
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
import type { LogKeys } from '../platform/secrets.ts';
import type { TraceContext } from '../platform/trace.ts';
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

/**
 * Writes the processing-log rows (one per subject) and the audit row of a
 * processing. Call inside the transaction of the read it records. The chain
 * is extended under a transaction-scoped advisory lock, one writer at a time.
 */
export async function recordProcessing(db: Db, p: Processing): Promise<void> {
  const endedAt = new Date();
  const rowKey = subKey(p.auditKey, 'rows');
  await sql`SELECT pg_advisory_xact_lock(${LOG_CHAIN_LOCK})`.execute(db);
  const last = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('processing_log').select('hash').orderBy('id', 'desc').limit(1).as('processing'),
      eb.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).as('audit'),
    ])
    .executeTakeFirstOrThrow();
  let prev = last.processing ?? GENESIS;
  const rows = [...new Set(p.subjects)].map((skn) => {
    const row = {
      trace_id: p.trace.traceId,
      span_id: p.trace.spanId,
      parent_span_id: p.trace.parentSpanId,
      operation: p.operation,
      processing_activity_id: p.activity,
      started_at: p.startedAt,
      ended_at: endedAt,
      status: p.status,
      subject_pseudonym: pseudonymize(p.pseudonymKey, skn),
    };
    const hash = keyedHash(rowKey, prev, processingFields(row));
    const out = { ...row, prev_hash: prev, hash };
    prev = hash;
    return out;
  });
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
  const auditPrev = last.audit ?? GENESIS;
  const auditRow = {
    ...audit,
    prev_hash: auditPrev,
    hash: keyedHash(rowKey, auditPrev, auditFields(audit)),
  };
  // Both inserts in one statement: one round trip while the chain lock is held.
  if (rows.length === 0) await db.insertInto('audit_log').values(auditRow).execute();
  else {
    await db
      .with('logged', (w) => w.insertInto('processing_log').values(rows).returning('id'))
      .insertInto('audit_log')
      .values(auditRow)
      .execute();
  }
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
}

/**
 * Runs a read of personal data and its processing-log entry in one
 * transaction: `read` returns what it read and whose data it was. A read that
 * throws is not logged, because nothing was read.
 */
export function loggedReads(db: Db, { pseudonymKey, auditKey }: LogKeys) {
  return <T>(
    request: ProcessingRequest,
    activity: ProcessingActivity,
    operation: Processing['operation'],
    read: (trx: Db) => Promise<{ value: T; subjects: readonly string[] }>,
  ): Promise<T> => {
    const startedAt = new Date();
    return db.transaction().execute(async (trx) => {
      const { value, subjects } = await read(trx);
      if (!request.user) throw new Error('a logged read needs an authenticated user');
      await recordProcessing(trx, {
        trace: request.trace,
        activity,
        operation,
        startedAt,
        status: 'ok',
        subjects,
        user: request.user,
        pseudonymKey,
        auditKey,
      });
      return value;
    });
  };
}
