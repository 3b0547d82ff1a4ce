/**
 * The main thread's side of the embedded store in a worker
 * (pglite-worker.ts): a Kysely dialect whose one connection sends each
 * statement over the message port, and the client that matches replies to
 * requests, notices a dead worker, and answers readiness.
 */
import { Worker } from 'node:worker_threads';
import {
  AbortedTransactionError,
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PGliteAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import type { WireError, WorkerInit, WorkerReply, WorkerRequest, WorkerStartup } from './pglite-worker.ts';

/** An error the store raised in the worker, with PostgreSQL's fields (`code`, `constraint`, `detail`, …) as PGlite gives them. */
export class EmbeddedStoreError extends Error {
  [field: string]: unknown;

  constructor(wire: WireError) {
    super(wire.message);
    for (const [field, value] of Object.entries(wire)) if (field !== 'message') this[field] = value;
  }
}

/** The worker is gone (crashed, or closed): nothing more will be answered. */
export class EmbeddedStoreStoppedError extends Error {
  override name = 'EmbeddedStoreStoppedError';
}

type Payload =
  | { op: 'query'; sql: string; params: readonly unknown[] }
  | { op: Exclude<WorkerRequest['op'], 'query'> };

interface Pending {
  resolve: (reply: WorkerReply & { ok: true }) => void;
  reject: (error: Error) => void;
}

export class PgliteWorkerClient {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #stopped: EmbeddedStoreStoppedError | undefined;
  #lastAnswerAt = Number.NEGATIVE_INFINITY;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (reply: WorkerReply) => this.#settle(reply));
    worker.on('error', (error) =>
      this.#stop(new EmbeddedStoreStoppedError(`the embedded store's worker failed: ${error.message}`)),
    );
    worker.on('exit', (code) =>
      this.#stop(new EmbeddedStoreStoppedError(`the embedded store's worker stopped (exit code ${code})`)),
    );
    // Idle, the worker does not keep the process alive; a query in flight does (see #send).
    worker.unref();
  }

  /** `script` is for tests: a worker that misbehaves on purpose. */
  static async start(
    init: WorkerInit,
    script: URL = new URL('./pglite-worker.ts', import.meta.url),
  ): Promise<PgliteWorkerClient> {
    const worker = new Worker(script, {
      workerData: init,
      transferList: init.dump ? [init.dump] : [],
    });
    const startup = await new Promise<WorkerStartup>((resolve, reject) => {
      const onExit = (code: number) =>
        reject(
          new EmbeddedStoreStoppedError(
            `the embedded store's worker stopped while starting (exit code ${code})`,
          ),
        );
      worker.once('error', reject);
      worker.once('exit', onExit);
      worker.once('message', (message: WorkerStartup) => {
        worker.off('error', reject);
        worker.off('exit', onExit);
        resolve(message);
      });
    });
    if (startup.op === 'failed') {
      await worker.terminate();
      throw new EmbeddedStoreError(startup.error);
    }
    return new PgliteWorkerClient(worker);
  }

  #settle(reply: WorkerReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if (this.#pending.size === 0) this.#worker.unref();
    this.#lastAnswerAt = performance.now();
    if (reply.ok) pending.resolve(reply);
    else pending.reject(new EmbeddedStoreError(reply.error));
  }

  #stop(error: EmbeddedStoreStoppedError): void {
    this.#stopped ??= error;
    for (const pending of this.#pending.values()) pending.reject(this.#stopped);
    this.#pending.clear();
  }

  #send(payload: Payload): Promise<WorkerReply & { ok: true }> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      if (this.#pending.size === 0) this.#worker.ref();
      this.#pending.set(id, { resolve, reject });
      try {
        this.#worker.postMessage({ id, ...payload } as WorkerRequest);
      } catch (error) {
        // A parameter that cannot cross (a function, a class instance with private state): this query fails, the store goes on.
        this.#pending.delete(id);
        if (this.#pending.size === 0) this.#worker.unref();
        reject(error);
      }
    });
  }

  async query(
    sql: string,
    params: readonly unknown[],
  ): Promise<{ rows: unknown[]; affectedRows?: number | undefined }> {
    const reply = await this.#send({ op: 'query', sql, params });
    return { rows: reply.rows ?? [], affectedRows: reply.affectedRows };
  }

  async control(op: 'begin' | 'commit' | 'rollback'): Promise<void> {
    await this.#send({ op });
  }

  /**
   * Whether the store can serve requests now. When it answered anything
   * within `recentMs`, it is working through its queue, and a probe need not
   * wait behind that queue. Otherwise a ping goes straight to the worker
   * (past the connection queue of the main thread) and runs as soon as the
   * transaction in progress ends; if that takes longer than `timeoutMs`, the
   * store is stuck or gone for the caller's purposes.
   */
  async checkReady({ recentMs = 1000, timeoutMs = 1000 } = {}): Promise<void> {
    if (this.#stopped) throw this.#stopped;
    if (performance.now() - this.#lastAnswerAt < recentMs) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the embedded store did not answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([this.#send({ op: 'ping' }), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Closes PGlite in the worker (a transaction still open is rolled back), then ends the thread. */
  async close(): Promise<void> {
    try {
      if (!this.#stopped) await this.#send({ op: 'close' });
    } finally {
      this.#stop(new EmbeddedStoreStoppedError('the embedded store is closed'));
      await this.#worker.terminate();
    }
  }
}

/** PGlite's adapter (no migration lock needed: one session), minus Kysely's own connection lock: WorkerDriver takes turns itself. */
class SessionLendingAdapter extends PGliteAdapter {
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

/** Lets one caller at a time hold the connection: PGlite has one session, and a transaction must not interleave with another's statements. */
class Mutex {
  #tail: Promise<void> = Promise.resolve();

  async lock(): Promise<() => void> {
    let unlock!: () => void;
    const next = new Promise<void>((resolve) => {
      unlock = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    await previous;
    return unlock;
  }
}

/**
 * The connection as lent to one caller. PGlite has one session, so callers
 * take turns for it (the mutex), a transaction always holding it from BEGIN
 * to COMMIT. A caller that only ran a transaction gives the session up as
 * soon as COMMIT is sent, not a round trip later: the worker handles
 * requests in the order they were sent, so the next caller's BEGIN runs
 * after that COMMIT, and the session does not sit idle while the reply waits
 * its turn in this thread's busy event loop. A caller that also ran
 * statements of its own (`db.connection()`) keeps the session to the end.
 */
class WorkerConnection implements DatabaseConnection {
  readonly #client: PgliteWorkerClient;
  readonly #mutex: Mutex;
  #lease: (() => void) | undefined;
  #inTransaction = false;
  #ranOutsideTransaction = false;

  constructor(client: PgliteWorkerClient, mutex: Mutex, lease: () => void) {
    this.#client = client;
    this.#mutex = mutex;
    this.#lease = lease;
  }

  release(): void {
    const lease = this.#lease;
    this.#lease = undefined;
    lease?.();
  }

  async begin(): Promise<void> {
    this.#lease ??= await this.#mutex.lock();
    this.#inTransaction = true;
    // Not awaited: should BEGIN fail, the worker fails the statements after it and the COMMIT with its error.
    this.#client.control('begin').catch(() => undefined);
  }

  async commit(): Promise<void> {
    const committed = this.#client.control('commit');
    this.#inTransaction = false;
    if (!this.#ranOutsideTransaction) this.release();
    await committed;
  }

  async rollback(): Promise<void> {
    // After a failed COMMIT there is nothing to roll back: PGlite rolled back then.
    if (!this.#inTransaction) return;
    this.#inTransaction = false;
    await this.#client.control('rollback');
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const { rows, affectedRows } = await this.#run(compiledQuery);
      return {
        ...(affectedRows != null ? { numAffectedRows: BigInt(affectedRows) } : {}),
        rows: rows as R[],
      };
    } catch (error) {
      // Where in this thread the query came from, under the worker's error.
      if (error instanceof Error)
        error.stack = `${error.name}: ${error.message}\n${new Error().stack?.split('\n').slice(1).join('\n')}`;
      throw error;
    }
  }

  async #run(query: CompiledQuery): ReturnType<PgliteWorkerClient['query']> {
    if (!this.#inTransaction) this.#ranOutsideTransaction = true;
    if (this.#lease) return this.#client.query(query.sql, query.parameters);
    // A statement after a transaction that gave the session up: it takes its turn again.
    const lease = await this.#mutex.lock();
    try {
      return await this.#client.query(query.sql, query.parameters);
    } finally {
      lease();
    }
  }

  // biome-ignore lint/correctness/useYield: PGlite has no cursors to stream from.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by the embedded store.');
  }
}

/** Kysely's driver over the worker; the adapter says "many connections", so Kysely adds no lock of its own to WorkerConnection's. */
class WorkerDriver implements Driver {
  readonly #client: PgliteWorkerClient;
  readonly #mutex = new Mutex();

  constructor(client: PgliteWorkerClient) {
    this.#client = client;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new WorkerConnection(this.#client, this.#mutex, await this.#mutex.lock());
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as WorkerConnection).release();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as WorkerConnection).begin();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await (connection as WorkerConnection).commit();
    } catch (error) {
      // As Kysely's PGlite driver: COMMIT of a transaction that already failed rolls it back.
      if ((error as { code?: unknown }).code === '25P02') throw new AbortedTransactionError({ cause: error });
      throw error;
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as WorkerConnection).rollback();
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await savepointCommand(connection, 'savepoint', name);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await savepointCommand(connection, 'rollback to', name);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await savepointCommand(connection, 'release', name);
  }

  /** The handle that opened the client closes it (after the lock file is no longer needed). */
  async destroy(): Promise<void> {}
}

async function savepointCommand(
  connection: DatabaseConnection,
  command: string,
  name: string,
): Promise<void> {
  await connection.executeQuery(CompiledQuery.raw(`${command} "${name.replaceAll('"', '""')}"`));
}

export class PgliteWorkerDialect implements Dialect {
  readonly #client: PgliteWorkerClient;

  constructor(client: PgliteWorkerClient) {
    this.#client = client;
  }

  createAdapter(): DialectAdapter {
    return new SessionLendingAdapter();
  }

  createDriver(): Driver {
    return new WorkerDriver(this.#client);
  }

  // biome-ignore lint/suspicious/noExplicitAny: Kysely's Dialect takes any database.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}
