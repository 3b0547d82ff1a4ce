/**
 * The Berichtenbox pages in a real browser, on the real service with the demo
 * data: a BIJ officer reads and forwards, a re-integration officer filters,
 * pages and acknowledges, the victim desk reads its box by keyboard, a user
 * without the role gets no data, and the box fits a phone. Every page visited
 * is checked with axe (WCAG 2.1 AA) and photographed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  logIn,
  type Portal,
  screenshot,
  startPortal,
  withBrowser,
} from '../helpers/portal.ts';

const AMSTERDAM = 'GM0363';
const UTRECHT = 'GM0344';

let portal: Portal;

before(async () => {
  portal = await startPortal();
});

after(async () => {
  await portal?.close();
});

const heading1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** The rows of the notices table (or of the history table, on a notice's page). */
const rows = (page: Page) => page.locator('table tbody tr');

const unreadSummary = (page: Page) => page.locator('.kz-bbx-unread');

/** The notice id a "Bekijk bericht" link leads to. */
async function noticeIdOf(link: ReturnType<Page['getByRole']>): Promise<number> {
  const href = await link.getAttribute('href');
  const id = Number(href?.split('/').at(-1));
  assert.ok(Number.isInteger(id) && id > 0, `no notice id in ${href}`);
  return id;
}

/** A value of the notice page's summary ("Status", "Wettelijke grondslag", …). */
const summaryValue = (page: Page, key: string) =>
  page
    .locator('.rhc-data-summary__item')
    .filter({ has: page.getByText(key, { exact: true }) })
    .locator('dd');

async function notice(id: number) {
  return portal.store.db
    .selectFrom('notices')
    .select(['id', 'type', 'status', 'recipient', 'forwarded_from'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

async function copiesOf(id: number) {
  return portal.store.db
    .selectFrom('notices')
    .select(['id', 'status', 'recipient', 'box'])
    .where('forwarded_from', '=', id)
    .execute();
}

async function countDelivered(box: 'bij' | 'reintegration' | 'victims', recipient: string): Promise<number> {
  const row = await portal.store.db
    .selectFrom('notices')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('box', '=', box)
    .where('recipient', '=', recipient)
    .where('status', '=', 'delivered')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// What has the keyboard focus. (Expressions, as the service's TypeScript has no DOM types.)
const focusedName = (page: Page) =>
  page.evaluate<string | null>('document.activeElement?.getAttribute("name") ?? null');
const focusedText = (page: Page) => page.evaluate<string>('document.activeElement?.textContent ?? ""');
const focusedTag = (page: Page) => page.evaluate<string>('document.activeElement?.tagName ?? ""');
const focusedHasClass = (page: Page, name: string) =>
  page.evaluate<boolean>(`document.activeElement?.classList.contains(${JSON.stringify(name)}) ?? false`);

const dutchNumber = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

/** No horizontal scrolling of the page itself: wide tables scroll inside their own region. */
async function assertNoPageScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  );
  assert.ok(
    scrollWidth <= innerWidth,
    `${what} scrolls sideways: ${scrollWidth} px wide in ${innerWidth} px`,
  );
}

describe('Berichtenbox pages', () => {
  it('lets a BIJ officer open a notice, which lowers the unread count, and forward it with a reason to another municipality', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'bij.amsterdam');
      const unreadBefore = await countDelivered('bij', AMSTERDAM);
      assert.ok(unreadBefore >= 2, `the demo gives Amsterdam delivered BIJ notices (${unreadBefore})`);

      // The box, from the menu.
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Berichtenbox BIJ' })
        .click();
      await heading1(page, 'Berichtenbox BIJ').waitFor();
      await rows(page).first().waitFor();
      await unreadSummary(page).getByText(`${unreadBefore} ongelezen berichten`).waitFor();
      assert.equal(await unreadSummary(page).getAttribute('role'), 'status', 'the unread count is announced');
      assert.match(
        (await unreadSummary(page).textContent()) ?? '',
        /Verlof \(TBS\): \d+/,
        'counted per type',
      );
      assert.equal(await rows(page).count(), unreadBefore);
      assert.equal(
        await page.getByText('Nieuw, ongelezen').count(),
        unreadBefore,
        'unread rows say so in words',
      );
      const links = page.getByRole('link', { name: /^Bekijk bericht/ });
      const names = await links.evaluateAll((as) => as.map((a) => a.textContent));
      assert.equal(new Set(names).size, names.length, 'every row link has a name of its own');
      assert.equal(await page.locator('caption').count(), 1);
      await assertAccessible(page, 'the BIJ box');
      await screenshot(page, 'berichtenbox-bij-lijst');

      // Opening a notice marks it read.
      const link = links.first();
      const id = await noticeIdOf(link);
      await link.click();
      const title = page.getByRole('heading', { level: 1 });
      await summaryValue(page, 'Status').filter({ hasText: 'Gelezen' }).waitFor();
      assert.notEqual(await title.textContent(), 'Bericht');
      // The mayor's box holds BIJ notices (art. 11a Bjsg) and risk notices (art. 18b Pbw).
      assert.equal(
        await summaryValue(page, 'Wettelijke grondslag').textContent(),
        (await notice(id)).type === '18b-melding'
          ? 'art. 18b Penitentiaire beginselenwet'
          : 'art. 11a Besluit justitiële en strafvorderlijke gegevens',
      );
      assert.equal((await notice(id)).status, 'read');
      await page.getByText('Naam', { exact: true }).waitFor();
      assert.equal(await page.getByText('BSN', { exact: true }).count(), 0, 'a BIJ notice carries no BSN');
      await assertAccessible(page, 'a BIJ notice');
      await screenshot(page, 'berichtenbox-bij-bericht');

      // Back in the box, one unread fewer.
      await page.getByRole('link', { name: 'Terug naar Berichtenbox BIJ' }).click();
      await unreadSummary(page)
        .getByText(`${unreadBefore - 1} ongelezen bericht`)
        .waitFor();
      await page.locator(`a[href="/berichtenbox/bij/${id}"]`).click();
      await summaryValue(page, 'Status').filter({ hasText: 'Gelezen' }).waitFor();

      // The forward form opens with the focus on its first field.
      await page.getByRole('button', { name: 'Doorsturen naar andere gemeente' }).click();
      const municipality = page.getByLabel('Gemeente', { exact: true });
      await municipality.waitFor();
      assert.equal(await focusedName(page), 'municipalityCode');
      const option = (code: string) => municipality.locator(`option[value="${code}"]`);
      assert.equal(await option(UTRECHT).count(), 1, 'current municipalities are offered');
      assert.equal(await option(AMSTERDAM).count(), 0, 'but not the officer’s own');
      assert.equal(await option('GM0370').count(), 0, 'nor a municipality that no longer exists (Beemster)');
      await assertAccessible(page, 'the forward form');
      await screenshot(page, 'berichtenbox-bij-doorsturen');

      // Without a reason (or only spaces) nothing is sent, and the field says why.
      await municipality.selectOption(UTRECHT);
      await page.getByLabel('Reden').fill('   ');
      await page.getByRole('button', { name: 'Doorsturen', exact: true }).click();
      await page.getByText('Vul de reden in waarom u het bericht doorstuurt.').waitFor();
      assert.equal(await focusedName(page), 'reason');
      assert.equal(await page.getByLabel('Reden').getAttribute('aria-invalid'), 'true');
      assert.equal((await notice(id)).status, 'read', 'nothing changed');
      assert.deepEqual(await copiesOf(id), [], 'no copy was made');
      await assertAccessible(page, 'the forward form with an error');
      await screenshot(page, 'berichtenbox-bij-doorsturen-fout');

      // With a reason it goes.
      const reason = 'Betrokkene verblijft volgens de reclassering in Utrecht.';
      await page.getByLabel('Reden').fill(reason);
      await page.getByRole('button', { name: 'Doorsturen', exact: true }).click();
      const success = page
        .getByRole('status')
        .filter({ hasText: 'Het bericht is doorgestuurd naar Utrecht' });
      await success.waitFor();
      await summaryValue(page, 'Status').filter({ hasText: 'Doorgestuurd' }).waitFor();
      assert.ok(await focusedHasClass(page, 'kz-message'), 'the focus is on the success message');
      const forwardRow = rows(page).filter({ hasText: 'Doorgestuurd naar Utrecht (GM0344)' });
      await forwardRow.waitFor();
      assert.match((await forwardRow.textContent()) ?? '', /Betrokkene verblijft volgens de reclassering/);
      assert.equal(await page.getByRole('button', { name: 'Ontvangst bevestigen' }).count(), 0);
      await assertAccessible(page, 'a forwarded BIJ notice');
      await screenshot(page, 'berichtenbox-bij-doorgestuurd');

      const original = await notice(id);
      assert.equal(original.status, 'forwarded');
      assert.equal(original.recipient, AMSTERDAM);
      const copies = await copiesOf(id);
      assert.equal(copies.length, 1);
      assert.equal(copies[0]?.recipient, UTRECHT);
      assert.equal(copies[0]?.status, 'delivered');
      assert.equal(copies[0]?.box, 'bij');

      // The box lists it as forwarded.
      await page.getByRole('link', { name: 'Terug naar Berichtenbox BIJ' }).click();
      const row = rows(page).filter({ has: page.locator(`a[href="/berichtenbox/bij/${id}"]`) });
      await row.getByText('Doorgestuurd').waitFor();
    });
  });

  it('lets a re-integration officer filter by type, page forward and back, and acknowledge receipt of a notice', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'nazorg.rotterdam');
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Berichtenbox re-integratie' })
        .click();
      await heading1(page, 'Berichtenbox re-integratie').waitFor();
      await rows(page).first().waitFor();
      assert.equal(await rows(page).count(), 25, 'a page holds 25 notices');
      const total = await countDelivered('reintegration', 'GM0599');
      await unreadSummary(page)
        .getByText(`${dutchNumber(total)} ongelezen berichten`)
        .waitFor();
      await assertAccessible(page, 'the re-integration box');
      await screenshot(page, 'berichtenbox-reintegratie-lijst');

      // Filter on one type: the filter goes into the address.
      await page.getByLabel('Soort bericht').selectOption({ label: 'Inschrijving in inrichting' });
      await page.getByRole('button', { name: 'Filteren' }).click();
      await page.waitForURL(/soort=inschrijving/);
      await page.getByText('op pagina 1, gefilterd').waitFor();
      const types = async () => rows(page).locator('td:nth-child(2)').allTextContents();
      assert.deepEqual(new Set(await types()), new Set(['Inschrijving in inrichting']));
      assert.equal(await rows(page).count(), 25);
      await assertAccessible(page, 'the filtered re-integration box');
      await screenshot(page, 'berichtenbox-reintegratie-gefilterd');

      // The back button undoes the filter, forward brings it back.
      await page.goBack();
      await page.waitForURL((url) => !url.search.includes('soort='));
      assert.equal(await page.getByLabel('Soort bericht').inputValue(), '');
      await page.goForward();
      await page.waitForURL(/soort=inschrijving/);
      assert.equal(await page.getByLabel('Soort bericht').inputValue(), 'inschrijving');

      // The next page, and back.
      await page.getByText('op pagina 1, gefilterd').waitFor();
      const firstLink = page.getByRole('link', { name: /^Bekijk bericht/ }).first();
      const firstOfPage1 = await firstLink.getAttribute('href');
      await page.getByRole('button', { name: 'Volgende pagina' }).click();
      await page.getByText('op pagina 2, gefilterd').waitFor();
      await page.waitForURL(/paginas=/);
      assert.notEqual(await firstLink.getAttribute('href'), firstOfPage1);
      assert.deepEqual(new Set(await types()), new Set(['Inschrijving in inrichting']));
      await assertAccessible(page, 'page 2 of the filtered box');
      await screenshot(page, 'berichtenbox-reintegratie-pagina-2');
      await page.getByRole('button', { name: 'Vorige pagina' }).click();
      await page.getByText('op pagina 1, gefilterd').waitFor();
      assert.equal(await firstLink.getAttribute('href'), firstOfPage1);

      // The filter survives a reload.
      await page.reload();
      await page.getByText('op pagina 1, gefilterd').waitFor();
      assert.equal(await page.getByLabel('Soort bericht').inputValue(), 'inschrijving');

      // A period without notices says so.
      // A date as NL Design System asks for one: dag, maand and jaar (DateInput).
      for (const [legend, day] of [
        ['Ontvangen vanaf', '1'],
        ['Ontvangen tot en met', '31'],
      ] as const) {
        const group = page.getByRole('group', { name: legend });
        await group.getByLabel('Dag').fill(day);
        await group.getByLabel('Maand').fill('1');
        await group.getByLabel('Jaar').fill('2020');
      }
      await page.getByRole('button', { name: 'Filteren' }).click();
      await page.getByText('Er zijn geen berichten die aan uw filters voldoen.').waitFor();
      assert.equal(await rows(page).count(), 0);
      await assertAccessible(page, 'the box with no matching notices');
      await screenshot(page, 'berichtenbox-reintegratie-leeg');
      await page.getByRole('link', { name: 'Filters wissen' }).click();
      await page.getByText('op pagina 1.').waitFor();

      // Open an unread notice and acknowledge it.
      await page.getByLabel('Status').selectOption({ label: 'Nieuw' });
      await page.getByRole('button', { name: 'Filteren' }).click();
      await page.waitForURL(/status=delivered/);
      await page.getByText('op pagina 1, gefilterd').waitFor();
      const link = page.getByRole('link', { name: /^Bekijk bericht/ }).first();
      const id = await noticeIdOf(link);
      await link.click();
      await summaryValue(page, 'Status').filter({ hasText: 'Gelezen' }).waitFor();
      assert.equal(
        await summaryValue(page, 'Wettelijke grondslag').textContent(),
        'art. 18a Penitentiaire beginselenwet',
      );
      await page.getByText('BSN', { exact: true }).waitFor();
      assert.equal(
        await page.getByRole('button', { name: 'Doorsturen naar andere gemeente' }).count(),
        0,
        'only BIJ notices are forwarded',
      );
      await assertAccessible(page, 'a re-integration notice');
      await screenshot(page, 'berichtenbox-reintegratie-bericht');

      await page.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'U hebt de ontvangst van dit bericht bevestigd.' })
        .waitFor();
      await summaryValue(page, 'Status').filter({ hasText: 'Ontvangst bevestigd' }).waitFor();
      await rows(page).filter({ hasText: 'Ontvangst bevestigd' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Ontvangst bevestigen' }).count(), 0);
      assert.equal((await notice(id)).status, 'acknowledged');
      await assertAccessible(page, 'an acknowledged notice');
      await screenshot(page, 'berichtenbox-reintegratie-bevestigd');
    });
  });

  it('shows the victim desk its box and lets it open a notice by keyboard alone', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'slachtofferloket');
      await page.goto(`${portal.url}/berichtenbox/slachtoffers`);
      await heading1(page, 'Berichtenbox slachtoffers').waitFor();
      await rows(page).first().waitFor();
      const total = await countDelivered('victims', 'CJIB-IDV');
      await unreadSummary(page)
        .getByText(`${dutchNumber(total)} ongelezen berichten`)
        .waitFor();
      await assertAccessible(page, 'the victims box');
      await screenshot(page, 'berichtenbox-slachtoffers-lijst');

      // Tab to the first notice's link and press Enter.
      let focused = '';
      for (let i = 0; i < 60 && !focused.startsWith('Bekijk bericht'); i++) {
        await page.keyboard.press('Tab');
        focused = await focusedText(page);
      }
      assert.ok(focused.startsWith('Bekijk bericht'), 'a notice link is reachable by Tab');
      await page.keyboard.press('Enter');
      await summaryValue(page, 'Wettelijke grondslag').waitFor();
      assert.equal(
        await summaryValue(page, 'Wettelijke grondslag').textContent(),
        'art. 51ac Wetboek van Strafvordering',
      );
      await page.getByText('Kenmerk slachtofferregistratie', { exact: true }).waitFor();
      assert.equal(
        await page.getByText('BSN', { exact: true }).count(),
        0,
        'a victims notice carries no BSN',
      );
      assert.equal(await focusedTag(page), 'H1', 'the new page starts at its heading');
      await assertAccessible(page, 'a victims notice');
      await screenshot(page, 'berichtenbox-slachtoffers-bericht');
    });
  });

  it('shows a BIJ officer who types the victims box address "Geen toegang" and asks for none of its notices', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'bij.amsterdam');
      const asked: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/api/v1/berichtenbox/victims')) asked.push(path);
      });
      await page.goto(`${portal.url}/berichtenbox/slachtoffers`);
      await heading1(page, 'Geen toegang').waitFor();
      assert.equal(await rows(page).count(), 0);
      await assertAccessible(page, 'the victims box refused');
      await screenshot(page, 'berichtenbox-geen-toegang');
      await page.goto(`${portal.url}/berichtenbox/slachtoffers/1`);
      await heading1(page, 'Geen toegang').waitFor();
      assert.deepEqual(asked, [], 'the victims box was never asked for');
    });
  });

  it('fits the box and a notice on a phone without sideways scrolling of the page', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await logIn(page, portal.url, 'nazorg.rotterdam');
      await page.goto(`${portal.url}/berichtenbox/re-integratie`);
      await heading1(page, 'Berichtenbox re-integratie').waitFor();
      await rows(page).first().waitFor();
      await assertNoPageScroll(page, 'the box at 375 px');
      await assertAccessible(page, 'the box on a phone');
      await screenshot(page, 'berichtenbox-mobiel-lijst');

      // 320 CSS pixels: a phone's narrowest, and 1280 px at 400% zoom.
      await page.setViewportSize({ width: 320, height: 740 });
      await assertNoPageScroll(page, 'the box at 320 px');
      await screenshot(page, 'berichtenbox-mobiel-lijst-320');

      await page
        .getByRole('link', { name: /^Bekijk bericht/ })
        .first()
        .click();
      await summaryValue(page, 'Status').waitFor();
      await rows(page).first().waitFor();
      await assertNoPageScroll(page, 'a notice at 320 px');
      await assertAccessible(page, 'a notice on a phone');
      await screenshot(page, 'berichtenbox-mobiel-bericht-320');
    });
  });
});
