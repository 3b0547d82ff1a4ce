/**
 * The Berichtenbox over HTTP: the boxes for their users (routes-box.ts) and
 * the Justid operators' work (routes-operations.ts), on one set of schemas
 * (schemas.ts) with the notice content registered by name.
 */
import type { SessionResolver } from '../access/index.ts';
import type { Db } from '../platform/db.ts';
import type { App } from '../platform/server.ts';
import type { ReferenceCatalog } from '../reference/index.ts';
import { boxRoutes } from './routes-box.ts';
import { operationsRoutes } from './routes-operations.ts';
import { NoticeContent } from './schemas.ts';

export interface NoticeRoutesOptions {
  db: Db;
  catalog: ReferenceCatalog;
  sessions: SessionResolver;
  pseudonymKey: string;
  auditKey: string;
}

export async function noticeRoutes(app: App, options: NoticeRoutesOptions): Promise<void> {
  app.addSchema(NoticeContent);
  await boxRoutes(app, options);
  await operationsRoutes(app, options);
}
