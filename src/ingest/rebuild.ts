/**
 * `ketenzicht rebuild`: the projections built anew from the event log beside
 * the live tables, then swapped in. The log is the source of truth; projection
 * rows are keyed by log ids or natural keys, with no foreign keys and no
 * sequences (migrations 0001 and 0002), so a copy can be built in a side
 * schema while the service keeps answering from the live tables.
 *
 * 1. `prepareRebuild`: the side schema, with an empty copy of each projection
 *    table (the projections' `tables`); a projection that keeps rows people
 *    decide (the identity registry's duplicate candidates) copies them in.
 * 2. `replayLog`: the log in id order, one transaction per batch, through the
 *    two steps ingest uses (`planProjections`, `writeProjections`).
 * 3. `swapIn`: one transaction locks the tables, replays what was logged
 *    meanwhile and moves the rebuilt tables into `public`.
 *
 * `rebuildProjections` runs the three, one rebuild at a time.
 */
import { type RawBuilder, sql } from 'kysely';
import type { InboundEvent } from '../events/index.ts';
import type { Db } from '../platform/db.ts';
import { ConflictError, type FieldError } from '../platform/errors.ts';
import { planProjections, type Sequenced, writeProjections } from './plan.ts';
import { type Projections, projectionTables } from './port.ts';

/** Where the tables are rebuilt. Left over from a failed run, it is dropped at the next start. */
export const SIDE_SCHEMA = 'ketenzicht_rebuild';
/** Where the live tables go during the swap; dropped in the same transaction. */
export const OLD_SCHEMA = 'ketenzicht_old';
/** Session advisory lock: one rebuild at a time, since a second would drop the first one's side schema. */
export const REBUILD_LOCK_KEY = 4_711_031_001;

const DEFAULT_BATCH_SIZE = 1000;
/**
 * How long the swap waits for a table lock. Readers queue behind a waiting
 * ACCESS EXCLUSIVE lock, so the swap gives up soon, catches up and tries
 * again. Below PostgreSQL's deadlock_timeout (1 s by default), so that in a
 * lock cycle with a reader it is usually the swap that gives way.
 */
const SWAP_LOCK_TIMEOUT = '500ms';
const SWAP_ATTEMPTS = 20;

export interface RebuildSummary {
  /** Events read from the log and run through the rules. */
  events: number;
  applied: number;
  /** Events the rules now refuse: they stay in the log and have no effect. */
  refused: number;
  /** The same fact re-sent under another eventId: skipped, as at ingest. */
  knownFacts: number;
  /** Of `events`, those committed after the rebuild started (caught up before the swap). */
  loggedMeanwhile: number;
}

export interface RebuildOptions {
  /** Events per transaction. */
  batchSize?: number;
  /** After each batch; `total` is the number of events in the log when the rebuild started. */
  onProgress?: (summary: RebuildSummary, total: number) => void;
  onRefused?: (logId: number, errors: FieldError[]) => void;
}

/** A rebuild under way: its settings and how far the replay has come. */
export interface RebuildRun {
  db: Db;
  wiring: Projections;
  /** The tables the projections write: rebuilt beside the live ones, then swapped in. */
  tables: readonly string[];
  options: RebuildOptions;
  batchSize: number;
  /** Events in the log when the rebuild started, and the highest id among them. */
  total: number;
  startMaxId: number;
  /** The highest log id replayed so far. */
  lastId: number;
  summary: RebuildSummary;
}

interface LoggedEvent {
  id: number;
  payload: unknown;
  fact_hash: string;
}

/** What the rules decided for the events of one batch. */
interface Outcome {
  events: number;
  applied: number;
  knownFacts: number;
  loggedMeanwhile: number;
  refused: { logId: number; errors: FieldError[] }[];
}

const side = (table: string) => sql.id(SIDE_SCHEMA, table);
const live = (table: string) => sql.id('public', table);
const tableList = (tables: readonly string[], name: (table: string) => RawBuilder<unknown>) =>
  sql.join(tables.map(name));

/**
 * Rebuilds every projection from the event log and swaps the result in,
 * while the service keeps answering from the live tables. Throws a
 * ConflictError when another rebuild is running.
 */
export async function rebuildProjections(
  db: Db,
  wiring: Projections,
  options: RebuildOptions = {},
): Promise<RebuildSummary> {
  // One connection for the whole run: an advisory lock belongs to a session.
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{ locked: boolean }>`
      SELECT pg_try_advisory_lock(${REBUILD_LOCK_KEY}) AS locked`.execute(conn);
    if (!rows[0]?.locked) throw new ConflictError('REBUILD_RUNNING', 'another rebuild is running');
    try {
      const run = await prepareRebuild(conn, wiring, options);
      try {
        await replayLog(run);
        return await swapIn(run);
      } catch (error) {
        await dropSideSchema(conn).catch(() => undefined);
        throw error;
      }
    } finally {
      // Should unlocking fail, the connection is broken, and the end of its session releases the lock.
      await sql`SELECT pg_advisory_unlock(${REBUILD_LOCK_KEY})`.execute(conn).catch(() => undefined);
    }
  });
}

/** Step 1: the side schema with an empty copy of each projection table, and the rows people decide. */
export async function prepareRebuild(
  db: Db,
  wiring: Projections,
  options: RebuildOptions = {},
): Promise<RebuildRun> {
  const tables = projectionTables(wiring.projections);
  const losses = await findWhatARebuildWouldLose(db, tables);
  if (losses.length > 0) {
    throw new ConflictError(
      'REBUILD_WOULD_LOSE',
      `the projection tables have what a rebuild does not carry over: ${losses.join('; ')}`,
    );
  }
  await dropSideSchema(db);
  await db.transaction().execute(async (trx) => {
    await sql`CREATE SCHEMA ${sql.id(SIDE_SCHEMA)}`.execute(trx);
    for (const table of tables) {
      await sql`CREATE TABLE ${side(table)} (LIKE ${live(table)} INCLUDING ALL)`.execute(trx);
      await copyTableProperties(trx, table);
    }
    await restoreIndexNames(trx, tables);
    // The rules' known-fact check reads `event_log` through the db it is given: in the side schema, that is the real log.
    await sql`CREATE VIEW ${side('event_log')} AS SELECT * FROM public.event_log`.execute(trx);
    // Ids the replay found missing: a transaction that reserved one may still commit it (see swapIn).
    await sql`CREATE TABLE ${side('log_gaps')} (lo bigint NOT NULL, hi bigint NOT NULL)`.execute(trx);
    // Rows people decide (a work queue's status): the replay adds new ones beside these.
    for (const p of wiring.projections) await p.keep?.copy(trx, SIDE_SCHEMA);
  });
  const { rows } = await sql<{ total: number; max_id: number }>`
    SELECT count(*) AS total, coalesce(max(id), 0) AS max_id FROM public.event_log`.execute(db);
  const total = Number(rows[0]?.total ?? 0);
  const startMaxId = Number(rows[0]?.max_id ?? 0);
  return {
    db,
    wiring,
    tables,
    options,
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    total,
    startMaxId,
    lastId: 0,
    summary: { events: 0, applied: 0, refused: 0, knownFacts: 0, loggedMeanwhile: 0 },
  };
}

/** Step 2: replays every event logged after the last one replayed, one batch per transaction. */
export async function replayLog(run: RebuildRun): Promise<void> {
  for (;;) {
    const done = await run.db.transaction().execute(async (trx) => {
      const rows = await readLogAfter(trx, run.lastId, run.batchSize);
      const last = rows.at(-1);
      if (!last) return undefined;
      await recordGaps(trx, run.lastId, rows);
      return { lastId: last.id, outcome: await replay(trx, rows, run, false) };
    });
    if (!done) return;
    record(run, done.lastId, [done.outcome]);
  }
}

/**
 * Step 3: in one transaction, lock the tables, replay what was logged since,
 * and swap the rebuilt tables in. Should a lock not come in time, let go,
 * catch up again and retry.
 */
export async function swapIn(run: RebuildRun): Promise<RebuildSummary> {
  await sql`ANALYZE ${tableList(run.tables, side)}, ${side('log_gaps')}`.execute(run.db);
  for (let attempt = 1; ; attempt++) {
    // Outside the locks, so that little is left to replay inside them.
    await replayLog(run);
    try {
      const done = await run.db.transaction().execute((trx) => replayLastAndSwap(trx, run));
      record(run, done.lastId, done.outcomes);
      return run.summary;
    } catch (error) {
      if (!isLockFailure(error) || attempt >= SWAP_ATTEMPTS) throw error;
    }
  }
}

async function replayLastAndSwap(trx: Db, run: RebuildRun): Promise<{ lastId: number; outcomes: Outcome[] }> {
  await sql`SET LOCAL lock_timeout = ${sql.lit(SWAP_LOCK_TIMEOUT)}`.execute(trx);
  // The projections first (the swap needs them exclusively anyway), then the log. Ingest reads the
  // projections before it appends to the log, so once they are ours no ingest is between its read
  // and its append, and waiting for the log cannot deadlock with one.
  await sql`LOCK TABLE ${tableList(run.tables, live)} IN ACCESS EXCLUSIVE MODE`.execute(trx);
  await sql`LOCK TABLE public.event_log IN EXCLUSIVE MODE`.execute(trx);

  const outcomes: Outcome[] = [];
  // Log ids are reserved before an ingest commits, so a transaction can commit an id below one
  // already replayed: such late arrivals fill gaps the replay recorded.
  const { rows: late } = await sql<LoggedEvent>`
    SELECT e.id, e.payload, e.fact_hash
    FROM ${side('log_gaps')} g JOIN public.event_log e ON e.id BETWEEN g.lo AND g.hi
    ORDER BY e.id`.execute(trx);
  for (let i = 0; i < late.length; i += run.batchSize) {
    outcomes.push(await replay(trx, late.slice(i, i + run.batchSize), run, true));
  }
  let lastId = run.lastId;
  for (;;) {
    const rows = await readLogAfter(trx, lastId, run.batchSize);
    const last = rows.at(-1);
    if (!last) break;
    outcomes.push(await replay(trx, rows, run, false));
    lastId = last.id;
  }
  // Decisions people took meanwhile (the side tables have the earlier ones).
  for (const p of run.wiring.projections) await p.keep?.takeOver(trx, SIDE_SCHEMA);

  await sql`CREATE SCHEMA ${sql.id(OLD_SCHEMA)}`.execute(trx);
  for (const table of run.tables) {
    await sql`ALTER TABLE ${live(table)} SET SCHEMA ${sql.id(OLD_SCHEMA)}`.execute(trx);
    await sql`ALTER TABLE ${side(table)} SET SCHEMA public`.execute(trx);
  }
  // Without CASCADE: should something still depend on an old table, fail rather than drop it along.
  await sql`DROP TABLE ${tableList(run.tables, (t) => sql.id(OLD_SCHEMA, t))}`.execute(trx);
  await sql`DROP SCHEMA ${sql.id(OLD_SCHEMA)}`.execute(trx);
  await dropSideSchema(trx);
  return { lastId, outcomes };
}

function readLogAfter(db: Db, after: number, limit: number): Promise<LoggedEvent[]> {
  return db
    .withSchema('public')
    .selectFrom('event_log')
    .select(['id', 'payload', 'fact_hash'])
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Runs logged events through the rules onto the side tables. */
async function replay(
  trx: Db,
  rows: readonly LoggedEvent[],
  run: RebuildRun,
  late: boolean,
): Promise<Outcome> {
  // The log holds only events that passed the contract when they were delivered.
  const batch: Sequenced[] = rows.map((r) => ({
    event: r.payload as InboundEvent,
    logId: r.id,
    factHash: r.fact_hash,
  }));
  const sideDb = trx.withSchema(SIDE_SCHEMA);
  const plan = await planProjections(sideDb, batch, run.wiring);
  await writeProjections(sideDb, plan);
  const outcome: Outcome = {
    events: rows.length,
    applied: 0,
    knownFacts: 0,
    loggedMeanwhile: 0,
    refused: [],
  };
  plan.decisions.forEach((decision, i) => {
    const { logId } = batch[i] as Sequenced;
    if (late || logId > run.startMaxId) outcome.loggedMeanwhile++;
    switch (decision.status) {
      case 'apply':
        outcome.applied++;
        break;
      case 'known-fact':
        outcome.knownFacts++;
        break;
      case 'refuse':
        outcome.refused.push({ logId, errors: decision.errors });
        break;
      default:
        decision satisfies never;
    }
  });
  return outcome;
}

/** Adds committed outcomes to the summary and reports them (not before the commit: a retried swap would report twice). */
function record(run: RebuildRun, lastId: number, outcomes: readonly Outcome[]): void {
  run.lastId = Math.max(run.lastId, lastId);
  for (const o of outcomes) {
    run.summary.events += o.events;
    run.summary.applied += o.applied;
    run.summary.knownFacts += o.knownFacts;
    run.summary.loggedMeanwhile += o.loggedMeanwhile;
    run.summary.refused += o.refused.length;
    for (const r of o.refused) run.options.onRefused?.(r.logId, r.errors);
  }
  run.options.onProgress?.({ ...run.summary }, run.total);
}

/** Ids missing between the last one replayed and the rows read: reserved by refused events, or not yet committed. */
async function recordGaps(trx: Db, after: number, rows: readonly LoggedEvent[]): Promise<void> {
  const gaps: RawBuilder<unknown>[] = [];
  let previous = after;
  for (const { id } of rows) {
    if (id > previous + 1) gaps.push(sql`(${previous + 1}, ${id - 1})`);
    previous = id;
  }
  if (gaps.length > 0)
    await sql`INSERT INTO ${side('log_gaps')} (lo, hi) VALUES ${sql.join(gaps)}`.execute(trx);
}

async function dropSideSchema(db: Db): Promise<void> {
  await sql`DROP SCHEMA IF EXISTS ${sql.id(SIDE_SCHEMA)} CASCADE`.execute(db);
}

/** lock_not_available (lock_timeout) or deadlock_detected: worth another try. */
function isLockFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '55P03' || code === '40P01';
}

/**
 * What depends on the live projection tables and would be lost or break in
 * the swap: views (they would follow the old tables), foreign keys, triggers
 * and row-level security (LIKE copies none of them). Checked before the
 * replay, not found out at its end.
 */
async function findWhatARebuildWouldLose(db: Db, projectionTables: readonly string[]): Promise<string[]> {
  const tables = sql.join(projectionTables.map((t) => sql`${`public.${t}`}::regclass`));
  const { rows } = await sql<{ what: string }>`
    SELECT format('view %s', r.ev_class::regclass) AS what
      FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
      WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid IN (${tables}) AND r.ev_class NOT IN (${tables})
    UNION SELECT format('foreign key %s on %s', conname, conrelid::regclass) FROM pg_constraint
      WHERE contype = 'f' AND (conrelid IN (${tables}) OR confrelid IN (${tables}))
    UNION SELECT format('trigger %s on %s', tgname, tgrelid::regclass) FROM pg_trigger
      WHERE NOT tgisinternal AND tgrelid IN (${tables})
    UNION SELECT format('row-level security on %s', oid::regclass) FROM pg_class
      WHERE relrowsecurity AND oid IN (${tables})
    ORDER BY 1`.execute(db);
  return rows.map((r) => r.what);
}

/** What LIKE … INCLUDING ALL leaves out of a table: its comment, owner and grants. */
async function copyTableProperties(trx: Db, table: string): Promise<void> {
  const name = `public.${table}`;
  const { rows } = await sql<{ comment: string | null; owner: string; me: string }>`
    SELECT obj_description(oid, 'pg_class') AS comment, pg_get_userbyid(relowner) AS owner, current_user AS me
    FROM pg_class WHERE oid = ${name}::regclass`.execute(trx);
  const properties = rows[0];
  if (properties?.comment) {
    await sql`COMMENT ON TABLE ${side(table)} IS ${sql.lit(properties.comment)}`.execute(trx);
  }
  if (properties && properties.owner !== properties.me) {
    await sql`ALTER TABLE ${side(table)} OWNER TO ${sql.id(properties.owner)}`.execute(trx);
  }
  const { rows: grants } = await sql<{ privilege: string; grantee: string | null; grantable: boolean }>`
    SELECT a.privilege_type AS privilege, a.is_grantable AS grantable,
      CASE WHEN a.grantee = 0 THEN NULL ELSE pg_get_userbyid(a.grantee) END AS grantee
    FROM pg_class c, aclexplode(c.relacl) a
    WHERE c.oid = ${name}::regclass AND a.grantee <> c.relowner`.execute(trx);
  for (const g of grants) {
    if (!/^[A-Z ]+$/.test(g.privilege)) throw new Error(`unexpected privilege ${g.privilege} on ${name}`);
    await sql`GRANT ${sql.raw(g.privilege)} ON ${side(table)} TO ${g.grantee === null ? sql.raw('PUBLIC') : sql.id(g.grantee)}${sql.raw(g.grantable ? ' WITH GRANT OPTION' : '')}`.execute(
      trx,
    );
  }
}

/**
 * LIKE names the copied indexes after their columns (`persons_birth_date_initial_idx`
 * comes back as `persons_birth_date_match_initial_idx`, and the partial
 * `detention_episodes_open_idx` as `detention_episodes_skn_idx`, the other
 * index's name). A later migration that names an index would then miss it or
 * hit the wrong one, so each copy gets its original's name back, matched by
 * definition; an index without a one-to-one match keeps its generated name.
 */
async function restoreIndexNames(trx: Db, projectionTables: readonly string[]): Promise<void> {
  const tables = sql.join(
    projectionTables.flatMap((t) => [
      sql`${`public.${t}`}::regclass`,
      sql`${`${SIDE_SCHEMA}.${t}`}::regclass`,
    ]),
  );
  const { rows } = await sql<{ schema: string; name: string; definition: string }>`
    SELECT n.nspname AS schema, c.relname AS name,
      t.relname || ' ' || i.indisunique::text || ' ' || split_part(pg_get_indexdef(i.indexrelid), ' USING ', 2) AS definition
    FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE i.indrelid IN (${tables})`.execute(trx);
  const group = (schema: string) => {
    const groups = new Map<string, string[]>();
    for (const r of rows) {
      if (r.schema === schema) groups.set(r.definition, [...(groups.get(r.definition) ?? []), r.name]);
    }
    return groups;
  };
  const originals = group('public');
  const renames: { from: string; to: string }[] = [];
  for (const [definition, copies] of group(SIDE_SCHEMA)) {
    const original = originals.get(definition);
    if (copies.length === 1 && original?.length === 1 && copies[0] !== original[0]) {
      renames.push({ from: copies[0] as string, to: original[0] as string });
    }
  }
  // In two steps: a generated name can be the name another copy is to get.
  for (const [i, r] of renames.entries()) {
    await sql`ALTER INDEX ${sql.id(SIDE_SCHEMA, r.from)} RENAME TO ${sql.id(`rebuild_index_${i}`)}`.execute(
      trx,
    );
  }
  for (const [i, r] of renames.entries()) {
    await sql`ALTER INDEX ${sql.id(SIDE_SCHEMA, `rebuild_index_${i}`)} RENAME TO ${sql.id(r.to)}`.execute(
      trx,
    );
  }
}
