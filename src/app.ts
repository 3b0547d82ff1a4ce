/**
 * The composition root: one place where the modules are wired together into
 * the HTTP application. Modules do not know each other's internals; they get
 * what they need here.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyBaseLogger } from 'fastify';
import {
  accessRoutes,
  oidcRoutes,
  requireSourceToken,
  requireUser,
  sessionResolver,
} from './access/index.ts';
import { personRoutes } from './detention/index.ts';
import { identityRoutes, searchPersons } from './identity/index.ts';
import { BatchRejectedError, eventConflictRoutes, eventRoutes, ingestAtomically } from './ingest/index.ts';
import { explainRoutes, noticeRoutes } from './notifications/index.ts';
import { ingestContext } from './pipeline.ts';
import type { Config } from './platform/config.ts';
import type { Db } from './platform/db.ts';
import { DomainError } from './platform/errors.ts';
import type { LogKeys } from './platform/secrets.ts';
import { type App, createServer } from './platform/server.ts';
import { webRoutes } from './platform/web.ts';
import { type ReferenceCatalog, referenceRoutes } from './reference/index.ts';
import { openDataRoutes } from './statistics/index.ts';

export type AppConfig = Pick<
  Config,
  | 'bodyLimit'
  | 'maxEventsPerRequest'
  | 'sessionIdleMinutes'
  | 'sessionMaxMinutes'
  | 'loginMaxFailures'
  | 'loginLockMinutes'
  | 'cookieSecure'
  | 'oidc'
  | 'passwordLogin'
  | 'trustProxy'
> &
  LogKeys;

export interface AppDeps {
  config: AppConfig;
  db: Db;
  catalog: ReferenceCatalog;
  logger: FastifyBaseLogger | boolean;
  /** The built portal (web/dist) to serve at `/`; undefined: the API alone. */
  webDist?: string;
  /** The folder of the published DAS release to serve as open data; undefined while nothing is published. */
  dasPublished?: () => string | undefined;
}

export async function buildApp({
  config,
  db,
  catalog,
  logger,
  webDist,
  dasPublished,
}: AppDeps): Promise<App> {
  const app = await createServer({ config, db, logger });
  await app.register(rateLimit, {
    global: false,
    // Thrown into the error funnel: a problem+json 429 with its own code (the plugin sets Retry-After).
    errorResponseBuilder: (_request, context) =>
      new DomainError(
        'RATE_LIMITED',
        429,
        `too many requests; try again in ${Math.ceil(context.ttl / 1000)} s`,
      ),
  });
  const ingest = ingestContext({ catalog });
  const sourceToken = requireSourceToken(db);

  await referenceRoutes(app, { catalog });
  await eventRoutes(app, {
    db,
    ingest,
    maxEventsPerRequest: config.maxEventsPerRequest,
    authenticate: sourceToken,
  });
  await identityRoutes(app, {
    db,
    authenticate: sourceToken,
    deliver: async (event) => {
      try {
        await ingestAtomically(db, [event], ingest);
        return { ok: true };
      } catch (error) {
        const outcome = error instanceof BatchRejectedError ? error.outcomes[0] : undefined;
        if (outcome?.status === 'rejected')
          return { ok: false, status: outcome.httpStatus, errors: outcome.errors };
        throw error;
      }
    },
  });
  const sessions = sessionResolver(db, config);
  await accessRoutes(app, {
    db,
    sessions,
    policy: config,
    pseudonymKey: config.pseudonymKey,
    auditKey: config.auditKey,
    oidcEnabled: config.oidc !== undefined,
    passwordLogin: config.passwordLogin,
    subjectsByBsn: async (trx, bsn) => (await searchPersons(trx, { bsn })).map((p) => p.skn),
  });
  if (config.oidc) await oidcRoutes(app, { db, oidc: config.oidc, policy: config });
  const { pseudonymKey, auditKey } = config;
  await personRoutes(app, { db, catalog, sessions, pseudonymKey, auditKey });
  await noticeRoutes(app, { db, catalog, sessions, pseudonymKey, auditKey });
  await explainRoutes(app, { db, catalog, sessions, pseudonymKey, auditKey });
  await eventConflictRoutes(app, { db, authorize: requireUser(sessions, ['justid-operator']) });
  await openDataRoutes(app, { releaseDir: dasPublished ?? (() => undefined) });
  if (webDist) await webRoutes(app, { dist: webDist });
  return app;
}
