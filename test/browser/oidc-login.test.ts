/**
 * Login through an OpenID Connect provider, in the browser: the login page
 * offers it only when it is configured, and a user linked at the provider
 * comes back logged in, on the page they asked for.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser } from '../../src/access/index.ts';
import { startTestProvider, type TestProvider } from '../helpers/oidc-provider.ts';
import { assertAccessible, freePort, type Portal, startPortal, withBrowser } from '../helpers/portal.ts';

describe('OIDC login in the portal', () => {
  let provider: TestProvider;
  let portal: Portal;
  before(async () => {
    const port = await freePort();
    const redirectUri = `http://localhost:${port}/api/v1/oidc/callback`;
    provider = await startTestProvider({ redirectUri, subject: 'sub-raadpleger-2' });
    portal = await startPortal({
      port,
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        redirectUri,
        scopes: 'openid profile email',
      },
    });
    await createUser(portal.store.db, {
      username: 'raadpleger.oidc',
      displayName: 'Olga OIDC (Reclassering)',
      organisation: '3RO',
      roles: ['consultation'],
      oidcIssuer: provider.issuer,
      oidcSubject: 'sub-raadpleger-2',
    });
  });
  after(async () => {
    await portal?.close();
    await provider?.close();
  });

  it('logs a linked user in through the provider and returns to the page they asked for', async () => {
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${portal.url}/raadplegen`);
      const button = page.getByRole('link', { name: 'Inloggen met uw organisatie-account' });
      await button.waitFor();
      await assertAccessible(page, 'the login page with OIDC');
      await button.click();
      await page.getByRole('heading', { level: 1, name: 'Persoon zoeken' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/raadplegen');
      await page.getByText('Olga OIDC (Reclassering)').waitFor();
    });
  });

  it('after login goes to the start page, not to another site, when the return address only looks like a path', async () => {
    for (const terug of [
      '/..//evil.example',
      '/%2e%2e//evil.example',
      '/x/../..//evil.example',
      '/\\evil.example',
    ]) {
      provider.subject = 'sub-raadpleger-2';
      await withBrowser({}, async ({ page }) => {
        const hosts = new Set<string>();
        page.on('request', (request) => hosts.add(new URL(request.url()).hostname));
        // As an attacker would put it in a link: the value as typed, not encoded.
        await page.goto(`${portal.url}/inloggen?terug=${terug}`);
        const button = page.getByRole('link', { name: 'Inloggen met uw organisatie-account' });
        await button.waitFor();
        const href = new URL(String(await button.getAttribute('href')), portal.url);
        assert.equal(href.searchParams.get('returnTo'), '/', terug);
        await button.click();
        await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
        assert.equal(new URL(page.url()).origin, portal.url, terug);
        assert.equal(new URL(page.url()).pathname, '/', terug);
        assert.ok(!hosts.has('evil.example'), `${terug}: the browser never asked evil.example for anything`);
      });
    }
  });

  it('tells a provider account that is linked to nobody that it cannot log in here', async () => {
    provider.subject = 'sub-unknown';
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${portal.url}/inloggen`);
      await page.getByRole('link', { name: 'Inloggen met uw organisatie-account' }).click();
      await page
        .getByRole('alert')
        .getByText(/niet gekoppeld aan een gebruiker van Ketenzicht/)
        .waitFor();
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Inloggen');
      await assertAccessible(page, 'the login page after a refused OIDC login');
    });
  });
});
