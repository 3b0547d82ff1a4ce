/**
 * The embedded store in its own thread. PGlite is PostgreSQL compiled to
 * WebAssembly: a query runs synchronously on the thread that calls it, so on
 * the HTTP thread every query stalls every other request, health probes
 * included. Here it runs on a worker thread; the main thread's driver
 * (pglite-worker-driver.ts) sends statements over the message port.
 *
 * Requests are handled one after another, in the order they were sent: the
 * driver need not wait for BEGIN before it sends the first statement, nor for
 * COMMIT before it lends the connection to the next caller, which saves the
 * main thread's round trips while the one session waits. A ping is the
 * exception: it is answered out of turn. A transaction is held open the way
 * Kysely's own PGlite driver does it (inside `pglite.transaction`), so that
 * the ping, which uses `pglite.query`, waits for the transaction to end
 * instead of running inside it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pgliteParsers } from './pglite-types.ts';

export interface WorkerInit {
  /** Folder of the store; omitted: in memory. */
  dataDir?: string | undefined;
  /** A PGlite dump (dumpDataDir) to start from. */
  dump?: ArrayBuffer | undefined;
}

export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params: readonly unknown[] }
  | { id: number; op: 'begin' | 'commit' | 'rollback' | 'ping' | 'close' };

/** An error as it crosses the thread boundary: PostgreSQL's fields (code, constraint, detail, …), without the query's parameters. */
export interface WireError {
  name: string;
  message: string;
  [field: string]: string | number | undefined;
}

export type WorkerReply =
  | { id: number; ok: true; rows?: unknown[]; affectedRows?: number | undefined }
  | { id: number; ok: false; error: WireError };

export type WorkerStartup = { op: 'ready' } | { op: 'failed'; error: WireError };

/**
 * The parameters of a failed query hold whatever was being written (BSNs,
 * names): they stay in this thread, so no log line on the other side can
 * carry them. The query text keeps its placeholders.
 */
const NOT_SENT = new Set(['params', 'queryOptions', 'stack']);

export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const wire: WireError = { name: error.name, message: error.message };
  for (const [field, value] of Object.entries(error)) {
    if (NOT_SENT.has(field)) continue;
    if (typeof value === 'string' || typeof value === 'number') wire[field] = value;
  }
  return wire;
}

interface OpenTransaction {
  tx: Transaction;
  end: (commit: boolean) => void;
  done: Promise<void>;
}

class RolledBack extends Error {}

async function serve(init: WorkerInit): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('pglite-worker.ts runs as a worker thread');
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      ...(init.dataDir ? { dataDir: init.dataDir } : {}),
      ...(init.dump ? { loadDataDir: new Blob([init.dump]) } : {}),
      parsers: pgliteParsers,
    });
  } catch (error) {
    port.postMessage({ op: 'failed', error: toWire(error) } satisfies WorkerStartup);
    return;
  }
  let open: OpenTransaction | undefined;
  // A BEGIN that failed: the statements sent after it must not run outside a transaction.
  let failedBegin: unknown;

  const begin = async (): Promise<void> => {
    // Would wait for PGlite's transaction lock, behind a COMMIT queued after it: fail, not hang.
    if (open) throw new Error('BEGIN while a transaction is open: the driver lent the session twice');
    let began!: (tx: Transaction) => void;
    const started = new Promise<Transaction>((resolve) => {
      began = resolve;
    });
    let end!: (commit: boolean) => void;
    const ended = new Promise<void>((resolve, reject) => {
      end = (commit) => (commit ? resolve() : reject(new RolledBack()));
    });
    const done = pglite.transaction(async (tx) => {
      began(tx);
      await ended;
    });
    // A failing BEGIN ends `done` before `started` resolves.
    const tx = await Promise.race([started, done.then(() => undefined)]);
    if (!tx) throw new Error('the transaction ended before it began');
    open = { tx, end, done };
  };

  const finish = async (commit: boolean): Promise<void> => {
    if (failedBegin !== undefined) {
      const error = failedBegin;
      failedBegin = undefined;
      if (commit) throw error;
      return;
    }
    const current = open;
    // Nothing to roll back after a COMMIT that failed: PGlite rolled back then.
    if (!current) {
      if (commit) throw new Error('no transaction to commit');
      return;
    }
    current.end(commit);
    try {
      await current.done;
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
    } finally {
      open = undefined;
    }
  };

  const handle = async (request: WorkerRequest): Promise<WorkerReply> => {
    switch (request.op) {
      case 'query': {
        if (failedBegin !== undefined) throw failedBegin;
        const result = await (open?.tx ?? pglite).query(request.sql, request.params as unknown[], {
          rowMode: 'object',
        });
        return { id: request.id, ok: true, rows: result.rows, affectedRows: result.affectedRows };
      }
      case 'begin':
        try {
          await begin();
        } catch (error) {
          failedBegin = error;
          throw error;
        }
        return { id: request.id, ok: true };
      case 'commit':
        await finish(true);
        return { id: request.id, ok: true };
      case 'rollback':
        await finish(false);
        return { id: request.id, ok: true };
      case 'ping':
        await pglite.query('SELECT 1');
        return { id: request.id, ok: true };
      case 'close':
        if (open) await finish(false);
        if (!pglite.closed) await pglite.close();
        return { id: request.id, ok: true };
    }
  };

  const answer = (request: WorkerRequest): Promise<void> =>
    handle(request).then(
      (reply) => {
        port.postMessage(reply);
        if (request.op === 'close') port.close();
      },
      (error: unknown) =>
        port.postMessage({ id: request.id, ok: false, error: toWire(error) } satisfies WorkerReply),
    );
  let turn = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    if (request.op === 'ping') void answer(request);
    else turn = turn.then(() => answer(request));
  });
  port.postMessage({ op: 'ready' } satisfies WorkerStartup);
}

if (parentPort) await serve(workerData as WorkerInit);
