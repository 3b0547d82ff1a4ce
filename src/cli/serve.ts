import closeWithGrace from 'close-with-grace';
import { Command } from 'commander';
import { CHECKPOINT_INTERVAL_MS, startCheckpointLoop, syncOrganisations } from '../access/index.ts';
import {
  type AlertWorker,
  DEFAULT_RETRY,
  smtpLocation,
  smtpMailer,
  startAlertWorker,
} from '../alerts/index.ts';
import { buildApp } from '../app.ts';
import { expireNotices } from '../notifications/index.ts';
import { isLoopback, loadConfig } from '../platform/config.ts';
import { todayInNetherlands } from '../platform/dates.ts';
import { createLogger } from '../platform/logger.ts';
import { type Loop, startLoop } from '../platform/loop.ts';
import { logKeys, restrictToOwner } from '../platform/secrets.ts';
import { openStore } from '../platform/store.ts';
import { ensureWebBuild } from '../platform/web.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { currentRelease } from '../statistics/index.ts';
import { loadDemo, loadDemoStatistics } from './demo.ts';

/** How often the service applies the Berichtenbox's retention. */
const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;

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

export function serveCommand(): Command {
  return new Command('serve')
    .description('run the Ketenzicht service')
    .option('--demo', 'on an empty store, load the demo data and demo tokens first')
    .option('--no-portal', 'serve the API alone, without the portal (web/)')
    .action(async (options: { demo?: boolean; portal: boolean }) => {
      const config = loadConfig();
      const logger = createLogger(config);
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
      const app = await buildApp({
        config: { ...config, ...keys },
        db: store.db,
        catalog,
        logger,
        webDist: web?.dist,
        dasPublished: atMostEverySecond(() => currentRelease(config.dasDir)),
      });

      const { alerts } = config;
      if (!alerts.smtpUrl) logger.warn('SMTP_URL is not set: e-mail alerts are queued but not sent');
      const mailer = alerts.smtpUrl ? smtpMailer({ url: alerts.smtpUrl, from: alerts.from }) : undefined;
      let alertWorker: AlertWorker | undefined;
      let retention: Loop | undefined;
      let checkpoints: Loop | undefined;

      closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
        if (err) logger.error({ err }, 'shutting down after an error');
        else logger.info({ signal }, 'shutting down');
        await Promise.all([alertWorker?.stop(), retention?.stop(), app.close()]);
        // After the last request: the final checkpoint covers every row the service wrote.
        await checkpoints?.stop();
        mailer?.close();
        await store.close();
      });

      const address = await app.listen({ host: config.host, port: config.port });
      // Started once the service is up, so a failed start leaves no loop behind to keep the process alive.
      alertWorker = startAlertWorker(store.db, mailer, {
        intervalMs: alerts.intervalSeconds * 1000,
        portalUrl: alerts.portalUrl,
        from: alerts.from,
        retry: { ...DEFAULT_RETRY, maxAttempts: alerts.maxAttempts },
        log: logger.child({ job: 'alerts' }),
      });
      // The logs' chain heads, signed and anchored outside the database: at start, every five minutes, at shutdown.
      checkpoints = startCheckpointLoop(store.db, {
        dir: config.checkpointDir,
        auditKey: keys.auditKey,
        intervalMs: CHECKPOINT_INTERVAL_MS,
        log: logger.child({ job: 'checkpoints' }),
      });
      // Retention of the Berichtenbox: at start and every six hours (idempotent; `ketenzicht notices expire` does the same by hand).
      const retentionLog = logger.child({ job: 'retention' });
      retention = startLoop({
        intervalMs: RETENTION_INTERVAL_MS,
        round: async () => {
          const result = await expireNotices(store.db, new Date(), config.noticeRetentionMonths);
          if (result.expired > 0) retentionLog.info(result, 'notices expired');
        },
        onError: (error) => retentionLog.error({ err: error }, 'retention round failed'),
      });
      const url = address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
      const lines = [
        '',
        `  Ketenzicht is running at ${url}`,
        `  portal:       ${web ? `${url}/ (public figures at ${url}/cijfers)` : 'off (--no-portal)'}`,
        `  store:        ${store.location}`,
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
