/**
 * The Berichtenbox over HTTP: the boxes for their users (routes-box.ts) and
 * the Justid operators' work (routes-operations.ts), on one set of schemas
 * (schemas.ts) with the notice content registered by name.
 */
import type { App } from '../platform/server.ts';
import { type BoxRoutesOptions, boxRoutes } from './routes-box.ts';
import { type OperationsRoutesOptions, operationsRoutes } from './routes-operations.ts';
import { participationRoutes } from './routes-participation.ts';
import { NoticeContent } from './schemas.ts';

export type NoticeRoutesOptions = BoxRoutesOptions & OperationsRoutesOptions;

export async function noticeRoutes(app: App, options: NoticeRoutesOptions): Promise<void> {
  app.addSchema(NoticeContent);
  await boxRoutes(app, options);
  await operationsRoutes(app, options);
  await participationRoutes(app, options);
}
