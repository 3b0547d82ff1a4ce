/**
 * Beheer, deelname gemeenten, in a real browser over the demo data: the
 * administrator finds the municipalities whose notices go to the operators,
 * opens one, is refused an overlapping registration and an end before the
 * start at their fields, ends a registration with a reason and registers a
 * new one with the mayor's authorisation. Checked against WCAG 2.1 AA.
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

/** A date as NL Design System asks for one (DateInput): dag, maand and jaar, in the fieldset named `legend`. */
async function fillDate(page: Page, legend: string, date: string) {
  const [day, month, year] = date.split(' ');
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Dag').fill(day ?? '');
  await group.getByLabel('Maand').fill(month ?? '');
  await group.getByLabel('Jaar').fill(year ?? '');
}

before(async () => {
  portal = await startPortal();
});

after(async () => {
  await portal?.close();
});

describe('Deelname gemeenten', () => {
  test('the administrator filters the municipalities, opens one, is refused bad input at the field, ends and registers participation', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'beheerder');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
      await page.getByRole('link', { name: 'Deelname gemeenten beheren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Deelname gemeenten' }).waitFor();
      await page.getByText('342 van 342 gemeenten.').waitFor();
      await assertAccessible(page, 'Deelname gemeenten');
      await screenshot(page, 'deelname');

      await page.getByLabel('Toon', { exact: true }).selectOption('no-user');
      await page.getByText('1 van 342 gemeenten.').waitFor();
      await page.getByLabel('Toon', { exact: true }).selectOption('all');
      await page.getByLabel('Zoek op naam of code').fill('amster');
      await page.getByText('1 van 342 gemeenten.').waitFor();
      await page.getByRole('link', { name: 'Amsterdam' }).click();
      await page.waitForURL(/gemeente=GM0363/);
      await page.getByRole('heading', { level: 2, name: /Deelname van Gemeente Amsterdam/ }).waitFor();
      await page.getByText(/Geen actieve gebruiker\. Berichten gaan naar de operators/).waitFor();
      assert.equal(
        await page.locator('.kz-admin-table', { hasText: 'Berichtenbox' }).locator('tbody tr').count(),
        2,
      );

      // A date that does not exist is refused at its field before anything is sent; so is an overlapping registration.
      const before = await portal.store.db.selectFrom('participations').select('id').execute();
      await fillDate(page, 'Deelname vanaf', '31 02 2027');
      await page.getByRole('button', { name: 'Deelname registreren' }).click();
      const impossible = page
        .getByRole('group', { name: 'Deelname vanaf' })
        .getByText('Vul de eerste dag van deelname in als dag, maand en jaar in cijfers');
      await impossible.waitFor();
      await page.waitForFunction(
        () => (document.activeElement as HTMLInputElement | null)?.name === 'from-day',
        null,
        {
          timeout: 5000,
        },
      );
      await fillDate(page, 'Deelname vanaf', '1 1 2015');
      await page.getByRole('button', { name: 'Deelname registreren' }).click();
      await page
        .getByText('Er loopt al een deelname voor deze Berichtenbox. Beëindig die eerst.')
        .first()
        .waitFor();
      assert.equal(
        (await portal.store.db.selectFrom('participations').select('id').execute()).length,
        before.length,
      );
      await assertAccessible(page, 'Deelname: overlapping registration refused');
      await screenshot(page, 'deelname-overlap');

      // End the re-integration registration: first before its start (refused), then properly.
      await page.getByRole('button', { name: /Deelname Re-integratie .* beëindigen/ }).click();
      await fillDate(page, 'Geen deelname meer vanaf', '1 1 2001');
      await page.getByLabel('Reden', { exact: true }).fill('Machtiging ingetrokken door de burgemeester');
      await page.getByRole('button', { name: 'Deelname beëindigen' }).click();
      await page
        .getByText(/De einddatum ligt vóór het begin van de deelname/)
        .first()
        .waitFor();
      await fillDate(page, 'Geen deelname meer vanaf', '1 1 2026');
      await page.getByRole('button', { name: 'Deelname beëindigen' }).click();
      await page.getByText('De deelname aan de Berichtenbox Re-integratie eindigt op').waitFor();
      await page.getByText(/door beheerder: Machtiging ingetrokken door de burgemeester/).waitFor();

      // Register re-integration anew, with the mayor's authorisation.
      await page.getByLabel('Berichtenbox', { exact: true }).selectOption('reintegration');
      await fillDate(page, 'Deelname vanaf', '1 2 2026');
      await page.getByRole('button', { name: 'Deelname registreren' }).click();
      await page.getByText('Vul het kenmerk van de machtiging in.').first().waitFor();
      await page.getByLabel('Kenmerk machtiging burgemeester').fill('MACHT-2026-017');
      await fillDate(page, 'Machtiging ondertekend op', '20 1 2026');
      await page.getByRole('button', { name: 'Deelname registreren' }).click();
      await page.getByText(/Gemeente Amsterdam neemt deel aan de Berichtenbox Re-integratie vanaf/).waitFor();
      const rows = await portal.store.db
        .selectFrom('participations')
        .select(['registered_by', 'authorisation_reference'])
        .where('municipality_code', '=', 'GM0363')
        .where('box', '=', 'reintegration')
        .orderBy('id')
        .execute();
      assert.deepEqual(rows.at(-1), {
        registered_by: 'beheerder',
        authorisation_reference: 'MACHT-2026-017',
      });
      await assertAccessible(page, 'Deelname: registered');
      await screenshot(page, 'deelname-geregistreerd');

      // At 320 px the municipality and its history are cards, the date's three fields fit.
      await page.setViewportSize({ width: 320, height: 740 });
      await assertCards(page, 'Deelname at 320 px');
      await page.getByRole('group', { name: 'Deelname vanaf' }).getByLabel('Jaar').waitFor();
      await assertAccessible(page, 'Deelname at 320 px');
      await screenshot(page, 'deelname-telefoon');
    });
  });
});
