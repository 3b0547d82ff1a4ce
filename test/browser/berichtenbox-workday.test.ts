/**
 * A working day in the Berichtenbox, in a real browser on the demo with a
 * story of its own: the BIJ officer sorts by the release date, opens a notice,
 * prints it (the PDF holds the offence category and not the navigation) and
 * acknowledges several at once; the re-integration officer opens the releases
 * of the coming weeks; the victim desk searches a kenmerk and sees the escape
 * marked urgent. axe on every page, at desktop width and at 320 px; each
 * role's box photographed at both widths (issue14-<role>-<desktop|phone>.png).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { confirmReviewsExceptNewest } from '../../src/notifications/index.ts';
import { ingestAtomically } from '../../src/pipeline.ts';
import { defaultReferenceCatalog } from '../../src/reference/index.ts';
import { addressRegistered, admission, personRegistered, skn, victimRegistered } from '../fixtures/events.ts';
import {
  assertAccessible,
  logIn,
  type Portal,
  screenshot,
  startPortal,
  withBrowser,
} from '../helpers/portal.ts';
import { hoursAgo, longDutchDate, plusDays } from '../helpers/story.ts';
import { assertCards } from './cards.ts';

/** Far above the demo's serials (and the other browser stories'), so the story's people are its own. */
const SOON = skn(8_100_001);
const MIDDLE = skn(8_100_002);
const LATE = skn(8_100_003);
const AFTERCARE = skn(8_100_004);
const ESCAPED = skn(8_100_005);
const KENMERK = 'IDV-WERKDAG-7';
const CASE = '13/777777-26';

function story(): Record<string, unknown>[] {
  const detention = (who: string, type: string, at: string, extra: Record<string, unknown> = {}) => ({
    eventId: `workday-${type}-${who}-${at}`,
    source: 'TULP-GW',
    type,
    occurredAt: at,
    skn: who,
    institution: 'PI-VUGHT',
    ...extra,
  });
  const person = (who: string, surname: string, address: Record<string, unknown> = {}, extra = {}) => [
    personRegistered({ skn: who, surname, givenNames: 'Sam', occurredAt: '2025-01-02T09:00:00+01:00' }),
    addressRegistered({ skn: who, occurredAt: '2025-01-02T09:00:00+01:00', ...address }),
    admission({
      skn: who,
      institution: 'PI-VUGHT',
      occurredAt: '2025-01-05T10:00:00+01:00',
      title: {
        kind: 'prison-sentence',
        irrevocable: true,
        offences: ['Sr 242'],
        sentenceDays: 1460,
        caseNumber: CASE,
      },
      ...extra,
    }),
  ];
  const rotterdam = {
    municipalityCode: 'GM0599',
    street: 'Coolsingel',
    houseNumber: '40',
    postalCode: '3011AD',
    city: 'Rotterdam',
  };
  return [
    // Three releases for Amsterdam's mayor, told in another order than they happen.
    ...person(LATE, 'Laatvrij'),
    detention(LATE, 'release-scheduled', hoursAgo(5), { releaseDate: plusDays(40) }),
    ...person(SOON, 'Vroegvrij'),
    detention(SOON, 'release-scheduled', hoursAgo(4), { releaseDate: plusDays(12) }),
    ...person(MIDDLE, 'Middelvrij'),
    detention(MIDDLE, 'release-scheduled', hoursAgo(3), { releaseDate: plusDays(25) }),
    // Rotterdam's re-integration officer: released in 20 days, still detained.
    ...person(AFTERCARE, 'Nazorgnodig', rotterdam, { plannedEndDate: plusDays(20) }),
    // The victim desk: an escape of the offender of registration KENMERK.
    ...person(ESCAPED, 'Ontsnapt'),
    victimRegistered({
      skn: ESCAPED,
      caseNumber: CASE,
      victimReference: KENMERK,
      occurredAt: '2025-01-06T10:00:00+01:00',
    }),
    detention(ESCAPED, 'escape', hoursAgo(2)),
  ];
}

let portal: Portal;

before(async () => {
  portal = await startPortal();
  await ingestAtomically(portal.store.db, story(), { catalog: defaultReferenceCatalog() });
  // The Justid desk has checked the municipality of every BIJ notice: they are in the mayors' boxes.
  await confirmReviewsExceptNewest(portal.store.db, 0, {
    userId: null,
    username: 'test',
    organisation: 'JUSTID',
  });
});

after(async () => {
  await portal?.close();
});

const heading1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const rows = (page: Page) => page.locator('table tbody tr');
const rowOf = (page: Page, surname: string) => rows(page).filter({ hasText: surname });

/** Types an ISO date into a DateInput fieldset (dag, maand, jaar). */
async function fillDate(page: Page, legend: string, iso: string) {
  const [year, month, day] = iso.split('-');
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Dag').fill(String(Number(day)));
  await group.getByLabel('Maand').fill(String(Number(month)));
  await group.getByLabel('Jaar').fill(year ?? '');
}

async function statusOf(skns: string[]) {
  return portal.store.db
    .selectFrom('notices')
    .select(['id', 'skn', 'status'])
    .where('box', '=', 'bij')
    .where('skn', 'in', skns)
    .orderBy('id')
    .execute();
}

/** Nothing wider than the screen: a table may scroll in its own region, the page does not. */
async function assertFits(page: Page, what: string) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${what} is ${scroll} px wide on a ${client} px screen`);
}

describe('a working day in the Berichtenbox', () => {
  it('the BIJ officer sorts by release date, opens, prints and acknowledges several at once', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'bij.amsterdam');
      await page.goto(`${portal.url}/berichtenbox/bij`);
      await heading1(page, 'Berichtenbox BIJ').waitFor();
      await rows(page).first().waitFor();
      await assertAccessible(page, 'the BIJ box');
      await screenshot(page, 'issue14-bij-desktop');

      // The releases from today on, the soonest first.
      await page.getByLabel('Sorteren op').selectOption({ label: 'Datum die telt, eerstvolgende eerst' });
      await fillDate(page, 'Datum die telt vanaf', plusDays(0));
      await page.getByRole('button', { name: 'Zoeken en filteren' }).click();
      await page.waitForURL(/sorteer=datum-op/);
      await rowOf(page, 'Laatvrij').waitFor();
      const order = (await rows(page).allInnerTexts())
        .map((t) => ['Vroegvrij', 'Middelvrij', 'Laatvrij'].find((s) => t.includes(s)))
        .filter(Boolean);
      assert.deepEqual(order, ['Vroegvrij', 'Middelvrij', 'Laatvrij']);
      assert.match(await rowOf(page, 'Vroegvrij').innerText(), new RegExp(longDutchDate(plusDays(12))));
      await assertAccessible(page, 'the BIJ box sorted by release date');

      // Open the soonest: the notice says what to do, and prints without the portal around it.
      await rowOf(page, 'Vroegvrij')
        .getByRole('link', { name: /^Bekijk bericht/ })
        .click();
      await heading1(page, 'Beëindiging detentie (PI)').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Wat moet u doen?' }).waitFor();
      await page.getByText(/Bereid de terugkeer in uw gemeente voor/).waitFor();
      await assertAccessible(page, 'a BIJ notice');
      await screenshot(page, 'issue14-bij-bericht');

      await page.evaluate(() => {
        (window as unknown as { printed: boolean }).printed = false;
        window.print = () => {
          (window as unknown as { printed: boolean }).printed = true;
        };
      });
      await page.getByRole('button', { name: 'Afdrukken' }).click();
      assert.equal(await page.evaluate(() => (window as unknown as { printed: boolean }).printed), true);

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      const paper = text.replace(/\s+/g, ' ');
      for (const expected of [
        'zedenmisdrijf',
        'Sam Vroegvrij',
        'Wat moet u doen?',
        longDutchDate(plusDays(12)),
      ])
        assert.ok(paper.includes(expected), `the printed notice holds "${expected}": ${paper}`);
      for (const absent of ['Uitloggen', 'Hoofdmenu', 'Afdrukken', 'Ontvangst bevestigen', 'Terug naar'])
        assert.ok(!paper.includes(absent), `the printed notice holds no "${absent}": ${paper}`);

      // Back in the box: tick the three releases and acknowledge them in one action.
      await page.goBack();
      await rowOf(page, 'Laatvrij').waitFor();
      for (const surname of ['Vroegvrij', 'Middelvrij', 'Laatvrij'])
        await rowOf(page, surname).getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Ontvangst bevestigen (3 geselecteerd)' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'U hebt de ontvangst van 3 berichten bevestigd.' })
        .waitFor();
      const after = await statusOf([SOON, MIDDLE, LATE]);
      assert.deepEqual(
        after.map((n) => n.status),
        ['acknowledged', 'acknowledged', 'acknowledged'],
      );
      const history = await portal.store.db
        .selectFrom('notice_history')
        .select('notice_id')
        .where('action', '=', 'acknowledge')
        .where(
          'notice_id',
          'in',
          after.map((n) => n.id),
        )
        .execute();
      assert.equal(history.length, 3, 'each acknowledged notice has its history row');
      await assertAccessible(page, 'the BIJ box after a bulk acknowledge');
    });
  });

  it('the re-integration officer opens the releases of the coming weeks', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'nazorg.rotterdam');
      await page.goto(`${portal.url}/berichtenbox/re-integratie`);
      await heading1(page, 'Berichtenbox re-integratie').waitFor();
      await rows(page).first().waitFor();
      await assertAccessible(page, 'the re-integration box');
      await screenshot(page, 'issue14-reintegratie-desktop');

      await page.getByRole('link', { name: 'Vrijlatingen in de komende weken' }).click();
      await heading1(page, 'Vrijlatingen in de komende weken').waitFor();
      const row = rowOf(page, 'Nazorgnodig');
      await row.waitFor();
      assert.match(
        (await row.innerText()).replace(/\s+/g, ' '),
        new RegExp(`${longDutchDate(plusDays(20))} over 20 dagen`),
      );
      await assertAccessible(page, 'the releases of the coming weeks');
      await screenshot(page, 'issue14-reintegratie-vrijlatingen');

      // From there, every notice of that person in the box.
      await row.getByRole('link', { name: /^Alle berichten/ }).click();
      await heading1(page, 'Berichten over Sam Nazorgnodig').waitFor();
      await rowOf(page, 'Inschrijving').first().waitFor();
      await assertAccessible(page, 'the view per person');
    });
  });

  it('the victim desk searches a kenmerk and sees the escape marked urgent', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'slachtofferloket');
      await page.goto(`${portal.url}/berichtenbox/slachtoffers`);
      await heading1(page, /Berichtenbox slachtoffers/).waitFor();
      await rows(page).first().waitFor();
      await assertAccessible(page, 'the victims box');
      await screenshot(page, 'issue14-slachtoffers-desktop');

      await page.getByLabel('Zoek op naam, SKN of kenmerk').fill(KENMERK.toLowerCase());
      await page.getByRole('button', { name: 'Zoeken en filteren' }).click();
      await rowOf(page, 'Ontsnapt').first().waitFor();
      const texts = (await rows(page).allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      assert.ok(texts.length >= 1);
      for (const t of texts) assert.match(t, new RegExp(KENMERK));
      assert.ok(!page.url().includes(KENMERK) && !page.url().toLowerCase().includes(KENMERK.toLowerCase()));
      const escapeRow = rowOf(page, 'Ontvluchting');
      await escapeRow.getByText('Spoed', { exact: true }).waitFor();
      await assertAccessible(page, 'the victims box searched by kenmerk');

      await escapeRow.getByRole('link', { name: /^Bekijk bericht/ }).click();
      await heading1(page, /Ontvluchting/).waitFor();
      await page.getByText('Spoed', { exact: true }).waitFor();
      await page.getByText(/neem vandaag nog contact op met het slachtoffer/).waitFor();
      await assertAccessible(page, 'an escape notice');
    });
  });

  it('fits a 320 px phone, every box and a notice', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 740 });
      const boxes = [
        { user: 'bij.amsterdam', path: '/berichtenbox/bij', role: 'bij', title: 'Berichtenbox BIJ' },
        {
          user: 'nazorg.rotterdam',
          path: '/berichtenbox/re-integratie',
          role: 'reintegratie',
          title: 'Berichtenbox re-integratie',
        },
        {
          user: 'slachtofferloket',
          path: '/berichtenbox/slachtoffers',
          role: 'slachtoffers',
          title: 'Berichtenbox slachtoffers',
        },
      ];
      for (const box of boxes) {
        await page.context().clearCookies();
        await logIn(page, portal.url, box.user);
        await page.goto(`${portal.url}${box.path}`);
        await heading1(page, box.title).waitFor();
        await rows(page).first().waitFor();
        await assertAccessible(page, `${box.title} at 320 px`);
        await assertFits(page, `${box.title} at 320 px`);
        await assertCards(page, `${box.title} at 320 px`);
        await screenshot(page, `issue14-${box.role}-phone`);
        if (box.role === 'bij') {
          // The card's checkbox selects the notice for the bulk action.
          await rows(page).getByRole('checkbox').first().check();
          await page.getByRole('button', { name: 'Ontvangst bevestigen (1 geselecteerd)' }).waitFor();
          await rows(page).getByRole('checkbox').first().uncheck();
          // On paper the list stays a table.
          await page.emulateMedia({ media: 'print' });
          assert.equal(
            await rows(page)
              .first()
              .evaluate((row) => getComputedStyle(row).display),
            'table-row',
          );
          await page.emulateMedia({ media: 'screen' });
        }
        if (box.role === 'slachtoffers') {
          // A mark is told in its card, in words.
          await rowOf(page, 'Ontvluchting').first().getByText('Spoed', { exact: true }).first().waitFor();
        }

        await rows(page)
          .first()
          .getByRole('link', { name: /^Bekijk bericht/ })
          .click();
        await page.getByRole('heading', { level: 2, name: 'Wat moet u doen?' }).waitFor();
        await assertAccessible(page, `a notice of ${box.title} at 320 px`);
        await assertFits(page, `a notice of ${box.title} at 320 px`);
        if (box.role === 'reintegratie') {
          await page.goto(`${portal.url}${box.path}/vrijlatingen`);
          await heading1(page, 'Vrijlatingen in de komende weken').waitFor();
          await rowOf(page, 'Nazorgnodig').waitFor();
          await assertAccessible(page, 'the releases of the coming weeks at 320 px');
          await assertFits(page, 'the releases of the coming weeks at 320 px');
          await assertCards(page, 'the releases of the coming weeks at 320 px');
        }
      }
    });
  });
});
