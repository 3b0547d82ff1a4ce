/**
 * The portal for a visitor on a phone: /cijfers's first load stays under
 * 300 KB on the wire (compressed, no staff portal, no source map), hashed
 * assets are cached for good, and every main page, public and of each role,
 * fits a 320 px wide screen without scrolling sideways, with the menu behind
 * a button. The time on a slow network is measured by bench/public-speed.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, logIn, type Portal, screenshot, withBrowser } from '../helpers/portal.ts';
import { firstLoad, overviewReady, startPublicPortal } from '../helpers/public-speed.ts';

const BUDGET_BYTES = 300 * 1024;

/** Whether the page is wider than the window (a sideways scroll bar), and what sticks out. */
async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const widest = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((element) => !element.closest('.kz-table-wrap'))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
}

describe('the portal for the public, fast and at phone width', () => {
  let portal: Portal;

  before(async () => {
    portal = await startPublicPortal();
  });
  after(async () => {
    await portal?.close();
  });

  it('transfers /cijfers on first load in under 300 KB, compressed, without the staff portal', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      const load = await firstLoad(page, `${portal.url}/cijfers`, { ready: overviewReady });
      const report = load.transfers
        .map((t) => `${t.bytes} ${t.encoding ?? '-'} ${new URL(t.url).pathname}`)
        .join('\n');
      assert.ok(load.bytes < BUDGET_BYTES, `/cijfers transferred ${load.bytes} bytes:\n${report}`);
      const assets = load.transfers.filter((t) => new URL(t.url).pathname.startsWith('/assets/'));
      assert.ok(assets.length >= 2, `a script and a stylesheet at least:\n${report}`);
      for (const asset of assets) {
        assert.equal(asset.encoding, 'br', `${asset.url} comes in brotli`);
        assert.equal(
          asset.cacheControl,
          'public, max-age=31536000, immutable',
          `${asset.url} is cached for good`,
        );
      }
      // The figures come in one request, the one the page's Link header started with the page.
      const overview = load.transfers.filter((t) => new URL(t.url).pathname === '/api/v1/open-data/overview');
      assert.equal(overview.length, 1, `the overview is fetched once:\n${report}`);
      // The staff features come in scripts of their own, fetched only when opened.
      const scripts = new Set(assets.map((t) => new URL(t.url).pathname));
      await logIn(page, portal.url, 'raadpleger');
      const before = new Set(
        await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)),
      );
      await page.goto(`${portal.url}/raadplegen`);
      await page.getByRole('heading', { level: 1, name: 'Persoon zoeken' }).waitFor();
      const fetched = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
      );
      assert.ok(
        fetched.some((p) => p.startsWith('/assets/') && p.endsWith('.js') && !scripts.has(p)),
        `the consultation pages load a script /cijfers did not: ${[...before].join(', ')}`,
      );
      const staffPage = await fetch(`${portal.url}/raadplegen`);
      assert.equal(staffPage.headers.get('link'), null, 'a staff page preloads no public figures');
      assert.match(
        (await fetch(`${portal.url}/cijfers`)).headers.get('link') ?? '',
        /open-data\/overview>; rel=preload/,
      );
    });
  });

  it('serves no source map, compresses the API, and keeps a missing asset out of the cache', async () => {
    const page = await fetch(`${portal.url}/cijfers`);
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, 'the page loads a hashed script');
    const map = await fetch(`${portal.url}${script}.map`);
    assert.equal(map.status, 404);
    assert.equal(map.headers.get('cache-control'), 'no-cache');
    const catalogue = await fetch(`${portal.url}/api/v1/openapi.json`, {
      headers: { 'accept-encoding': 'br' },
    });
    assert.equal(catalogue.status, 200);
    assert.equal(catalogue.headers.get('content-encoding'), 'br');
  });

  const PUBLIC_PAGES = ['/', '/cijfers', '/inloggen'];
  const ROLE_PAGES: [user: string, paths: string[]][] = [
    ['raadpleger', ['/', '/raadplegen']],
    ['bij.amsterdam', ['/berichtenbox/bij']],
    ['nazorg.rotterdam', ['/berichtenbox/re-integratie']],
    ['slachtofferloket', ['/berichtenbox/slachtoffers']],
    ['operator', ['/operaties', '/operaties/wachtrij', '/operaties/bij-controle']],
    ['beheerder', ['/beheer', '/beheer/deelname']],
  ];

  async function fitsAt320(page: Page, path: string, name: string) {
    await page.goto(`${portal.url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const found = await overflow(page);
    assert.ok(
      found.scrollWidth <= found.clientWidth,
      `${path} scrolls sideways at 320 px (${found.scrollWidth} > ${found.clientWidth}): ${found.widest.join(', ')}`,
    );
    await screenshot(page, `phone-320-${name}`);
  }

  it('fits every main page into 320 px without scrolling sideways, the menu behind a button', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of PUBLIC_PAGES) await fitsAt320(page, path, `public${path.replaceAll('/', '-')}`);

      // The menu is folded away behind its button, and unfolds on a press.
      const menu = page.getByRole('button', { name: 'Menu' });
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.equal(
        await page
          .getByRole('navigation', { name: 'Hoofdmenu' })
          .getByRole('link', { name: 'Cijfers' })
          .isVisible(),
        false,
      );
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Cijfers' })
        .click();
      await page.waitForURL(/\/cijfers$/);
      // The URL changes before React renders the new page; wait for the fold, failing after 5 s.
      await page
        .waitForFunction(
          () => document.querySelector('.kz-nav__toggle')?.getAttribute('aria-expanded') === 'false',
          undefined,
          { timeout: 5000 },
        )
        .catch(() => assert.fail('the menu folds again after a choice'));
      await assertAccessible(page, '/cijfers at 320 px');
    });
    for (const [user, paths] of ROLE_PAGES)
      await withBrowser({ mobile: true }, async ({ page }) => {
        await logIn(page, portal.url, user);
        await page.setViewportSize({ width: 320, height: 640 });
        for (const path of paths) await fitsAt320(page, path, `${user}${path.replaceAll('/', '-')}`);
      });
  });
});
