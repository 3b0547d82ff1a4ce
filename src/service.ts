/**
 * The composition root of the running service: the HTTP application
 * (app.ts, which ingests through the projections of pipeline.ts) and the job
 * loops beside it: e-mail alerts, the Berichtenbox's retention and the logs'
 * checkpoints. `ketenzicht serve` opens the store, builds this and starts it.
 */
import type { Logger } from 'pino';
import { CHECKPOINT_INTERVAL_MS, startCheckpointLoop } from './access/index.ts';
import { DEFAULT_RETRY, type Mailer, smtpMailer, startAlertWorker } from './alerts/index.ts';
import { buildApp } from './app.ts';
import { expireNotices } from './notifications/index.ts';
import type { Config } from './platform/config.ts';
import type { Db } from './platform/db.ts';
import type { Loop } from './platform/loop.ts';
import { startLoop } from './platform/loop.ts';
import type { LogKeys } from './platform/secrets.ts';
import type { App } from './platform/server.ts';
import type { ReferenceCatalog } from './reference/index.ts';
import { currentRelease } from './statistics/index.ts';

/** How often the service applies the Berichtenbox's retention. */
const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface ServiceDeps {
  config: Config;
  /** The keys of the processing log (pseudonyms) and of the logs' hashes and checkpoints. */
  keys: LogKeys;
  db: Db;
  catalog: ReferenceCatalog;
  logger: Logger;
  /** The built portal (web/dist) to serve at `/`; undefined: the API alone. */
  webDist?: string;
  /** false: HTTP alone, because the cluster's primary runs the job loops once for all workers (platform/cluster.ts). */
  jobs?: boolean;
}

export interface Jobs {
  /** Stops the loops; the final checkpoint last, after the rounds in progress. */
  stop(): Promise<void>;
}

export interface Service {
  app: App;
  /** Listens, then starts the job loops; returns the address it listens on. */
  start(): Promise<string>;
  /** Stops the loops and the application (the final checkpoint after the last request); the store stays open. */
  stop(): Promise<void>;
}

/** `fn`'s answer, asked again at most once a second: every open-data request wants the published release. */
function atMostEverySecond<T>(fn: () => T): () => T {
  let askedAt = Number.NEGATIVE_INFINITY;
  let answer: T;
  return () => {
    const now = Date.now();
    if (now - askedAt >= 1000) {
      answer = fn();
      askedAt = now;
    }
    return answer;
  };
}

export async function buildService(deps: ServiceDeps): Promise<Service> {
  const { config, keys, db, catalog, logger, webDist } = deps;
  const app = await buildApp({
    config: { ...config, ...keys },
    db,
    catalog,
    logger,
    webDist,
    dasPublished: atMostEverySecond(() => currentRelease(config.dasDir)),
  });
  let jobs: Jobs | undefined;
  return {
    app,
    async start() {
      const address = await app.listen({ host: config.host, port: config.port });
      // Started once the service is up, so a failed start leaves no loop behind to keep the process alive.
      if (deps.jobs !== false) jobs = startJobs(deps);
      return address;
    },
    async stop() {
      await app.close();
      // After the last request: the final checkpoint covers every row the service wrote.
      await jobs?.stop();
    },
  };
}

/** The job loops beside the HTTP service: e-mail alerts, the Berichtenbox's retention, the logs' checkpoints. */
export function startJobs({ config, keys, db, logger }: ServiceDeps): Jobs {
  const { alerts } = config;
  if (!alerts.smtpUrl) logger.warn('SMTP_URL is not set: e-mail alerts are queued but not sent');
  const mailer: Mailer | undefined = alerts.smtpUrl
    ? smtpMailer({ url: alerts.smtpUrl, from: alerts.from })
    : undefined;
  const loops = {
    alerts: startAlertWorker(db, mailer, {
      intervalMs: alerts.intervalSeconds * 1000,
      portalUrl: alerts.portalUrl,
      from: alerts.from,
      retry: { ...DEFAULT_RETRY, maxAttempts: alerts.maxAttempts },
      log: logger.child({ job: 'alerts' }),
    }),
    // The logs' chain heads, signed and anchored outside the database: at start, every five minutes, at shutdown.
    checkpoints: startCheckpointLoop(db, {
      dir: config.checkpointDir,
      auditKey: keys.auditKey,
      intervalMs: CHECKPOINT_INTERVAL_MS,
      log: logger.child({ job: 'checkpoints' }),
    }),
    retention: retentionLoop(db, config.noticeRetentionMonths, logger.child({ job: 'retention' })),
  };
  return {
    async stop() {
      await Promise.all([loops.alerts.stop(), loops.retention.stop()]);
      await loops.checkpoints.stop();
      mailer?.close();
    },
  };
}

/** Retention of the Berichtenbox: at start and every six hours (idempotent; `ketenzicht notices expire` does the same by hand). */
function retentionLoop(db: Db, months: number, log: Logger): Loop {
  return startLoop({
    intervalMs: RETENTION_INTERVAL_MS,
    round: async () => {
      const result = await expireNotices(db, new Date(), months);
      if (result.expired > 0) log.info(result, 'notices expired');
    },
    onError: (error) => log.error({ err: error }, 'retention round failed'),
  });
}
