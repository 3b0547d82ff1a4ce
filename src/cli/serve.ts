import os from 'node:os';
import closeWithGrace from 'close-with-grace';
import { Command } from 'commander';
import { syncOrganisations } from '../access/index.ts';
import { smtpLocation } from '../alerts/index.ts';
import { isClusterWorker, startWorkers, workerCount } from '../platform/cluster.ts';
import { type Config, isLoopback, loadConfig } from '../platform/config.ts';
import { todayInNetherlands } from '../platform/dates.ts';
import { openDatabase } from '../platform/db.ts';
import { createLogger } from '../platform/logger.ts';
import { logKeys, restrictToOwner } from '../platform/secrets.ts';
import { openStore } from '../platform/store.ts';
import { ensureWebBuild } from '../platform/web.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { buildService, startJobs } from '../service.ts';
import { positiveInteger } from './args.ts';
import { loadDemo, loadDemoStatistics } from './demo.ts';

/** The portal's built folder, handed by the primary to its workers ('' for none), so they do not check the build again. */
const WORKER_WEB_DIST = 'KETENZICHT_WORKER_WEB_DIST';

export function serveCommand(): Command {
  return new Command('serve')
    .description('run the Ketenzicht service')
    .option('--demo', 'on an empty store, load the demo data and demo tokens first')
    .option('--no-portal', 'serve the API alone, without the portal (web/)')
    .option(
      '--workers <n>',
      'processes answering HTTP on the one port (default KETENZICHT_WORKERS, else one per core on PostgreSQL; one on the embedded store)',
      positiveInteger,
    )
    .action(async (options: { demo?: boolean; portal: boolean; workers?: number }) => {
      const config = loadConfig();
      // Readable lines on a terminal, JSON for a collector; the demo keeps each request's lines at debug,
      // so its terminal shows what happens (LOG_LEVEL=debug brings them back).
      const logger = createLogger(config, undefined, { requestLevel: options.demo ? 'debug' : 'info' });
      if (isClusterWorker()) return serveWorker(config, logger);
      const workers = workerCount(
        options.workers ?? config.workers,
        config.databaseUrl,
        os.availableParallelism(),
      );
      if (!config.cookieSecure && !isLoopback(config.host))
        logger.warn(
          { host: config.host },
          'COOKIE_SECURE=false while listening beyond this machine: session cookies travel unencrypted',
        );
      const tightened = restrictToOwner(config.dataDir);
      if (tightened > 0) logger.info({ files: tightened }, 'data folder: made readable by the service only');
      const web = options.portal
        ? await ensureWebBuild({ log: (message) => logger.info(message) })
        : undefined;
      const store = await openStore(config);
      if (store.migrated.length > 0) logger.info({ migrations: store.migrated }, 'database migrated');
      const catalog = defaultReferenceCatalog();
      await syncOrganisations(store.db, catalog, todayInNetherlands());
      const demo = options.demo ? await loadDemo(store.db, catalog, config.dataDir, logger) : undefined;
      if (options.demo) await loadDemoStatistics(config, catalog, logger);
      const keys = logKeys(config, (message) => logger.warn(message));
      let address: string;
      if (workers === 1) {
        const service = await buildService({
          config,
          keys,
          db: store.db,
          catalog,
          logger,
          webDist: web?.dist,
        });
        closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
          if (err) logger.error({ err }, 'shutting down after an error');
          else logger.info({ signal }, 'shutting down');
          await service.stop();
          await store.close();
        });
        address = await service.start();
      } else {
        // The primary answers no request: it prepared the store above, runs the job loops once, and keeps the workers.
        const jobs = startJobs({ config, keys, db: store.db, catalog, logger });
        const pool = await startWorkers({
          count: workers,
          env: { [WORKER_WEB_DIST]: web?.dist ?? '' },
          log: logger,
        }).catch(async (error: unknown) => {
          await jobs.stop();
          await store.close();
          throw error;
        });
        closeWithGrace({ delay: 15_000 }, async ({ err, signal }) => {
          if (err) logger.error({ err }, 'shutting down after an error');
          else logger.info({ signal }, 'shutting down');
          await pool.stop();
          // After the workers' last request: the final checkpoint covers every row they wrote.
          await jobs.stop();
          await store.close();
        });
        address = pool.address;
      }
      const { alerts } = config;
      const url = address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
      const lines = [
        '',
        `  Ketenzicht is running at ${url}`,
        `  portal:       ${web ? `${url}/ (public figures at ${url}/cijfers)` : 'off (--no-portal)'}`,
        `  store:        ${store.location}`,
        `  workers:      ${workers === 1 ? 'one process' : `${workers} processes on one port (job loops in the primary)`}`,
        `  e-mail:       ${alerts.smtpUrl ? `alerts through ${smtpLocation(alerts.smtpUrl)}` : 'alerts queued, not sent (no SMTP_URL)'}`,
        `  API docs:     ${url}/api/v1/docs`,
        `  OpenAPI:      ${url}/api/v1/openapi.json`,
        `  try:          curl ${url}/api/v1/reference/institutions?sector=JJI`,
      ];
      if (demo) {
        lines.push(
          `  demo data:    ${demo.loaded ? `loaded ${demo.summary}` : 'already loaded'}`,
          `  demo tokens:  ${demo.tokensFile} (one per source system; use as "Authorization: Bearer <token>")`,
          `  demo users:   ${demo.users.join(', ')} (password: ${demo.password})`,
        );
      }
      lines.push('  stop with Ctrl+C', '');
      process.stderr.write(`${lines.join('\n')}\n`);
    });
}

/**
 * A worker of `serve --workers N`: HTTP alone, on the store the primary migrated; no demo,
 * no migrations, no job loops. Stops on SIGTERM, and when its primary is gone.
 */
async function serveWorker(config: Config, logger: ReturnType<typeof createLogger>): Promise<void> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl });
  const keys = logKeys(config, (message) => logger.warn(message));
  const service = await buildService({
    config,
    keys,
    db: handle.db,
    catalog: defaultReferenceCatalog(),
    logger,
    webDist: process.env[WORKER_WEB_DIST] || undefined,
    jobs: false,
  });
  const closer = closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) logger.error({ err }, 'worker shutting down after an error');
    await service.stop();
    await handle.close();
  });
  process.once('disconnect', () => void closer.close());
  await service.start();
}
