/**
 * Signed checkpoints of the processing and audit logs, kept outside the
 * database. A hash chain in the database shows a changed row, but not rows
 * cut from its end nor a table emptied: what is left is still a valid chain.
 * So the service writes, now and then and at shutdown, each chain's row
 * count, last id and head hash to a file the database cannot touch, one JSON
 * line per checkpoint, signed with the audit key and linked to the line
 * before (so a line cannot be dropped or edited unseen). `audit verify`
 * compares the chains with every checkpoint (log-verify.ts).
 *
 * A checkpoint is a list of chain heads, not one head per table: the
 * partitioned, group-committed logs of issue 15 will have several chains per
 * log, each its own entry under its own chain id.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';
import { type Loop, startLoop } from '../platform/loop.ts';
import { GENESIS, keyedFrom, LOG_TABLES, subKey } from './processing-log.ts';

export const CHECKPOINT_FILE = 'log-checkpoints.jsonl';
/** How often the service writes a checkpoint; rows after the last one are covered by the keyed chain only. */
export const CHECKPOINT_INTERVAL_MS = 5 * 60 * 1000;

/** The state of one hash chain when the checkpoint was taken. */
export interface ChainHead {
  /** `processing_log` or `audit_log` today; one id per partition chain later. */
  chain: string;
  /** The first row with a keyed hash (log_chains.keyed_from); null when that record was missing. */
  keyedFrom: number | null;
  count: number;
  lastId: number | null;
  /** The hash of the row `lastId`, GENESIS for an empty chain. */
  head: string;
}

export interface Checkpoint {
  v: 1;
  /** 1, 2, 3, … in the file: a gap is a removed line. */
  seq: number;
  at: string;
  chains: ChainHead[];
  /** The signature of the checkpoint before (GENESIS for the first). */
  prev: string;
  /** HMAC-SHA256 of the other fields under the audit key's checkpoint sub-key. */
  sig: string;
}

type Unsigned = Omit<Checkpoint, 'sig'>;

/** The heads as arrays: a signature or a comparison must not depend on the order of an object's keys. */
const canonical = (chains: readonly ChainHead[]) =>
  JSON.stringify(chains.map((h) => [h.chain, h.keyedFrom, h.count, h.lastId, h.head]));

const signature = (key: Buffer, body: Unsigned) =>
  createHmac('sha256', key)
    .update(JSON.stringify([body.v, body.seq, body.at, body.prev]))
    .update(canonical(body.chains))
    .digest('hex');

/** Whether a checkpoint's signature holds under the key. */
export function signatureHolds(auditKey: string, checkpoint: Checkpoint): boolean {
  const { sig, ...body } = checkpoint;
  const expected = Buffer.from(signature(subKey(auditKey, 'checkpoints'), body), 'hex');
  const actual = Buffer.from(sig, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const isHead = (h: unknown): h is ChainHead => {
  const o = h as Record<string, unknown> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.chain === 'string' &&
    (o.keyedFrom === null || Number.isSafeInteger(o.keyedFrom)) &&
    Number.isSafeInteger(o.count) &&
    (o.lastId === null || Number.isSafeInteger(o.lastId)) &&
    typeof o.head === 'string'
  );
};

/** A line of the file as a checkpoint, or undefined when it is not one. */
export function parseCheckpoint(line: string): Checkpoint | undefined {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (
    typeof o !== 'object' ||
    o === null ||
    o.v !== 1 ||
    !Number.isSafeInteger(o.seq) ||
    typeof o.at !== 'string' ||
    !Array.isArray(o.chains) ||
    !o.chains.every(isHead) ||
    typeof o.prev !== 'string' ||
    typeof o.sig !== 'string'
  )
    return undefined;
  return o as unknown as Checkpoint;
}

/** Each chain's head now: count, last id and hash read in one statement, so from one snapshot. */
export async function chainHeads(db: Db): Promise<ChainHead[]> {
  const heads: ChainHead[] = [];
  for (const table of LOG_TABLES) {
    const { rows } = await sql<{ count: number; id: number | null; hash: string | null }>`
      SELECT (SELECT count(*) FROM ${sql.table(table)}) AS count, last.id, last.hash
      FROM (SELECT 1) AS one
      LEFT JOIN (SELECT id, hash FROM ${sql.table(table)} ORDER BY id DESC LIMIT 1) AS last ON true`.execute(
      db,
    );
    const row = rows[0];
    heads.push({
      chain: table,
      keyedFrom: await keyedFrom(db, table),
      count: Number(row?.count ?? 0),
      lastId: row?.id ?? null,
      head: row?.hash ?? GENESIS,
    });
  }
  return heads;
}

/** The last line of a file, read from its end (the file grows for years); undefined when it is empty or missing. */
async function lastLine(file: string): Promise<string | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    for (let chunk = 64 * 1024; ; chunk *= 4) {
      const start = Math.max(0, size - chunk);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      const text = buffer.toString('utf8').trimEnd();
      const newline = text.lastIndexOf('\n');
      if (newline >= 0 || start === 0) return text.slice(newline + 1) || undefined;
    }
  } finally {
    await handle.close();
  }
}

/** The folder only the service may read: 0700, tightened when an older one was more open. */
async function ensurePrivateDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const { mode } = await fs.stat(dir);
  if ((mode & 0o077) !== 0) await fs.chmod(dir, mode & 0o700);
}

/** Appends one line and waits until it is on disk (and, for a new file, its name too). */
async function appendDurably(file: string, line: string): Promise<void> {
  const created = !(await fs.stat(file).catch(() => undefined));
  const handle = await fs.open(file, 'a', 0o600);
  try {
    await handle.write(line);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) {
    const dir = await fs.open(path.dirname(file), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}

export interface CheckpointTarget {
  dir: string;
  auditKey: string;
}

export interface CheckpointWritten {
  /** False when nothing changed since the last checkpoint: no line was added. */
  written: boolean;
  checkpoint: Checkpoint;
}

/**
 * Appends a checkpoint of every chain, unless nothing changed since the
 * last. Writers on other instances take turns through an advisory lock, so
 * a shared file stays one unbroken sequence. A last line that is not a
 * validly signed checkpoint stops the writing (an error, every round) rather
 * than building on it: `audit verify` says what is wrong with it.
 */
export async function writeCheckpoint(
  db: Db,
  { dir, auditKey }: CheckpointTarget,
  now: Date = new Date(),
): Promise<CheckpointWritten> {
  const key = subKey(auditKey, 'checkpoints');
  const file = path.join(dir, CHECKPOINT_FILE);
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(7261002)`.execute(trx);
    const chains = await chainHeads(trx);
    await ensurePrivateDir(dir);
    const line = await lastLine(file);
    const last = line === undefined ? undefined : parseCheckpoint(line);
    if (line !== undefined && (!last || !signatureHolds(auditKey, last)))
      throw new Error(`the last line of ${file} is not a checkpoint signed with this audit key`);
    if (last && canonical(last.chains) === canonical(chains)) return { written: false, checkpoint: last };
    const body: Unsigned = {
      v: 1,
      seq: (last?.seq ?? 0) + 1,
      at: now.toISOString(),
      chains,
      prev: last?.sig ?? GENESIS,
    };
    const checkpoint: Checkpoint = { ...body, sig: signature(key, body) };
    await appendDurably(file, `${JSON.stringify(checkpoint)}\n`);
    return { written: true, checkpoint };
  });
}

export interface CheckpointFile {
  file: string;
  exists: boolean;
  /** The checkpoints whose signature holds, in file order. */
  checkpoints: Checkpoint[];
  /** One line per fault: unreadable lines, bad signatures, missing or reordered lines. */
  problems: string[];
}

/** Reads and checks the checkpoint file: every signature, and the unbroken sequence of lines. */
export async function readCheckpoints({ dir, auditKey }: CheckpointTarget): Promise<CheckpointFile> {
  const file = path.join(dir, CHECKPOINT_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { file, exists: false, checkpoints: [], problems: [] };
    throw error;
  }
  const checkpoints: Checkpoint[] = [];
  const problems: string[] = [];
  let prevSeq = 0;
  let prevSig = GENESIS;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const at = `checkpoints: line ${index + 1}`;
    const checkpoint = parseCheckpoint(line);
    if (!checkpoint) {
      problems.push(`${at} is not a checkpoint (unreadable or incomplete)`);
      return;
    }
    const gap = checkpoint.seq - prevSeq - 1;
    if (gap > 0)
      problems.push(
        `${at}: ${gap === 1 ? `checkpoint #${prevSeq + 1} is` : `checkpoints #${prevSeq + 1}–#${checkpoint.seq - 1} are`} missing (lines were removed)`,
      );
    else if (checkpoint.seq !== prevSeq + 1 || checkpoint.prev !== prevSig)
      problems.push(
        `${at}: checkpoint #${checkpoint.seq} does not follow #${prevSeq} (lines were removed, reordered or replaced)`,
      );
    if (signatureHolds(auditKey, checkpoint)) checkpoints.push(checkpoint);
    else
      problems.push(
        `${at}: checkpoint #${checkpoint.seq} has a bad signature (it was changed, or signed with another key)`,
      );
    prevSeq = checkpoint.seq;
    prevSig = checkpoint.sig;
  });
  return { file, exists: true, checkpoints, problems };
}

/** The structured logger the loop writes to (pino's, or a stand-in in tests). */
export interface CheckpointLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface CheckpointLoopOptions extends CheckpointTarget {
  intervalMs: number;
  log: CheckpointLog;
}

/** Writes a checkpoint at once, every `intervalMs`, and once more when stopped (at shutdown). */
export function startCheckpointLoop(db: Db, { dir, auditKey, intervalMs, log }: CheckpointLoopOptions): Loop {
  const round = async () => {
    const { written, checkpoint } = await writeCheckpoint(db, { dir, auditKey });
    if (written)
      log.info(
        {
          seq: checkpoint.seq,
          chains: checkpoint.chains.map(({ chain, count, lastId }) => ({ chain, count, lastId })),
        },
        'log checkpoint written',
      );
  };
  const onError = (error: unknown) => log.error({ err: error }, 'log checkpoint failed');
  const loop = startLoop({ intervalMs, round, onError });
  return {
    async stop() {
      await loop.stop();
      await round().catch(onError);
    },
  };
}
