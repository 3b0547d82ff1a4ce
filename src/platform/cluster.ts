/**
 * `serve --workers N`: N processes answer HTTP on one port (node:cluster; the
 * primary accepts and hands each connection to a worker in turn). The service
 * keeps no state in memory that a request needs (sessions are in the
 * database), so any worker may answer any request. The primary serves nothing
 * itself: it prepares the store once and runs the job loops once, forks the
 * workers, replaces one that dies, and on SIGTERM stops them all before its
 * own loops (so the last checkpoint covers the last request).
 */
import cluster, { type Worker } from 'node:cluster';
import { ConfigError } from './config.ts';

/** The environment variable that tells a worker its index (0 … N−1); set by the primary only. */
export const WORKER_INDEX = 'KETENZICHT_WORKER_INDEX';

/** A worker that dies sooner than this after its start is replaced after a pause, so a crash at start does not spin. */
const QUICK_DEATH_MS = 5000;
const RESTART_PAUSE_MS = 1000;
/** How long the primary waits for a worker to finish its requests and exit after SIGTERM, before killing it. */
const STOP_GRACE_MS = 10_000;

export interface WorkerPool {
  /** The address the workers listen on, once all of them do. */
  address: string;
  /** SIGTERM to every worker, and waits until all have exited (SIGKILL after the grace). */
  stop(): Promise<void>;
}

export interface PoolOptions {
  count: number;
  /** Extra environment for every worker (what the primary prepared, e.g. the portal's folder). */
  env?: Record<string, string>;
  log: {
    info: (fields: object, message: string) => void;
    error: (fields: object, message: string) => void;
  };
}

/**
 * How many workers `serve` runs: the one asked for (flag, else KETENZICHT_WORKERS), else one per core
 * on PostgreSQL. The embedded store (PGlite) lives in one process, so it refuses more than one.
 */
export function workerCount(
  asked: number | undefined,
  databaseUrl: string | undefined,
  cores: number,
): number {
  if (!databaseUrl) {
    if (asked !== undefined && asked > 1)
      throw new ConfigError(
        `--workers ${asked} needs PostgreSQL (DATABASE_URL): the embedded store (PGlite) can be opened by one process only`,
      );
    return 1;
  }
  return asked ?? cores;
}

export function isClusterWorker(): boolean {
  return cluster.isWorker && process.env[WORKER_INDEX] !== undefined;
}

/** Forks `count` workers running this same command, and resolves once every one listens. */
export function startWorkers({ count, env = {}, log }: PoolOptions): Promise<WorkerPool> {
  let stopping = false;
  const workers = new Map<number, Worker>();
  let address = '';

  const fork = (index: number): Worker => {
    const startedAt = Date.now();
    const worker = cluster.fork({ ...env, [WORKER_INDEX]: String(index) });
    workers.set(index, worker);
    worker.once('exit', (code, signal) => {
      if (workers.get(index) === worker) workers.delete(index);
      if (stopping) return;
      log.error({ worker: index, pid: worker.process.pid, code, signal }, 'worker died; starting a new one');
      const pause = Date.now() - startedAt < QUICK_DEATH_MS ? RESTART_PAUSE_MS : 0;
      setTimeout(() => {
        if (!stopping) fork(index);
      }, pause).unref();
    });
    return worker;
  };

  const stop = async () => {
    stopping = true;
    await Promise.all(
      [...workers.values()].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const kill = setTimeout(() => worker.process.kill('SIGKILL'), STOP_GRACE_MS);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };

  return new Promise((resolve, reject) => {
    const listening = new Set<number>();
    const onListening = (
      worker: Worker,
      where: { address: string | null; port: number; addressType: number | string },
    ) => {
      const index = [...workers].find(([, w]) => w === worker)?.[0];
      if (index === undefined) return;
      const host = where.addressType === 6 ? `[${where.address}]` : (where.address ?? '127.0.0.1');
      address = `http://${host}:${where.port}`;
      log.info({ worker: index, pid: worker.process.pid }, 'worker listening');
      listening.add(index);
      // Replacements keep being logged; the pool is ready once the first N listen.
      if (listening.size === count) resolve({ address, stop });
    };
    cluster.on('listening', onListening);
    // A worker that cannot even start (a bad setting, the port taken) would be replaced forever: refuse instead.
    const onEarlyExit = (worker: Worker, code: number) => {
      if (listening.size === count || stopping) return cluster.off('exit', onEarlyExit);
      cluster.off('exit', onEarlyExit);
      void stop().then(() =>
        reject(new Error(`worker ${worker.process.pid} exited (${code}) before all workers listened`)),
      );
    };
    cluster.on('exit', onEarlyExit);
    for (let i = 0; i < count; i++) fork(i);
  });
}
