import closeWithGrace from 'close-with-grace';
import { Command } from 'commander';
import { syncOrganisations } from '../access/index.ts';
import { smtpLocation } from '../alerts/index.ts';
import { isLoopback, loadConfig } from '../platform/config.ts';
import { todayInNetherlands } from '../platform/dates.ts';
import { createLogger } from '../platform/logger.ts';
import { logKeys, restrictToOwner } from '../platform/secrets.ts';
import { openStore } from '../platform/store.ts';
import { ensureWebBuild } from '../platform/web.ts';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { buildService } from '../service.ts';
import { loadDemo, loadDemoStatistics } from './demo.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('run the Ketenzicht service')
    .option('--demo', 'on an empty store, load the demo data and demo tokens first')
    .option('--no-portal', 'serve the API alone, without the portal (web/)')
    .action(async (options: { demo?: boolean; portal: boolean }) => {
      const config = loadConfig();
      // Readable lines on a terminal, JSON for a collector; the demo keeps each request's lines at debug,
      // so its terminal shows what happens (LOG_LEVEL=debug brings them back).
      const logger = createLogger(config, undefined, { requestLevel: options.demo ? 'debug' : 'info' });
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
      const service = await buildService({ config, keys, db: store.db, catalog, logger, webDist: web?.dist });

      closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
        if (err) logger.error({ err }, 'shutting down after an error');
        else logger.info({ signal }, 'shutting down');
        await service.stop();
        await store.close();
      });

      const address = await service.start();
      const { alerts } = config;
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
