/**
 * Whatever address a user types, a page their role does not cover shows
 * "Geen toegang" and asks the API for none of its data. Every demo user
 * against every section of the portal, in Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assertAccessible,
  logIn,
  type Portal,
  screenshot,
  startPortal,
  withBrowser,
} from '../helpers/portal.ts';

/** Each section's pages (a list and a detail), and the role that opens them. */
const SECTIONS = [
  { role: 'consultation', pages: ['/raadplegen', '/raadplegen/persoon/AAAAAAAAAAAAAAAAAAAAAA'] },
  { role: 'bij-officer', pages: ['/berichtenbox/bij', '/berichtenbox/bij/1'] },
  { role: 'reintegration-officer', pages: ['/berichtenbox/re-integratie', '/berichtenbox/re-integratie/1'] },
  { role: 'victim-desk-officer', pages: ['/berichtenbox/slachtoffers', '/berichtenbox/slachtoffers/1'] },
  {
    role: 'justid-operator',
    pages: [
      '/operaties',
      '/operaties/bij-controle',
      '/operaties/wachtrij',
      '/operaties/uitleg',
      '/operaties/logboeken',
    ],
  },
  { role: 'administrator', pages: ['/beheer'] },
] as const;

/** The demo users (src/cli/demo.ts) and their one role. */
const USERS = [
  { username: 'raadpleger', role: 'consultation' },
  { username: 'bij.amsterdam', role: 'bij-officer' },
  { username: 'nazorg.rotterdam', role: 'reintegration-officer' },
  { username: 'slachtofferloket', role: 'victim-desk-officer' },
  { username: 'operator', role: 'justid-operator' },
  { username: 'beheerder', role: 'administrator' },
] as const;

/** API calls any page may make: the session and the public reference data. */
const HARMLESS = /\/api\/v1\/(sessie|reference\/)/;

describe('pages outside a role', () => {
  let portal: Portal;
  before(async () => {
    portal = await startPortal();
  });
  after(async () => {
    await portal.close();
  });

  for (const user of USERS) {
    it(`shows ${user.username} "Geen toegang" on every other section, without asking for its data`, async () => {
      await withBrowser({}, async ({ page }) => {
        await logIn(page, portal.url, user.username);
        const menu = await page
          .getByRole('navigation', { name: 'Hoofdmenu' })
          .getByRole('link')
          .allInnerTexts();
        // Besides the sections, every user's own account: changing the password.
        assert.ok(menu.includes('Wachtwoord wijzigen'), `the menu offers the own password: ${menu}`);
        assert.equal(
          menu.filter((item) => item !== 'Wachtwoord wijzigen').length,
          3,
          `the menu offers Start, Cijfers and the one section of ${user.username}: ${menu}`,
        );
        const calls: string[] = [];
        page.on('request', (request) => {
          const url = request.url();
          if (url.includes('/api/') && !HARMLESS.test(url)) calls.push(`${request.method()} ${url}`);
        });
        for (const section of SECTIONS.filter((s) => s.role !== user.role)) {
          for (const path of section.pages) {
            await page.goto(`${portal.url}${path}`);
            await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
            assert.equal(await page.locator('table').count(), 0, `${path} shows no table`);
          }
        }
        assert.deepEqual(calls, [], 'no page asked the API for data outside the role');
        await assertAccessible(page, 'the "Geen toegang" page');
        if (user.username === 'raadpleger') await screenshot(page, 'portaal-geen-toegang');
      });
    });
  }
});
