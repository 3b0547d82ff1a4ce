/** A running application over a fresh test database, with a token per source and a user per role. */
import {
  createApiToken,
  createUser,
  hashPassword,
  type Role,
  SESSION_COOKIE,
  syncOrganisations,
} from '../../src/access/index.ts';
import { type AppConfig, buildApp } from '../../src/app.ts';
import { SOURCES } from '../../src/events/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
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

/** The pseudonym key of the tests' processing log. */
export const TEST_PSEUDONYM_KEY = 'test-key-0123456789abcdef0123456789abcdef';
/** The key of the tests' log row hashes and checkpoints. */
export const TEST_AUDIT_KEY = 'test-audit-key-fedcba9876543210fedcba9876543210';
export const TEST_PASSWORD = 'correct horse battery staple';

export async function startTestApp(backend: TestBackend, config: Partial<AppConfig> = {}): Promise<TestApp> {
  const store = await backend.open();
  const catalog = defaultReferenceCatalog();
  await syncOrganisations(store.db, catalog, '2026-06-01');
  const app = await buildApp({
    config: {
      ...loadConfig({}),
      bodyLimit: 1024 * 1024,
      pseudonymKey: TEST_PSEUDONYM_KEY,
      auditKey: TEST_AUDIT_KEY,
      ...config,
    },
    db: store.db,
    catalog,
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

/** The organisation each role's test user belongs to. */
export const ROLE_ORGANISATION: Record<Role, string> = {
  consultation: '3RO',
  'bij-officer': 'GM0363',
  'reintegration-officer': 'GM0599',
  'victim-desk-officer': 'CJIB-IDV',
  'justid-operator': 'JUSTID',
  administrator: 'JUSTID',
};

let hashed: Promise<string> | undefined;

export interface LoggedIn {
  /** Headers for a request as this user: the session cookie and the CSRF token. */
  headers: Record<string, string>;
  userId: number;
}

/** Creates a user with `roles` (in the organisation of the first role) and logs in. */
export async function loginAs(t: TestApp, username: string, roles: Role[]): Promise<LoggedIn> {
  hashed ??= hashPassword(TEST_PASSWORD);
  const first = roles[0] ?? 'consultation';
  const user = await createUser(t.store.db, {
    username,
    displayName: username,
    organisation: ROLE_ORGANISATION[first],
    roles,
    passwordHash: await hashed,
  });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/sessie',
    payload: { username, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  return {
    headers: { cookie: `${SESSION_COOKIE}=${cookie.value}`, 'x-csrf-token': response.json().csrfToken },
    userId: user.id,
  };
}
