/**
 * The portal's frame in a real browser: login, logout, lock-out, session
 * expiry, the way back after login, keyboard use, small screens, unknown
 * pages, and how the service serves the portal's files.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createUser, hashPassword } from '../../src/access/index.ts';
import {
  assertAccessible,
  DEMO_PASSWORD,
  logIn,
  type Portal,
  screenshot,
  startPortal,
  withBrowser,
} from '../helpers/portal.ts';

describe('the portal', () => {
  let portal: Portal;
  before(async () => {
    portal = await startPortal();
  });
  after(async () => {
    await portal.close();
  });

  it('sends someone who is not logged in to the login page, and back to where they were after login', async () => {
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${portal.url}/raadplegen`);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      assert.match(page.url(), /\/inloggen\?terug=%2Fraadplegen$/);
      await assertAccessible(page, 'the login page');
      await screenshot(page, 'portaal-inloggen');

      await page.getByLabel('Gebruikersnaam').fill('raadpleger');
      await page.getByLabel('Wachtwoord').fill('not the password');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page
        .getByRole('alert')
        .getByText(/^De gebruikersnaam of het wachtwoord is onjuist, of er is te vaak/)
        .waitFor();
      await assertAccessible(page, 'the login page with an error');

      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Persoon zoeken' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/raadplegen');
    });
  });

  it('does not follow a return address to another site after login, however it is written', async () => {
    for (const terug of [
      '//evil.example/',
      '/..//evil.example',
      '/%2e%2e//evil.example',
      '/.//evil.example',
    ]) {
      await withBrowser({}, async ({ page }) => {
        const hosts = new Set<string>();
        page.on('request', (request) => hosts.add(new URL(request.url()).hostname));
        await page.goto(`${portal.url}/inloggen?terug=${terug}`);
        await page.getByLabel('Gebruikersnaam').fill('raadpleger');
        await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
        assert.equal(new URL(page.url()).origin, portal.url, terug);
        assert.equal(new URL(page.url()).pathname, '/', terug);
        assert.ok(!hosts.has('evil.example'), terug);
      });
    }
  });

  it('after repeated failures says only that the login failed or was tried too often, not that the account is locked', async () => {
    await createUser(portal.store.db, {
      username: 'vergeetachtig',
      displayName: 'Vera Vergeetachtig',
      organisation: '3RO',
      roles: ['consultation'],
      passwordHash: await hashPassword(DEMO_PASSWORD),
    });
    const neutral =
      /^De gebruikersnaam of het wachtwoord is onjuist, of er is te vaak geprobeerd in te loggen\. Controleer uw gegevens of probeer het later opnieuw\.$/;
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${portal.url}/inloggen`);
      await page.getByLabel('Gebruikersnaam').fill('vergeetachtig');
      for (let attempt = 1; attempt <= 5; attempt++) {
        await page.getByLabel('Wachtwoord').fill(`wrong ${attempt}`);
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await page.getByRole('button', { name: 'Inloggen' }).waitFor();
      }
      await page.getByRole('alert').getByText(neutral).waitFor();
      // The right password does not help from this address while it is locked, and the page says no more.
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/sessie') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Inloggen' }).click(),
      ]);
      assert.equal(answer.status(), 401);
      await page.getByRole('alert').getByText(neutral).waitFor();
      const alert = await page.getByRole('alert').innerText();
      assert.doesNotMatch(alert, /geblokkeerd|weer inloggen na|\d{1,2}:\d{2}/);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Inloggen');
      await assertAccessible(page, 'the login page after repeated failures');
      await screenshot(page, 'portaal-te-vaak-geprobeerd');
    });
  });

  it('logs out: the session ends on the server and the pages ask for a login again', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'raadpleger');
      const sessions = async () =>
        Number(
          (await sql<{ n: string }>`SELECT count(*) AS n FROM sessions`.execute(portal.store.db)).rows[0]?.n,
        );
      const open = await sessions();
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByText('U bent uitgelogd.').waitFor();
      assert.equal(await sessions(), open - 1);
      await page.goto(`${portal.url}/raadplegen`);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    });
  });

  it('says so when the session has expired, and nothing of the page stays on screen', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'raadpleger');
      await page.getByRole('link', { name: 'Raadplegen', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Persoon zoeken' }).waitFor();
      await sql`UPDATE sessions SET expires_at = now() - interval '1 minute'`.execute(portal.store.db);
      // The service trusts a checked session for five seconds (src/access/sessions.ts).
      await new Promise((resolve) => setTimeout(resolve, 5_200));
      await page.getByLabel('SKN', { exact: true }).fill('10000004');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Uw sessie is verlopen. Log opnieuw in om verder te werken.').waitFor();
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Inloggen');
      await assertAccessible(page, 'the login page after the session expired');
      await screenshot(page, 'portaal-sessie-verlopen');

      // Logging in again brings the user back to the search.
      await page.getByLabel('Gebruikersnaam').fill('raadpleger');
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Persoon zoeken' }).waitFor();
    });
  });

  it('works with the keyboard alone: skip link, login, menu', async () => {
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${portal.url}/inloggen`);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Naar de hoofdinhoud' });
      assert.ok(await skip.evaluate((a) => a === document.activeElement), 'the skip link comes first');
      assert.ok(await skip.isVisible(), 'the skip link shows when it has focus');

      await page.getByLabel('Gebruikersnaam').focus();
      await page.keyboard.type('raadpleger');
      await page.keyboard.press('Tab');
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();

      // Tab through the page until the menu's "Raadplegen" has focus, then follow it.
      let found = false;
      for (let i = 0; i < 15 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(
          () =>
            document.activeElement?.textContent === 'Raadplegen' && document.activeElement.tagName === 'A',
        );
      }
      assert.ok(found, 'the menu can be reached with Tab');
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 1, name: 'Persoon zoeken' });
      await heading.waitFor();
      assert.ok(await heading.evaluate((h) => h === document.activeElement), 'focus moves to the new page');
    });
  });

  it('reflows at 400% zoom (320 CSS pixels): nothing scrolls sideways', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${portal.url}/inloggen`);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok((await overflow()) <= 0, 'the login page fits');
      await logIn(page, portal.url, 'operator');
      assert.ok((await overflow()) <= 0, 'the start page fits');
      await assertAccessible(page, 'the start page at 320 pixels');
      await screenshot(page, 'portaal-start-320px');
    });
  });

  it('shows its own page for an unknown address, and keeps API errors as problem+json', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'raadpleger');
      await page.goto(`${portal.url}/bestaat/niet`);
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
      await assertAccessible(page, 'the not-found page');
    });
    const api = await fetch(`${portal.url}/api/v1/bestaat-niet`);
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type') ?? '', /application\/problem\+json/);
    const asset = await fetch(`${portal.url}/assets/bestaat-niet.js`);
    assert.equal(asset.status, 404);
  });

  it('serves the portal with a strict content security policy and caches only the hashed files', async () => {
    const response = await fetch(`${portal.url}/berichtenbox/bij`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    const html = await response.text();
    assert.doesNotMatch(html, /<script>/, 'no inline script');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, 'the page loads a hashed script');
    const asset = await fetch(`${portal.url}${script}`);
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });
});
