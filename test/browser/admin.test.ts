/**
 * Beheer in a real browser, over the demo data: Justid's administrator lists
 * the users, filters them by organisation (kept in the URL), adds a user with
 * a role the organisation may hold, and is refused one that is taken or does
 * not fit; the log check is on the page too. Every page and state is checked
 * against WCAG 2.1 AA.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  logIn,
  type Portal,
  screenshot,
  startPortal,
  withBrowser,
} from '../helpers/portal.ts';
import { assertCards } from './cards.ts';

let portal: Portal;

before(async () => {
  portal = await startPortal();
});

after(async () => {
  await portal?.close();
});

/** The usernames in the users table, in its order. */
const listed = (page: Page) => page.locator('.kz-admin-table tbody th').allInnerTexts();

const isFocused = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((e) => e === document.activeElement);

const usersNamed = (username: string) =>
  portal.store.db
    .selectFrom('users')
    .select(['username', 'display_name', 'email', 'organisation', 'roles'])
    .where('username', '=', username)
    .execute();

describe('Beheer', () => {
  test('the administrator lists the users, filters them by organisation, adds a user, and is refused a taken username or a role the organisation may not hold', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'beheerder');
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/gebruikers')
          posts.push(request.url());
      });
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
      await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
      await page.locator('.kz-admin-table').waitFor();
      for (const heading of ['Gebruikers', 'Gebruiker toevoegen', 'Controle van de logboeken'])
        assert.equal(await page.getByRole('heading', { level: 2, name: heading }).count(), 1, heading);
      const everyone = await listed(page);
      for (const demo of ['raadpleger', 'bij.amsterdam', 'operator', 'beheerder'])
        assert.ok(everyone.includes(demo), `${demo} is listed`);
      const operatorRow = page.locator('tr', { has: page.locator('th', { hasText: /^operator$/ }) });
      assert.match(await operatorRow.innerText(), /Otto Operator \(Justid\)/);
      assert.match(await operatorRow.innerText(), /Justitiële Informatiedienst/);
      assert.match(await operatorRow.innerText(), /Operator Justid/, 'roles in Dutch');
      await page.getByText('Intact').first().waitFor();
      assert.equal(await page.getByText('Intact', { exact: true }).count(), 2, 'both logs are intact');
      await assertAccessible(page, 'Beheer');
      await screenshot(page, 'beheer');

      // Filter by organisation: the choice goes into the URL and survives a reload.
      await page.getByLabel('Toon gebruikers van').selectOption('GM0363');
      await page.getByRole('button', { name: 'Filteren' }).click();
      await page.waitForURL(/organisatie=GM0363/);
      await page.getByText('1 gebruiker van Gemeente Amsterdam.').waitFor();
      assert.deepEqual(await listed(page), ['bij.amsterdam']);
      await page.reload();
      await page.getByText('1 gebruiker van Gemeente Amsterdam.').waitFor();
      assert.equal(await page.getByLabel('Toon gebruikers van').inputValue(), 'GM0363');
      await assertAccessible(page, 'Beheer filtered by organisation');
      await screenshot(page, 'beheer-gefilterd');

      // Nothing filled in: every required field says so, the focus goes to the first, nothing is sent.
      await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
      await page.getByText('Vul een gebruikersnaam in.').first().waitFor();
      for (const message of [
        'Vul de naam van de gebruiker in.',
        'Kies de organisatie van de gebruiker.',
        'Kies minstens één rol.',
        'Vul een eerste wachtwoord in.',
      ])
        assert.ok((await page.getByText(message).count()) > 0, message);
      assert.equal(
        await isFocused(page, 'Gebruikersnaam'),
        true,
        'the focus goes to the first field in error',
      );
      assert.equal(
        await page.getByLabel('Gebruikersnaam', { exact: true }).getAttribute('aria-invalid'),
        'true',
      );
      await assertAccessible(page, 'the new-user form with its required fields missing');
      await screenshot(page, 'beheer-verplichte-velden');

      // A role the organisation may not hold: refused with the reason, nothing sent.
      await page.getByLabel('Gebruikersnaam', { exact: true }).fill('j.devries');
      await page.getByLabel('Naam', { exact: true }).fill('Jan de Vries (Gemeente Amsterdam)');
      await page.getByLabel('E-mailadres (niet verplicht)').fill('j.devries@amsterdam.example');
      await page.getByLabel('Organisatie', { exact: true }).selectOption('GM0363');
      await page.getByRole('checkbox', { name: 'Beheerder' }).check();
      await page.getByLabel('Eerste wachtwoord').fill('een-lang-genoeg-wachtwoord');
      await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
      await page
        .getByText('Beheerder past niet bij Gemeente Amsterdam. Alleen voor Justid.')
        .first()
        .waitFor();
      assert.equal(
        await page
          .getByRole('checkbox', { name: 'Raadplegen detentiegegevens' })
          .evaluate((e) => e === document.activeElement),
        true,
        'the focus goes to the roles',
      );
      assert.deepEqual(posts, [], 'a form with errors is not sent');
      assert.deepEqual(await usersNamed('j.devries'), []);
      await assertAccessible(page, 'a role the organisation may not hold');
      await screenshot(page, 'beheer-rol-past-niet');

      // With a role a municipality may hold, the user is added and appears in the table.
      await page.getByRole('checkbox', { name: 'Beheerder' }).uncheck();
      await page.getByRole('checkbox', { name: 'BIJ-functionaris' }).check();
      await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
      const added = page.getByRole('status').filter({ hasText: 'Gebruiker j.devries' });
      await added.waitFor();
      assert.match(await added.innerText(), /is toegevoegd aan Gemeente Amsterdam/);
      assert.equal(
        await page.locator('.kz-message').evaluate((e) => e === document.activeElement),
        true,
        'the focus goes to the success message',
      );
      await page.getByText('2 gebruikers van Gemeente Amsterdam.').waitFor();
      assert.deepEqual(await listed(page), ['bij.amsterdam', 'j.devries']);
      assert.match(
        await page.locator('tr', { has: page.locator('th', { hasText: 'j.devries' }) }).innerText(),
        /Jan de Vries.*Gemeente Amsterdam.*BIJ-functionaris.*j\.devries@amsterdam\.example/s,
      );
      assert.deepEqual(await usersNamed('j.devries'), [
        {
          username: 'j.devries',
          display_name: 'Jan de Vries (Gemeente Amsterdam)',
          email: 'j.devries@amsterdam.example',
          organisation: 'GM0363',
          roles: ['bij-officer'],
        },
      ]);
      assert.equal(
        await page.getByLabel('Gebruikersnaam', { exact: true }).inputValue(),
        '',
        'the form is empty again',
      );
      await assertAccessible(page, 'Beheer after adding a user');
      await screenshot(page, 'beheer-gebruiker-toegevoegd');

      // A username that is taken: the API refuses (409) and the form says so at the field.
      await page.getByLabel('Gebruikersnaam', { exact: true }).fill('operator');
      await page.getByLabel('Naam', { exact: true }).fill('Nog een operator');
      await page.getByLabel('Organisatie', { exact: true }).selectOption('JUSTID');
      await page.getByRole('checkbox', { name: 'Operator Justid' }).check();
      await page.getByLabel('Eerste wachtwoord').fill('een-lang-genoeg-wachtwoord');
      const refused = page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/gebruikers',
      );
      await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
      assert.equal((await refused).status(), 409);
      await page.getByText('Deze gebruikersnaam is al in gebruik. Kies een andere.').first().waitFor();
      assert.equal(await isFocused(page, 'Gebruikersnaam'), true, 'the focus goes to the username');
      assert.equal(
        await page.getByLabel('Gebruikersnaam', { exact: true }).getAttribute('aria-invalid'),
        'true',
      );
      assert.deepEqual(
        (await usersNamed('operator')).map((u) => u.display_name),
        ['Otto Operator (Justid)'],
        'the existing user is untouched',
      );
      await assertAccessible(page, 'a taken username');
      await screenshot(page, 'beheer-gebruikersnaam-bezet');

      await page.getByRole('button', { name: 'Opnieuw controleren' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /alle logboeken zijn intact/ })
        .waitFor();
    });
  });

  test('an operator who types the Beheer address sees "Geen toegang", and an administrator the operations desk, without asking the API', async () => {
    for (const [username, path] of [
      ['operator', '/beheer'],
      ['beheerder', '/operaties/wachtrij'],
    ] as const) {
      await withBrowser({}, async ({ page }) => {
        await logIn(page, portal.url, username);
        const asked: string[] = [];
        page.on('request', (request) => {
          const p = new URL(request.url()).pathname;
          if (/^\/api\/v1\/(operaties|gebruikers|organisaties)/.test(p)) asked.push(p);
        });
        await page.goto(`${portal.url}${path}`);
        await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
        await assertAccessible(page, `"Geen toegang" for ${username}`);
        await screenshot(page, `beheer-geen-toegang-${username}`);
        assert.deepEqual(asked, []);
      });
    }
  });

  test('at phone width Beheer fits the screen without sideways scrolling', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await logIn(page, portal.url, 'beheerder');
      await page.goto(`${portal.url}/beheer`);
      await page.locator('.kz-admin-table').waitFor();
      await page.getByText('Intact').first().waitFor();
      const [width, viewport] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      assert.ok(width <= viewport, `Beheer scrolls sideways at phone width: ${width} > ${viewport}`);
      // 320 CSS pixels: a small phone, or 1280 pixels at 400% zoom (WCAG 1.4.10).
      await page.setViewportSize({ width: 320, height: 740 });
      const [narrow, narrowViewport] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      assert.ok(
        narrow <= narrowViewport,
        `Beheer scrolls sideways at 320 pixels: ${narrow} > ${narrowViewport}`,
      );
      await assertCards(page, 'Beheer at 320 pixels');
      await assertAccessible(page, 'Beheer at phone width');
      await screenshot(page, 'beheer-telefoon');
    });
  });
});
