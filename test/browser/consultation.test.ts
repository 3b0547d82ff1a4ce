/**
 * Consultation in the browser: a chain employee finds a person by SKN, BSN,
 * or surname and birth date, reads the status and the timeline, and every
 * look lands in the processing log. Real service, real store, Chromium, axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
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

  it('finds a person by SKN and shows status and timeline, and logs both looks', async () => {
    await withBrowser({}, async ({ page }) => {
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

      // Back to the results: shown from memory, not searched (and logged) again.
      const logged = await processings();
      await page.getByRole('link', { name: 'Terug naar zoeken' }).last().click();
      await page.getByRole('table', { name: /1 persoon gevonden/ }).waitFor();
      assert.equal(await processings(), logged);
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
      await page.getByLabel('Geboortedatum', { exact: true }).fill(person.birthDate);
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

  it('shows "not found" for an SKN nobody has, typed into the address bar', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'raadpleger');
      await page.goto(`${portal.url}/raadplegen/99999990`);
      await page.getByRole('heading', { level: 1, name: 'Persoon niet gevonden' }).waitFor();
      await assertAccessible(page, 'a person not found');
    });
  });

  it('reads well on a phone: the person view does not scroll sideways', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await logIn(page, portal.url, 'raadpleger');
      await page.goto(`${portal.url}/raadplegen/${person.skn}`);
      await page.getByRole('heading', { level: 2, name: 'Detentieverloop' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
      await assertAccessible(page, 'the person view on a phone');
      await screenshot(page, 'raadplegen-persoonsbeeld-telefoon');
    });
  });
});
