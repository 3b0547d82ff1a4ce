/**
 * OIDC login against a real provider (oidc-provider) started by the test:
 * the browser's part is played by fetch following redirects with a cookie
 * jar, the callback by app.inject with the URL the provider sends us to.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { createUser, SESSION_COOKIE, syncOrganisations } from '../src/access/index.ts';
import { loginStateKey, OIDC_LOGIN_COOKIE, sealLoginState, unsealLoginState } from '../src/access/oidc.ts';
import { PORTAL_SECTIONS } from '../src/access/return-path.ts';
import { buildApp } from '../src/app.ts';
import { ConfigError, loadConfig, type OidcConfig } from '../src/platform/config.ts';
import type { App } from '../src/platform/server.ts';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { startTestApp, TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY, type TestApp } from './helpers/app.ts';
import { countRows, testBackends } from './helpers/db.ts';
import { startTestProvider, type TestProvider } from './helpers/oidc-provider.ts';

const REDIRECT_URI = 'http://localhost:3000/api/v1/oidc/callback';
const pglite = testBackends().find((b) => b.name === 'pglite');
if (!pglite) throw new Error('no PGlite backend');

function settingsFor(provider: TestProvider): OidcConfig {
  return {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUri: REDIRECT_URI,
    scopes: 'openid profile email',
  };
}

let userCounter = 0;

/** A user an administrator has linked to `subject` at `provider`. */
async function linkedUser(t: TestApp, provider: TestProvider, subject: string) {
  userCounter++;
  return createUser(t.store.db, {
    username: `oidc.user${userCounter}`,
    displayName: `OIDC user ${userCounter}`,
    organisation: '3RO',
    roles: ['consultation'],
    oidcIssuer: provider.issuer,
    oidcSubject: subject,
  });
}

interface AtCallback {
  /** Path and query of the callback the provider redirects to. */
  callback: string;
  /** The login-in-progress cookie our /oidc/login set. */
  loginCookie: string;
}

/** /oidc/login, then the provider's redirects as a browser follows them, up to the redirect back to us. */
async function throughProvider(app: App, query = '', remoteAddress?: string): Promise<AtCallback> {
  const login = await app.inject({
    method: 'GET',
    url: `/api/v1/oidc/login${query}`,
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  assert.equal(login.statusCode, 302, login.body);
  const loginCookie = login.cookies.find((c) => c.name === OIDC_LOGIN_COOKIE)?.value;
  assert.ok(loginCookie, 'a login cookie');
  const jar = new Map<string, string>();
  let url = new URL(String(login.headers.location));
  for (let hop = 0; hop < 10; hop++) {
    if (url.href.startsWith(`${REDIRECT_URI}?`))
      return { callback: `${url.pathname}${url.search}`, loginCookie };
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    const location = response.headers.get('location');
    assert.ok(
      location,
      `the provider answered ${response.status} without a redirect: ${await response.text()}`,
    );
    url = new URL(location, url);
  }
  throw new Error('too many redirects');
}

function callback(
  app: App,
  at: AtCallback,
  overrides: { callback?: string; loginCookie?: string; remoteAddress?: string } = {},
) {
  const loginCookie = overrides.loginCookie ?? at.loginCookie;
  return app.inject({
    method: 'GET',
    url: overrides.callback ?? at.callback,
    cookies: loginCookie ? { [OIDC_LOGIN_COOKIE]: loginCookie } : {},
    ...(overrides.remoteAddress ? { remoteAddress: overrides.remoteAddress } : {}),
  });
}

/** Whether a Location header keeps the browser on this site, on a page of the portal. */
function assertPortalLocation(location: unknown, context: string) {
  assert.equal(typeof location, 'string', context);
  const url = new URL(String(location), 'https://ketenzicht.example');
  assert.equal(
    url.origin,
    'https://ketenzicht.example',
    `${context}: ${String(location)} stays on this site`,
  );
  assert.ok(String(location).startsWith('/') && !String(location).startsWith('//'), context);
  const section = url.pathname.split('/')[1] ?? '';
  assert.ok(
    url.pathname === '/' || (PORTAL_SECTIONS as readonly string[]).includes(section),
    `${context}: ${url.pathname} is a page of the portal`,
  );
}

function withParam(path: string, name: string, value: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}

describe('OIDC login (GET /api/v1/oidc/login and /callback)', () => {
  let provider: TestProvider;
  let t: TestApp;

  before(async () => {
    provider = await startTestProvider({ redirectUri: REDIRECT_URI, subject: 'nobody' });
    t = await startTestApp(pglite, { oidc: settingsFor(provider) });
  });
  after(async () => {
    await t?.close();
    await provider?.close();
  });

  it('logs in the linked user through the provider and returns to returnTo with a session', async () => {
    const user = await linkedUser(t, provider, 'sub-linked');
    provider.subject = 'sub-linked';
    const at = await throughProvider(t.app, `?returnTo=${encodeURIComponent('/raadplegen?q=1#top')}`);
    const response = await callback(t.app, at);
    assert.equal(response.statusCode, 302, response.body);
    assert.equal(response.headers.location, '/raadplegen?q=1#top');
    const session = response.cookies.find((c) => c.name === SESSION_COOKIE);
    assert.ok(session, 'a session cookie');
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');
    assert.equal(session.path, '/');
    const cleared = response.cookies.find((c) => c.name === OIDC_LOGIN_COOKIE);
    assert.equal(cleared?.value, '', 'the login cookie is cleared');

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/sessie',
      cookies: { [SESSION_COOKIE]: session.value },
    });
    assert.equal(me.statusCode, 200, me.body);
    assert.equal(me.json().user.id, user.id);
    assert.equal(me.json().user.username, user.username);
    assert.ok(me.json().csrfToken);
  });

  it('returns to / when no returnTo is given', async () => {
    await linkedUser(t, provider, 'sub-home');
    provider.subject = 'sub-home';
    const response = await callback(t.app, await throughProvider(t.app));
    assert.equal(response.statusCode, 302, response.body);
    assert.equal(response.headers.location, '/');
  });

  it('refuses a subject that no administrator has linked: 403 OIDC_USER_UNKNOWN and no session', async () => {
    const before = await countRows(t.store.db, 'sessions');
    provider.subject = 'sub-stranger';
    const response = await callback(t.app, await throughProvider(t.app));
    assert.equal(response.statusCode, 403);
    assert.match(String(response.headers['content-type']), /application\/problem\+json/);
    assert.equal(response.json().code, 'OIDC_USER_UNKNOWN');
    assert.equal(
      response.cookies.find((c) => c.name === SESSION_COOKIE),
      undefined,
    );
    assert.equal(await countRows(t.store.db, 'sessions'), before);
  });

  it('refuses a callback whose state was altered', async () => {
    await linkedUser(t, provider, 'sub-state');
    provider.subject = 'sub-state';
    const at = await throughProvider(t.app);
    const response = await callback(t.app, at, { callback: withParam(at.callback, 'state', 'forged') });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'OIDC_STATE_INVALID');
    assert.equal(
      response.cookies.find((c) => c.name === SESSION_COOKIE),
      undefined,
    );
  });

  it('refuses a callback in a browser that did not start the login (no login cookie)', async () => {
    provider.subject = 'sub-state';
    const response = await callback(t.app, await throughProvider(t.app), { loginCookie: '' });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'OIDC_STATE_INVALID');
  });

  it('sends a browser that is refused to the portal’s login page with the reason, and starts no session', async () => {
    provider.subject = 'sub-not-linked-browser';
    const at = await throughProvider(t.app);
    const response = await t.app.inject({
      method: 'GET',
      url: at.callback,
      headers: { accept: 'text/html,application/xhtml+xml' },
      cookies: { [OIDC_LOGIN_COOKIE]: at.loginCookie },
    });
    assert.equal(response.statusCode, 302);
    assert.equal(response.headers.location, '/inloggen?fout=OIDC_USER_UNKNOWN');
    assert.equal(
      response.cookies.find((c) => c.name === SESSION_COOKIE),
      undefined,
    );
  });

  it('refuses a login cookie that was altered', async () => {
    provider.subject = 'sub-state';
    const at = await throughProvider(t.app);
    const bytes = Buffer.from(at.loginCookie, 'base64url');
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    const response = await callback(t.app, at, { loginCookie: bytes.toString('base64url') });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'OIDC_STATE_INVALID');
  });

  it('refuses a code the second time it is used', async () => {
    await linkedUser(t, provider, 'sub-replay');
    provider.subject = 'sub-replay';
    const at = await throughProvider(t.app);
    assert.equal((await callback(t.app, at)).statusCode, 302);
    const replay = await callback(t.app, at);
    assert.equal(replay.statusCode, 401);
    assert.equal(replay.json().code, 'OIDC_LOGIN_FAILED');
  });

  it('reports an error from the provider (the user cancelled) as 401 OIDC_PROVIDER_ERROR', async () => {
    provider.subject = 'sub-state';
    const at = await throughProvider(t.app);
    const state = new URL(at.callback, 'http://x').searchParams.get('state') ?? '';
    const cancelled = `/api/v1/oidc/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`;
    const response = await callback(t.app, at, { callback: cancelled });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().code, 'OIDC_PROVIDER_ERROR');
    assert.match(response.json().detail, /access_denied/);
  });

  /** Each case on an address of its own, so the login route's rate limit (30 a minute) is not what answers. */
  let address = 0;
  const nextAddress = () => `198.51.100.${++address}`;

  /** The returnTo values of the finding and their relatives: each leads off the site once a browser has read it. */
  const OFFSITE = [
    '/..//evil.example',
    '/.//evil.example',
    '/a/..//evil.example',
    '/%2e%2e//evil.example',
    '/%2E%2e//evil.example',
    '/%2e//evil.example',
    '/x/../..//evil.example',
    '/raadplegen/..//evil.example',
    '/raadplegen/%2e%2e/%2E%2E//evil.example',
    '/\\evil.example',
    '/%5cevil.example',
    '/%5C%5Cevil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/%09/evil.example',
    '/%2f%2fevil.example',
    '/raadplegen%2f..%2f..%2f%2fevil.example',
    '/%252e%252e//evil.example',
    '//evil.example',
    '///evil.example',
    'https://evil.example/',
    'HTTPS://evil.example/raadplegen',
    'http://ketenzicht.invalid/raadplegen',
    'javascript:alert(1)',
    ' /raadplegen',
    '/personen',
    '/inloggen',
    '/api/v1/sessie',
  ];

  it('refuses a returnTo that leads off the site or off the portal, however it is written: 400 on the field', async () => {
    for (const returnTo of OFFSITE) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/oidc/login?returnTo=${encodeURIComponent(returnTo)}`,
        remoteAddress: nextAddress(),
      });
      assert.equal(response.statusCode, 400, JSON.stringify(returnTo));
      assert.equal(response.json().errors[0].field, 'querystring.returnTo');
      assert.equal(response.headers.location, undefined);
      assert.equal(
        response.cookies.find((c) => c.name === OIDC_LOGIN_COOKIE),
        undefined,
        'no login is started',
      );
    }
  });

  it('refuses the variants as typed into an address bar (the query decoded by the service) too', async () => {
    for (const raw of [
      '/..//evil.example',
      '/.//x',
      '/a/..//x',
      '/%2e%2e//x',
      '/x/../..//x',
      '/%2F%2Fx',
      '/%5Cx',
    ]) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/oidc/login?returnTo=${raw}`,
        remoteAddress: nextAddress(),
      });
      assert.equal(response.statusCode, 400, raw);
    }
  });

  it('after a real login, redirects to the normalised portal path, never to the text as sent', async () => {
    await linkedUser(t, provider, 'sub-return');
    provider.subject = 'sub-return';
    const cases: [string, string][] = [
      ['/', '/'],
      ['/raadplegen', '/raadplegen'],
      ['/a/../raadplegen', '/raadplegen'],
      ['/cijfers/./recidive?jaar=2024', '/cijfers/recidive?jaar=2024'],
      ['/berichtenbox/bij/%2e%2e/re-integratie', '/berichtenbox/re-integratie'],
      ['/beheer/%2E%2E/operaties/wachtrij#boven', '/operaties/wachtrij#boven'],
      ['/raadplegen?terug=//evil.example', '/raadplegen?terug=//evil.example'],
    ];
    for (const [returnTo, expected] of cases) {
      const ip = nextAddress();
      const at = await throughProvider(t.app, `?returnTo=${encodeURIComponent(returnTo)}`, ip);
      const response = await callback(t.app, at, { remoteAddress: ip });
      assert.equal(response.statusCode, 302, response.body);
      assert.equal(response.headers.location, expected, returnTo);
      assertPortalLocation(response.headers.location, returnTo);
      assert.ok(response.cookies.find((c) => c.name === SESSION_COOKIE && c.value));
    }
  });

  it('sends a login whose sealed return path is not the portal’s (a cookie from before an upgrade) to /', async () => {
    provider.subject = 'sub-return';
    const key = loginStateKey(provider.clientSecret);
    for (const returnTo of ['//evil.example', '/..//evil.example', 'https://evil.example/']) {
      const ip = nextAddress();
      const at = await throughProvider(t.app, '', ip);
      const state = unsealLoginState(key, at.loginCookie);
      assert.ok(state);
      const response = await callback(t.app, at, {
        loginCookie: sealLoginState(key, { ...state, returnTo }),
        remoteAddress: ip,
      });
      assert.equal(response.statusCode, 302, response.body);
      assert.equal(response.headers.location, '/', returnTo);
    }
  });

  it('fetches the provider’s metadata once, at the first login', () => {
    assert.equal(provider.discoveryRequests, 1);
  });
});

describe('OIDC login logging', () => {
  it('logs of the provider’s answer only the issuer and the subject, never the code or the state', async () => {
    const provider = await startTestProvider({ redirectUri: REDIRECT_URI, subject: 'sub-logged' });
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => lines.push(line) });
    const store = await pglite.open();
    const catalog = defaultReferenceCatalog();
    await syncOrganisations(store.db, catalog, '2026-06-01');
    const app = await buildApp({
      config: {
        ...loadConfig({}),
        pseudonymKey: TEST_PSEUDONYM_KEY,
        auditKey: TEST_AUDIT_KEY,
        oidc: settingsFor(provider),
      },
      db: store.db,
      catalog,
      logger,
    });
    try {
      await createUser(store.db, {
        username: 'logged.user',
        displayName: 'Logged',
        organisation: '3RO',
        roles: ['consultation'],
        oidcIssuer: provider.issuer,
        oidcSubject: 'sub-logged',
      });
      const at = await throughProvider(app);
      assert.equal((await callback(app, at)).statusCode, 302);
      assert.equal((await callback(app, at)).statusCode, 401, 'a replay, refused');
      provider.subject = 'sub-unlinked';
      assert.equal((await callback(app, await throughProvider(app))).statusCode, 403);

      const log = lines.join('');
      const query = new URL(at.callback, 'http://x').searchParams;
      for (const secret of [query.get('code'), query.get('state'), at.loginCookie]) {
        assert.ok(secret && !log.includes(secret), 'a value from the login is not in the log');
      }
      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const login = entries.find((e) => e.msg === 'login (oidc)');
      assert.equal(login?.sub, 'sub-logged');
      assert.equal(login?.issuer, provider.issuer);
      assert.equal(entries.find((e) => e.msg === 'oidc login of an unlinked subject')?.sub, 'sub-unlinked');
    } finally {
      await app.close();
      await store.close();
      await provider.close();
    }
  });
});

/** A port on 127.0.0.1 that nothing listens on (free a moment ago). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('OIDC login while the provider cannot be reached', () => {
  it('answers 503 OIDC_PROVIDER_UNAVAILABLE, and logs in once the provider is back', async () => {
    const port = await freePort();
    const t = await startTestApp(pglite, {
      oidc: {
        issuer: `http://127.0.0.1:${port}`,
        clientId: 'ketenzicht',
        clientSecret: 'not-known-yet-0123456789',
        redirectUri: REDIRECT_URI,
        scopes: 'openid',
      },
    });
    try {
      const down = await t.app.inject({ method: 'GET', url: '/api/v1/oidc/login' });
      assert.equal(down.statusCode, 503);
      assert.match(String(down.headers['content-type']), /application\/problem\+json/);
      assert.equal(down.json().code, 'OIDC_PROVIDER_UNAVAILABLE');

      const provider = await startTestProvider({ redirectUri: REDIRECT_URI, subject: 'x', port });
      try {
        const up = await t.app.inject({ method: 'GET', url: '/api/v1/oidc/login' });
        assert.equal(up.statusCode, 302, 'a failed discovery is not kept');
        assert.ok(String(up.headers.location).startsWith(`${provider.issuer}/`));
      } finally {
        await provider.close();
      }
    } finally {
      await t.close();
    }
  });
});

describe('the login state cookie', () => {
  const key = loginStateKey('a-client-secret-of-some-length');
  const state = { state: 's', nonce: 'n', verifier: 'v', returnTo: '/', expiresAt: 2_000 };

  it('reads back what it sealed until it expires', () => {
    const sealed = sealLoginState(key, state);
    assert.deepEqual(unsealLoginState(key, sealed, 1_999), state);
    assert.equal(unsealLoginState(key, sealed, 2_000), undefined);
  });

  it('cannot be read with another client secret', () => {
    const sealed = sealLoginState(key, state);
    assert.equal(unsealLoginState(loginStateKey('another-client-secret-000'), sealed, 0), undefined);
  });
});

describe('loadConfig (OIDC)', () => {
  const complete = {
    OIDC_ISSUER: 'https://login.example.nl/realms/keten',
    OIDC_CLIENT_ID: 'ketenzicht',
    OIDC_CLIENT_SECRET: 'a-secret-of-sufficient-length',
    OIDC_REDIRECT_URI: 'https://ketenzicht.example.nl/api/v1/oidc/callback',
  };

  it('is off without OIDC_ISSUER', () => {
    assert.equal(loadConfig({}).oidc, undefined);
  });

  it('takes the settings, with the default scopes', () => {
    assert.deepEqual(loadConfig(complete).oidc, {
      issuer: complete.OIDC_ISSUER,
      clientId: 'ketenzicht',
      clientSecret: complete.OIDC_CLIENT_SECRET,
      redirectUri: complete.OIDC_REDIRECT_URI,
      scopes: 'openid profile email',
    });
  });

  const refused: [string, Record<string, string>, RegExp][] = [
    ['no client id', { OIDC_CLIENT_ID: '' }, /OIDC_CLIENT_ID is required/],
    ['no client secret', { OIDC_CLIENT_SECRET: '' }, /OIDC_CLIENT_SECRET is required/],
    ['a short client secret', { OIDC_CLIENT_SECRET: 'short' }, /OIDC_CLIENT_SECRET must be at least/],
    ['no redirect URI', { OIDC_REDIRECT_URI: '' }, /OIDC_REDIRECT_URI is required/],
    [
      'an issuer that is not a URL',
      { OIDC_ISSUER: 'login.example.nl' },
      /OIDC_ISSUER must be an absolute URL/,
    ],
    [
      'a plain-HTTP issuer elsewhere',
      { OIDC_ISSUER: 'http://login.example.nl' },
      /OIDC_ISSUER must use https/,
    ],
    ['scopes without openid', { OIDC_SCOPES: 'profile email' }, /OIDC_SCOPES must include "openid"/],
  ];
  for (const [name, change, message] of refused) {
    it(`refuses ${name}, naming the variable`, () => {
      assert.throws(
        () => loadConfig({ ...complete, ...change }),
        (e: unknown) => e instanceof ConfigError && message.test(e.message),
      );
    });
  }

  it('allows plain HTTP for a provider on this machine', () => {
    const config = loadConfig({
      ...complete,
      OIDC_ISSUER: 'http://127.0.0.1:8080',
      OIDC_REDIRECT_URI: 'http://localhost:3000/api/v1/oidc/callback',
    });
    assert.equal(config.oidc?.issuer, 'http://127.0.0.1:8080');
  });
});
