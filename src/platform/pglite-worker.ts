/**
 * The embedded store in its own thread. PGlite is PostgreSQL compiled to
 * WebAssembly: a query runs synchronously on the thread that calls it, so on
 * the HTTP thread every query stalls every other request, health probes
 * included. Here it runs on a worker thread; the main thread's driver
 * (pglite-worker-driver.ts) sends statements over the message port.
 *
 * The driver hands out its one connection at a time, so at most one
 * transaction is open here. A transaction is held open the way Kysely's own
 * PGlite driver does it (inside `pglite.transaction`), so that a ping, which
 * uses `pglite.query`, waits for the transaction to end instead of running
 * inside it.
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

  const begin = async (): Promise<void> => {
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
    const current = open;
    if (!current) throw new Error(`no transaction to ${commit ? 'commit' : 'roll back'}`);
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
        const result = await (open?.tx ?? pglite).query(request.sql, request.params as unknown[], {
          rowMode: 'object',
        });
        return { id: request.id, ok: true, rows: result.rows, affectedRows: result.affectedRows };
      }
      case 'begin':
        await begin();
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

  port.on('message', (request: WorkerRequest) => {
    handle(request).then(
      (reply) => {
        port.postMessage(reply);
        if (request.op === 'close') port.close();
      },
      (error: unknown) =>
        port.postMessage({ id: request.id, ok: false, error: toWire(error) } satisfies WorkerReply),
    );
  });
  port.postMessage({ op: 'ready' } satisfies WorkerStartup);
}

if (parentPort) await serve(workerData as WorkerInit);
