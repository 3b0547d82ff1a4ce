/**
 * Consultation in the browser: a chain employee finds a person by SKN, BSN,
 * or surname and birth date, reads the status and the timeline, and every
 * look lands in the processing log. Real service, real store, Chromium, axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  logIn,
  type Portal,
  screenshot,
  startPortal,
  withBrowser,
} from '../helpers/portal.ts';

describe('consultation in the portal', () => {
  let portal: Portal;
  /** A person of the demo with more than one detention, one of them in another sector or with a transfer. */
  let person: { skn: string; bsn: string; surname: string; givenNames: string; birthDate: string };

  before(async () => {
    portal = await startPortal();
    const found = await sql<typeof person>`
      SELECT p.skn, p.bsn, p.surname, p.given_names AS "givenNames", to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate"
      FROM persons p
      JOIN detention_episodes e ON e.skn = p.skn
      WHERE p.bsn IS NOT NULL
      GROUP BY p.skn
      HAVING count(*) >= 2
      ORDER BY p.skn
      LIMIT 1`.execute(portal.store.db);
    const row = found.rows[0];
    assert.ok(row, 'the demo has a person with two detentions');
    person = row;
  });
  after(async () => {
    await portal.close();
  });

  const processings = async () =>
    Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM processing_log`.execute(portal.store.db)).rows[0]
        ?.n,
    );

  /** Every address the page went to or asked for, and every Referer it sent. */
  const recordAddresses = (page: Page): string[] => {
    const seen: string[] = [];
    page.on('request', (request) => {
      seen.push(request.url());
      const referer = request.headers().referer;
      if (referer) seen.push(referer);
    });
    page.on('framenavigated', (frame) => seen.push(frame.url()));
    return seen;
  };

  /** Searches `skn` on the search page and opens the one person found. */
  const openPerson = async (page: Page, skn: string) => {
    await page.goto(`${portal.url}/raadplegen`);
    await page.getByLabel('SKN', { exact: true }).fill(skn);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByRole('table', { name: /1 persoon gevonden/ })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 2, name: 'Detentieverloop' }).waitFor();
  };

  it('finds a person by SKN and shows status and timeline, and logs both looks', async () => {
    await withBrowser({}, async ({ page }) => {
      const addresses = recordAddresses(page);
      await logIn(page, portal.url, 'raadpleger');
      await page.getByRole('link', { name: 'Raadplegen', exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Persoon zoeken' }).waitFor();
      await assertAccessible(page, 'the search page');
      await screenshot(page, 'raadplegen-zoeken');
      const before = await processings();

      await page.getByLabel('SKN', { exact: true }).fill(person.skn);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      const results = page.getByRole('table', { name: /1 persoon gevonden/ });
      await results.waitFor();
      assert.equal(await results.getByRole('row').count(), 2, 'a header row and one person');
      await assertAccessible(page, 'the search results');
      await screenshot(page, 'raadplegen-resultaat');

      await results.getByRole('link').click();
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      assert.match(await heading.innerText(), new RegExp(person.surname));
      assert.ok(
        await heading.evaluate((h) => h === document.activeElement),
        'focus moves to the page heading',
      );
      await page.getByText('Deze raadpleging is vastgelegd in het logboek dataverwerkingen.').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Huidige status' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Detentieverloop' }).waitFor();
      const episodes = page.getByRole('table', { name: 'Gebeurtenissen in deze detentie' });
      assert.ok((await episodes.count()) >= 2, 'one timeline per detention');
      assert.match(await episodes.first().innerText(), /Insluiting/);
      await assertAccessible(page, 'the person view');
      await screenshot(page, 'raadplegen-persoonsbeeld');

      assert.ok((await processings()) >= before + 2, 'the search and the view are in the processing log');
      assert.ok(!page.url().includes(person.bsn), 'no BSN in the address bar');
      assert.match(new URL(page.url()).pathname, /^\/raadplegen\/persoon\/[A-Za-z0-9_-]{22}$/);
      assert.ok(
        addresses.some((u) => u.endsWith('/api/v1/personen/raadplegen')),
        'the view was read by its POST',
      );

      // Back to the results: shown from memory, not searched (and logged) again.
      const logged = await processings();
      await page.getByRole('link', { name: 'Terug naar zoeken' }).last().click();
      await page.getByRole('table', { name: /1 persoon gevonden/ }).waitFor();
      assert.equal(await processings(), logged);
      await page.goBack();
      await page.goForward();
      assert.deepEqual(
        addresses.filter((u) => u.includes(person.skn) || u.includes(person.bsn)),
        [],
        'no SKN or BSN in any address, history entry or Referer',
      );
    });
  });

  it('keeps a person link for this user and tab only, and says in Dutch when it has expired', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'raadpleger');
      await openPerson(page, person.skn);
      const link = page.url();
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Detentieverloop' }).waitFor();

      const views: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/personen/raadplegen')) views.push(request.url());
      });
      // Thirty minutes later: the entry behind the handle has passed its expiry.
      await page.evaluate(() => {
        const key = 'kz.persoonsverwijzingen';
        const entries = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<
          string,
          { expiresAt: number }
        >;
        for (const entry of Object.values(entries)) entry.expiresAt = Date.now() - 1;
        sessionStorage.setItem(key, JSON.stringify(entries));
      });
      await page.goto(link);
      await page.getByRole('heading', { level: 1, name: 'Link verlopen' }).waitFor();
      await page.getByText('alleen in dit tabblad, voor uzelf en gedurende 30 minuten').waitFor();
      await assertAccessible(page, 'an expired person link');
      await screenshot(page, 'raadplegen-link-verlopen');
      assert.deepEqual(views, [], 'an expired link reads nobody');
      await page.getByRole('link', { name: 'Zoek de persoon opnieuw' }).click();
      await page.getByRole('heading', { level: 1, name: 'Persoon zoeken' }).waitFor();

      // The same address in another tab knows nothing: the handle lives in this tab only.
      const other = await page.context().newPage();
      await other.goto(link);
      await other.getByRole('heading', { level: 1, name: 'Link verlopen' }).waitFor();
    });
  });

  it('finds a person by BSN without putting the BSN in any URL', async () => {
    await withBrowser({}, async ({ page }) => {
      const urls: string[] = [];
      page.on('request', (request) => urls.push(request.url()));
      await logIn(page, portal.url, 'raadpleger');
      await page.goto(`${portal.url}/raadplegen`);
      await page.getByLabel('Burgerservicenummer (BSN)').check();
      await page.getByLabel('BSN', { exact: true }).fill(person.bsn);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('table', { name: /1 persoon gevonden/ }).waitFor();
      assert.deepEqual(
        urls.filter((u) => u.includes(person.bsn)),
        [],
      );
    });
  });

  it('finds a person by surname and birth date, and explains a bad BSN and an empty result', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'raadpleger');
      await page.goto(`${portal.url}/raadplegen`);
      await page.getByLabel('Achternaam en geboortedatum').check();
      // Without its tussenvoegsel, as the API allows.
      await page
        .getByLabel('Achternaam', { exact: true })
        .fill(person.surname.split(' ').at(-1) ?? person.surname);
      const [year, month, day] = person.birthDate.split('-');
      const birth = page.getByRole('group', { name: 'Geboortedatum' });
      await birth.getByLabel('Dag').fill(day ?? '');
      await birth.getByLabel('Maand').fill(month ?? '');
      await birth.getByLabel('Jaar').fill(year ?? '');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page
        .getByRole('table', { name: /gevonden/ })
        .getByRole('link', { name: new RegExp(person.surname) })
        .waitFor();

      await page.getByLabel('Burgerservicenummer (BSN)').check();
      await page.getByLabel('BSN', { exact: true }).fill('123456789');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('voldoet niet aan de elfproef').waitFor();

      await page.getByLabel('BSN', { exact: true }).fill('12345');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Een BSN bestaat uit 9 cijfers.').waitFor();
      assert.ok(
        await page.getByLabel('BSN', { exact: true }).evaluate((input) => input === document.activeElement),
        'focus goes to the field in error',
      );
      await assertAccessible(page, 'the search form with an error');

      await page.getByLabel('Strafrechtketennummer (SKN)').check();
      await page.getByLabel('SKN', { exact: true }).fill('99999990');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Geen persoon gevonden.').waitFor();
      await screenshot(page, 'raadplegen-geen-resultaat');
    });
  });

  it('has no page for an SKN typed into the address bar, and no person behind a made-up handle', async () => {
    await withBrowser({}, async ({ page }) => {
      const views: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/v1/personen')) views.push(request.url());
      });
      await logIn(page, portal.url, 'raadpleger');
      await page.goto(`${portal.url}/raadplegen/${person.skn}`);
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
      await page.goto(`${portal.url}/raadplegen/persoon/${person.skn}`);
      await page.getByRole('heading', { level: 1, name: 'Link verlopen' }).waitFor();
      await page.goto(`${portal.url}/raadplegen/persoon/AAAAAAAAAAAAAAAAAAAAAA`);
      await page.getByRole('heading', { level: 1, name: 'Link verlopen' }).waitFor();
      assert.deepEqual(views, [], 'nobody was read');
    });
  });

  it('reads well on a phone: the person view does not scroll sideways', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await logIn(page, portal.url, 'raadpleger');
      await openPerson(page, person.skn);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
      await assertAccessible(page, 'the person view on a phone');
      await screenshot(page, 'raadplegen-persoonsbeeld-telefoon');
    });
  });
});
