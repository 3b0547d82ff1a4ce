/**
 * A visitor of the public dashboard on the demo, as `npm start` publishes
 * it (the demo simulation's release, built here as the service builds it):
 * told at the top of every page that the figures are synthetic, shown no
 * run-in years, led from a figure to its definition as a page of the portal,
 * offered the footer pages a government site needs, and able to find
 * "Inloggen" in the menu. Real service, Chromium, axe at desktop and 320 px.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { loadDemoStatistics } from '../../src/cli/demo.ts';
import { defaultReferenceCatalog } from '../../src/reference/index.ts';
import { currentRelease } from '../../src/statistics/index.ts';
import { assertAccessible, type Portal, screenshot, startPortal, withBrowser } from '../helpers/portal.ts';

const SYNTHETIC = 'Let op: dit zijn geen echte cijfers';

/** The footer's pages: the link's name and the page's title. */
const FOOTER_PAGES = [
  ['Toegankelijkheid', 'Toegankelijkheidsverklaring'],
  ['Privacy', 'Privacyverklaring'],
  ['Contact', 'Contact'],
] as const;

/** The elements that stick out of the window on the right (none when the page does not scroll sideways). */
const sticksOut = (page: Page) =>
  page.evaluate(() => {
    if (document.documentElement.scrollWidth <= document.documentElement.clientWidth) return [];
    const width = document.documentElement.clientWidth;
    // An element inside a region that scrolls on its own (a wide table) does not widen the page.
    const clipped = (e: Element) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true;
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !clipped(e))
      .slice(-5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`);
  });

async function waitForFigures(page: Page) {
  await page.waitForFunction(() => !document.querySelector('.kz-main [role="status"][aria-live]'));
}

describe('a visitor of the public dashboard on the demo', () => {
  let portal: Portal;
  const dasDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-public-das-'));

  before(async () => {
    await loadDemoStatistics(
      { dataDir: dasDir, dasDir, dasPseudonymKey: 'public-dashboard-test-key-0123456789abcdef' },
      defaultReferenceCatalog(),
      pino({ level: 'silent' }),
    );
    const dasPublished = currentRelease(dasDir);
    assert.ok(dasPublished, 'the demo release is published');
    portal = await startPortal({ dasPublished });
  });
  after(async () => {
    await portal?.close();
    fs.rmSync(dasDir, { recursive: true, force: true });
  });

  it('is told the figures are synthetic, sees no run-in year, and opens a figure’s definition', async () => {
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${portal.url}/cijfers`);
      await page.getByRole('heading', { level: 1, name: 'Cijfers over de strafrechtketen' }).waitFor();
      await page.getByText(SYNTHETIC).waitFor();
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await menu.getByRole('link', { name: 'Inloggen' }).waitFor();
      const crimes = page.locator('.kz-dash-card').filter({ hasText: 'Opsporing' });
      await crimes.getByText(/Geregistreerde misdrijven, 2025/).waitFor();
      await waitForFigures(page);
      await assertAccessible(page, '/cijfers with the synthetic-data notice');
      await screenshot(page, 'issue14-visitor-desktop');

      await page.goto(`${portal.url}/cijfers/opsporing`);
      await page.getByText(SYNTHETIC).waitFor();
      await waitForFigures(page);
      // The simulation's run-in (2021–2023: near zero, all cleared) is not published: the demo's years are 2024 and 2025.
      const meta = await (await fetch(`${portal.url}/api/v1/open-data/tables/misdrijven`)).json();
      const years = meta.dimensions.find((d: { id: string }) => d.id === 'jaar');
      assert.deepEqual(
        years.codes.map((c: { code: string }) => c.code),
        ['T', '2024', '2025'],
      );
      const definition = page.getByRole('link', { name: /Volledige definitie van/ }).first();
      assert.equal(await definition.getAttribute('href'), '/cijfers/definities#misdrijven');
      await definition.click();
      await page.waitForURL(/\/cijfers\/definities#misdrijven$/);
      await page.getByRole('heading', { level: 1, name: 'Definities van de cijfers' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'misdrijven' }).waitFor();
      await page.getByText(SYNTHETIC).waitFor();
      assert.ok(
        await page
          .getByText('the number of crimes the police registered in the year', { exact: false })
          .isVisible(),
        'the definition itself is on the page',
      );
      await assertAccessible(page, '/cijfers/definities');
    });
  });

  it('finds the accessibility statement, the privacy statement and contact in the footer', async () => {
    await withBrowser({}, async ({ page }) => {
      for (const [link, title] of FOOTER_PAGES) {
        await page.goto(`${portal.url}/cijfers`);
        await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await assertAccessible(page, title);
      }
    });
  });

  it('works at 320 px: the notice, the menu with Inloggen, the definitions, nothing cut off', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 740 });
      await page.goto(`${portal.url}/cijfers`);
      await page.getByText(SYNTHETIC).waitFor();
      await waitForFigures(page);
      const menuButton = page.getByRole('button', { name: 'Menu' });
      if (await menuButton.isVisible()) await menuButton.click();
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Inloggen' })
        .waitFor();
      assert.deepEqual(await sticksOut(page), [], '/cijfers scrolls sideways at 320 px');
      await assertAccessible(page, '/cijfers at 320 px');
      await screenshot(page, 'issue14-visitor-phone');
      await page.goto(`${portal.url}/cijfers/definities`);
      await page.getByRole('heading', { level: 1, name: 'Definities van de cijfers' }).waitFor();
      assert.deepEqual(await sticksOut(page), [], '/cijfers/definities scrolls sideways at 320 px');
      await assertAccessible(page, '/cijfers/definities at 320 px');
    });
  });
});
