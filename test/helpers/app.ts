/** A running application over a fresh test database, with a token per source. */
import { createApiToken } from '../../src/access/index.ts';
import { buildApp } from '../../src/app.ts';
import { SOURCES } from '../../src/events/index.ts';
import type { DatabaseHandle } from '../../src/platform/db.ts';
import type { App } from '../../src/platform/server.ts';
import { defaultReferenceCatalog } from '../../src/reference/index.ts';
import type { TestBackend } from './db.ts';

export interface TestApp {
  app: App;
  store: DatabaseHandle;
  /** `Authorization` header value per source system. */
  auth: Record<string, string>;
  close(): Promise<void>;
}

export async function startTestApp(
  backend: TestBackend,
  config: { bodyLimit?: number; maxEventsPerRequest?: number } = {},
): Promise<TestApp> {
  const store = await backend.open();
  const app = await buildApp({
    config: {
      bodyLimit: config.bodyLimit ?? 1024 * 1024,
      maxEventsPerRequest: config.maxEventsPerRequest ?? 1000,
    },
    db: store.db,
    catalog: defaultReferenceCatalog(),
    logger: false,
  });
  await app.ready();
  const auth: Record<string, string> = {};
  for (const source of SOURCES)
    auth[source] = `Bearer ${(await createApiToken(store.db, source, 'test')).token}`;
  return {
    app,
    store,
    auth,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
