/**
 * The portal in a real browser: the real service (API and built portal, one
 * port) over a real store loaded with the demo simulation and the demo users,
 * driven by Debian's Chromium through playwright-core. Each journey gets a
 * browser of its own with a fresh, empty profile; axe-core checks every page
 * against WCAG 2.1 AA and screenshots go to test-results/screenshots
 * (ignored by git).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import pino from 'pino';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { syncOrganisations } from '../../src/access/index.ts';
import { buildApp } from '../../src/app.ts';
import { DEMO_PASSWORD, loadDemo } from '../../src/cli/demo.ts';
import { loadConfig, type OidcConfig } from '../../src/platform/config.ts';
import type { DatabaseHandle } from '../../src/platform/db.ts';
import { ensureWebBuild } from '../../src/platform/web.ts';
import { defaultReferenceCatalog } from '../../src/reference/index.ts';
import { TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY } from './app.ts';
import { type TestBackend, testBackends } from './db.ts';

export { DEMO_PASSWORD };

/** Debian's Chromium; CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine's closed network and a root user need (see docs/operations.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** PostgreSQL when the run has one (CI always does), else PGlite: the store under the service is real either way. */
export function portalBackend(): TestBackend {
  const backends = testBackends();
  return backends.find((b) => b.name === 'postgres') ?? (backends[0] as TestBackend);
}

export interface Portal {
  /** The service's address, e.g. http://localhost:41234 */
  url: string;
  store: DatabaseHandle;
  close(): Promise<void>;
}

let built: Promise<{ dist: string }> | undefined;

/**
 * The portal built once per test process into a folder of its own, so test
 * files that run at the same time (and a developer's `npm start`) never
 * replace each other's files while a page loads.
 */
function buildOnce(): Promise<{ dist: string }> {
  built ??= (async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-web-'));
    fs.rmSync(dist, { recursive: true });
    process.once('exit', () => fs.rmSync(dist, { recursive: true, force: true }));
    return ensureWebBuild({ dist });
  })();
  return built;
}

/** A hash of the source, so a prepared demo store made by older code is not reused. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const src = path.resolve(import.meta.dirname, '../../src');
  for (const file of (fs.readdirSync(src, { recursive: true }) as string[]).sort()) {
    const full = path.join(src, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The day the tests' demo is loaded as if it were its first start. `npm start` loads the three
 * years before its own first day (demoEventOptions), so its people differ from day to day; the
 * tests take one fixed day so that what they find in the demo does not change with the date
 * they run on. The stories the journeys add themselves are dated around the real today.
 */
export const DEMO_DAY = '2026-12-03';

/**
 * A fresh store with the demo as `npm start` loads it on DEMO_DAY. Loading it takes 13 s on an
 * idle machine and every browser journey starts one, so it is loaded once per source version and
 * copied after that (on PostgreSQL across the run's processes).
 */
export function openDemoStore(catalog: ReturnType<typeof defaultReferenceCatalog>, dataDir: string) {
  return portalBackend().openPrepared(`demo ${DEMO_DAY} ${sourceHash()}`, async (db) => {
    await syncOrganisations(db, catalog, DEMO_DAY);
    await loadDemo(db, catalog, dataDir, pino({ level: 'silent' }), DEMO_DAY);
  });
}

/** Builds the portal, then starts the service with the demo data and users on a fresh store. */
export async function startPortal(
  options: { port?: number; oidc?: OidcConfig; dasPublished?: string } = {},
): Promise<Portal> {
  const web = await buildOnce();
  const catalog = defaultReferenceCatalog();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-portal-'));
  const store = await openDemoStore(catalog, dataDir);
  const app = await buildApp({
    config: {
      ...loadConfig({}),
      pseudonymKey: TEST_PSEUDONYM_KEY,
      auditKey: TEST_AUDIT_KEY,
      oidc: options.oidc,
    },
    db: store.db,
    catalog,
    logger: false,
    webDist: web.dist,
    dasPublished: () => options.dasPublished,
  });
  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the service has no TCP address');
  return {
    // localhost is a secure context for Chromium, so the Secure session cookie works over plain HTTP here.
    url: `http://localhost:${address.port}`,
    store,
    close: async () => {
      await app.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Errors the page itself logged (console errors, uncaught exceptions, CSP refusals). */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A port nobody listens on now, for a service whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Chromium with a fresh profile of its own, headless, at phone width when `mobile`. */
export async function openBrowser(options: { mobile?: boolean } = {}): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: options.mobile ? { width: 375, height: 740 } : { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // A refused API call (401/403/404) is shown to the user and is not a page error.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      pageErrors.push(message.text());
  });
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a journey in a browser of its own and closes it whatever happens; the
 * journey fails when the page logged an error.
 */
export async function withBrowser(
  options: { mobile?: boolean },
  journey: (browser: Browser) => Promise<void>,
): Promise<void> {
  const browser = await openBrowser(options);
  try {
    await journey(browser);
    assert.deepEqual(browser.pageErrors, [], 'the page logged errors');
  } finally {
    await browser.close();
  }
}

/** Logs in through the login page as a demo user and waits for the start page. */
export async function logIn(page: Page, url: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${url}/inloggen`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
}

/** axe-core over the whole page at WCAG 2.0 and 2.1, levels A and AA: fails on any violation, naming each. */
export async function assertAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(found, [], `axe found WCAG 2.1 AA violations on ${what}:\n${found.join('\n')}`);
  assert.ok(result.passes.length > 0, 'axe checked nothing');
}

/** A full-page screenshot in test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
