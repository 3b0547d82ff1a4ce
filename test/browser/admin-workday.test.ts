/**
 * The administrator's working day in a real browser, over the demo data
 * (issue 14, item 4): a password reset whose temporary password the user
 * must replace at login before anything else, after which they work, and
 * which the user's history then shows; no reset offered for someone who
 * logs in through their organisation; the organisations with their users
 * and participation; the data-subject report by BSN and by SKN. axe on every page, at desktop and at 320 px.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/access/index.ts';
import {
  assertAccessible,
  logIn,
  type Portal,
  screenshot,
  startPortal,
  withBrowser,
} from '../helpers/portal.ts';
import { assertCards } from './cards.ts';

const OWN_PASSWORD = 'mijn eigen sterke wachtwoord';

let portal: Portal;

before(async () => {
  portal = await startPortal();
});

after(async () => {
  await portal?.close();
});

const userId = async (username: string) =>
  (
    await portal.store.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;

/** No sideways scrolling at 320 CSS pixels (WCAG 1.4.10), and no axe violations there. */
async function fitsPhone(page: Page, what: string) {
  await page.setViewportSize({ width: 320, height: 740 });
  const [width, viewport] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  assert.ok(width <= viewport, `${what} scrolls sideways at 320 pixels: ${width} > ${viewport}`);
  await assertAccessible(page, `${what} at 320 px`);
}

describe('Beheer: a working day', () => {
  test('the administrator resets a password; the user must choose their own at login, then works', async () => {
    const id = await userId('raadpleger');
    let temporary = '';
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'beheerder');
      await page.goto(`${portal.url}/beheer`);
      await page.locator('.kz-admin-table').getByRole('link', { name: 'raadpleger', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Gebruiker raadpleger' }).waitFor();
      await assertAccessible(page, 'a user');
      await page.getByRole('button', { name: 'Wachtwoord herstellen' }).click();
      const code = page.locator('.kz-admin-temporary');
      await code.waitFor();
      temporary = await code.innerText();
      assert.match(temporary, /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      await assertAccessible(page, 'a user after a reset');
      await screenshot(page, 'issue14-administrator-desktop');
      const audit = await portal.store.db
        .selectFrom('audit_log')
        .select(['action', 'username'])
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      assert.equal(audit.username, 'beheerder');
      assert.match(audit.action, new RegExp(`^user-password-reset:${id}\\b`));
      assert.ok(!audit.action.includes(temporary), 'no password in the audit log');

      // The user's history names the reset first, with who did it.
      const history = page.getByRole('region', { name: 'Geschiedenis' });
      await history.getByRole('listitem').first().filter({ hasText: 'Wachtwoord hersteld' }).waitFor();
      assert.match(await history.getByRole('listitem').first().innerText(), /door beheerder \(JUSTID\)/);

      // Someone who logs in through their organisation gets no reset here; the rest stays.
      const oidc = await createUser(portal.store.db, {
        username: 'o.oidc',
        displayName: 'Olga via de eigen organisatie',
        organisation: '3RO',
        roles: ['consultation'],
        oidcIssuer: 'https://login.example.nl',
        oidcSubject: 'olga',
      });
      await page.goto(`${portal.url}/beheer/gebruikers/${oidc.id}`);
      await page.getByRole('heading', { level: 1, name: 'Gebruiker o.oidc' }).waitFor();
      await page.getByText('Deze gebruiker logt in via de eigen organisatie.').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Wachtwoord herstellen' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Deactiveren' }).count(), 1);
      await assertAccessible(page, 'a user who logs in through their organisation');
    });
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${portal.url}/inloggen`);
      await page.getByLabel('Gebruikersnaam').fill('raadpleger');
      await page.getByLabel('Wachtwoord').fill(temporary);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kies een eigen wachtwoord' }).waitFor();
      await assertAccessible(page, 'the forced password change');
      // Any other page sends the user back here until the password is changed.
      await page.goto(`${portal.url}/raadplegen`);
      await page.getByRole('heading', { level: 1, name: 'Kies een eigen wachtwoord' }).waitFor();
      await page.getByLabel('Tijdelijk wachtwoord').fill(temporary);
      await page.getByLabel('Nieuw wachtwoord').fill('te kort');
      await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('te kort');
      await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
      await page.getByText('Een wachtwoord heeft minstens 12 tekens.').first().waitFor();
      await page.getByLabel('Nieuw wachtwoord').fill(OWN_PASSWORD);
      await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(OWN_PASSWORD);
      await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Kies een eigen wachtwoord' })
        .waitFor({ state: 'detached' });
      assert.equal(new URL(page.url()).pathname, '/raadplegen', 'on to the page they came for');
      assert.notEqual(await page.getByRole('heading', { level: 1 }).first().innerText(), 'Geen toegang');
    });
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'raadpleger', OWN_PASSWORD);
    });
  });

  test('the organisations page lists organisations with their users and participation', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'beheerder');
      await page.goto(`${portal.url}/beheer`);
      await page.getByRole('link', { name: 'Organisaties met hun gebruikers en deelname' }).click();
      await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
      await page.getByLabel('Zoek een organisatie').fill('GM0363');
      const row = page.locator('tr', { has: page.locator('th', { hasText: 'Gemeente Amsterdam' }) });
      await row.waitFor();
      assert.match(await row.innerText(), /bij\.amsterdam|BIJ/i);
      await assertAccessible(page, 'Organisaties');
      await fitsPhone(page, 'Organisaties');
      await assertCards(page, 'Organisaties at 320 px');
    });
  });

  test('the data-subject report by BSN and by SKN shows the processing-log rows, itself logged', async () => {
    const person = await portal.store.db
      .selectFrom('persons')
      .select(['skn', 'bsn'])
      .where('bsn', 'is not', null)
      .orderBy('skn')
      .limit(1)
      .executeTakeFirstOrThrow();
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'beheerder');
      const bodies: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/v1/verwerkingen/betrokkene') {
          assert.equal(request.method(), 'POST');
          assert.ok(!request.url().includes(person.skn), 'never in the URL');
          bodies.push(request.postData() ?? '');
        }
      });
      await page.goto(`${portal.url}/beheer`);
      await page.getByRole('link', { name: 'Overzicht voor een betrokkene maken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inzageverzoek betrokkene' }).waitFor();
      await page.getByLabel('BSN of SKN').fill(person.skn);
      await page.getByRole('button', { name: 'Overzicht maken' }).click();
      await page.getByText(`voor SKN ${person.skn}.`).first().waitFor();
      await page.getByLabel('BSN of SKN').fill(person.bsn ?? '');
      await page.getByRole('button', { name: 'Overzicht maken' }).click();
      const table = page.getByRole('table');
      await table.getByText('Overzicht van verwerkingen voor een betrokkene').first().waitFor();
      assert.deepEqual(
        bodies.map((b) => Object.keys(JSON.parse(b))),
        [['skn'], ['bsn']],
      );
      await assertAccessible(page, 'Inzageverzoek betrokkene');
      await fitsPhone(page, 'Inzageverzoek betrokkene');
      await assertCards(page, 'Inzageverzoek betrokkene at 320 px');
    });
  });

  test('at phone width a user page fits and passes axe', async () => {
    const id = await userId('bij.amsterdam');
    await withBrowser({ mobile: true }, async ({ page }) => {
      await logIn(page, portal.url, 'beheerder');
      await page.goto(`${portal.url}/beheer/gebruikers/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Gebruiker bij.amsterdam' }).waitFor();
      await fitsPhone(page, 'a user');
      await screenshot(page, 'issue14-administrator-phone');
    });
  });
});
