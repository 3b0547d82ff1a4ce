/**
 * A working day with the notices of contract 1.1, in a real browser on the
 * demo service: the operator's BIJ review puts the notices whose date is
 * nearest first and says the days left, late and inside-the-week; the mayor's
 * officer reads a release notice whole (category, sanction, date, the
 * institution's phone, the BRP address) and a correction that links to the
 * notice it corrects; the victim desk sees per notice the registration and
 * the case; the notice fits a 320 px phone. The story is added to the demo
 * through the event pipeline, with dates around today. Every page is checked
 * with axe (WCAG 2.1 AA) and photographed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ingestAtomically } from '../../src/pipeline.ts';
import { defaultReferenceCatalog } from '../../src/reference/index.ts';
import { EXCEPTION_LABELS } from '../../web/src/lib/notices.ts';
import { addressRegistered, admission, personRegistered, skn, victimRegistered } from '../fixtures/events.ts';
import {
  assertAccessible,
  DEMO_PASSWORD,
  logIn,
  type Portal,
  screenshot,
  startPortal,
  withBrowser,
} from '../helpers/portal.ts';
import { hoursAgo, longDutchDate, plusDays } from '../helpers/story.ts';

/** Far above the demo's serials, so the story's people are its own. */
const MOVED = skn(8_000_001);
const UNANNOUNCED = skn(8_000_002);
const CASE = '13/424242-25';
const REFERENCE = 'IDV-BROWSER-1';

/**
 * Kees Verschoven, in PI Vught for rape, with a victim: his release is told
 * four days ahead, then moved a month on (a correction). Lies Onverwacht is
 * released without an announcement: the mayor hears late.
 */
function story(): Record<string, unknown>[] {
  const detention = (who: string, type: string, at: string, extra: Record<string, unknown>) => ({
    eventId: `browser-${type}-${who}-${at}`,
    source: 'TULP-GW',
    type,
    occurredAt: at,
    skn: who,
    institution: 'PI-VUGHT',
    ...extra,
  });
  const person = (who: string, surname: string, givenNames: string) => [
    personRegistered({ skn: who, surname, givenNames, occurredAt: '2025-01-02T09:00:00+01:00' }),
    addressRegistered({ skn: who, occurredAt: '2025-01-02T09:00:00+01:00' }),
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
    }),
  ];
  return [
    ...person(MOVED, 'Verschoven', 'Kees'),
    victimRegistered({
      skn: MOVED,
      caseNumber: CASE,
      victimReference: REFERENCE,
      occurredAt: '2025-01-06T10:00:00+01:00',
    }),
    detention(MOVED, 'release-scheduled', hoursAgo(3), { releaseDate: plusDays(4) }),
    detention(MOVED, 'release-scheduled', hoursAgo(2), { releaseDate: plusDays(30) }),
    ...person(UNANNOUNCED, 'Onverwacht', 'Lies'),
    detention(UNANNOUNCED, 'release', hoursAgo(1), { releaseDate: plusDays(0) }),
  ];
}

let portal: Portal;

/** The story's BIJ notices, oldest first: Kees's first and his correction, then Lies's late one. */
async function bijNotices() {
  return portal.store.db
    .selectFrom('notices')
    .select(['id', 'skn', 'status', 'supersedes', 'late'])
    .where('box', '=', 'bij')
    .where('skn', 'in', [MOVED, UNANNOUNCED])
    .orderBy('id')
    .execute();
}

/** The operator's decision through the API, as the review page sends it. */
async function confirmAsOperator(ids: number[]) {
  const login = await fetch(`${portal.url}/api/v1/sessie`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'operator', password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  for (const id of ids) {
    const decided = await fetch(`${portal.url}/api/v1/operaties/bij-controle/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ decision: 'confirm' }),
    });
    assert.equal(decided.status, 200, await decided.text());
  }
}

before(async () => {
  portal = await startPortal();
  await ingestAtomically(portal.store.db, story(), { catalog: defaultReferenceCatalog() });
  const made = await bijNotices();
  assert.deepEqual(
    made.map((n) => [n.skn, n.status, n.supersedes !== null, n.late]),
    [
      [MOVED, 'awaiting-review', false, false],
      [MOVED, 'awaiting-review', true, false],
      [UNANNOUNCED, 'awaiting-review', false, true],
    ],
    'the story makes a BIJ notice, its correction and a late one, all for review',
  );
});

after(async () => {
  await portal?.close();
});

const heading1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** A value of the notice page's summaries, by its label. */
const summaryValue = (page: Page, key: string) =>
  page
    .locator('.rhc-data-summary__item')
    .filter({ has: page.getByText(key, { exact: true }) })
    .locator('dd');

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

/** The review's next page, if there is one: false on the last. */
async function nextPage(page: Page): Promise<boolean> {
  const next = page.getByRole('button', { name: 'Volgende pagina' });
  if ((await next.count()) === 0 || (await next.isDisabled())) return false;
  const first = await page.locator('tr[data-notice]').first().getAttribute('data-notice');
  await next.click();
  // The page before stays shown while the next loads: wait until its first row is another.
  for (let tries = 0; tries < 100; tries++) {
    if ((await page.locator('tr[data-notice]').first().getAttribute('data-notice')) !== first) return true;
    await page.waitForTimeout(100);
  }
  throw new Error('the next page of the review did not load');
}

/** The review's notice ids in the order shown, page after page. */
async function reviewOrder(page: Page): Promise<number[]> {
  const ids: number[] = [];
  await page.locator('tr[data-notice]').first().waitFor();
  do {
    for (const row of await page.locator('tr[data-notice]').all())
      ids.push(Number(await row.getAttribute('data-notice')));
  } while (await nextPage(page));
  return ids;
}

describe('notices of contract 1.1 in the portal', () => {
  it('shows the operator the days left and the flags, the notices whose date is nearest first', async () => {
    const [first, correction, late] = await bijNotices();
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'operator');
      await page.goto(`${portal.url}/operaties/bij-controle`);
      await heading1(page, 'BIJ-controle').waitFor();
      await page.locator('tr[data-notice]').first().waitFor();
      await assertAccessible(page, 'the BIJ review with late and corrected notices');
      await screenshot(page, 'contract11-bij-controle');

      // The API's own order is the page's; the story's notices in it: the late one (today), in four days, in a month.
      const shown = await reviewOrder(page);
      const api = await page.request.get(
        `${portal.url}/api/v1/operaties/bij-controle?order=urgent&limit=100`,
      );
      const listed = ((await api.json()) as { notices: { id: number; announcedDate: string | null }[] })
        .notices;
      assert.deepEqual(
        shown,
        listed.map((n) => n.id),
        'the page shows the urgent order, over its pages',
      );
      const dates = listed.map((n) => n.announcedDate ?? '9999-12-31');
      assert.deepEqual(dates, [...dates].sort(), 'the earliest announced date first');
      const position = (id: number | undefined) => shown.indexOf(id ?? -1);
      assert.ok(position(late?.id) >= 0 && position(first?.id) >= 0 && position(correction?.id) >= 0);
      assert.ok(
        position(late?.id) < position(first?.id) && position(first?.id) < position(correction?.id),
        'the late notice leads, then the one inside the week, then the correction a month ahead',
      );

      await page.goto(`${portal.url}/operaties/bij-controle`);
      await page.locator('tr[data-notice]').first().waitFor();
      const rowOf = async (id: number | undefined) => {
        const row = page.locator(`tr[data-notice="${id}"]`);
        while ((await row.count()) === 0) assert.ok(await nextPage(page), `notice ${id} is in the review`);
        return (await row.innerText()).replace(/\s+/g, ' ');
      };
      const lateRow = await rowOf(late?.id);
      assert.match(lateRow, /Lies Onverwacht/);
      assert.match(lateRow, new RegExp(`${longDutchDate(plusDays(0))}.*Te laat`), 'the late notice says so');
      const firstRow = await rowOf(first?.id);
      assert.match(
        firstRow,
        new RegExp(`${longDutchDate(plusDays(4))} nog 4 dagen Minder dan een week vooraf`),
      );
      const correctionRow = await rowOf(correction?.id);
      assert.match(correctionRow, new RegExp(`${longDutchDate(plusDays(30))} nog 30 dagen`));
      assert.match(correctionRow, /Correctie op een eerdere melding/);
      assert.doesNotMatch(correctionRow, /Minder dan een week|Te laat/);
    });
  });

  it('lets the mayor read a release notice whole, the correction linked to the notice it corrects, and the late one flagged', async () => {
    const [first, correction, late] = await bijNotices();
    await confirmAsOperator([first?.id, correction?.id, late?.id].map(Number));
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'bij.amsterdam');
      await page.goto(`${portal.url}/berichtenbox/bij`);
      await heading1(page, 'Berichtenbox BIJ').waitFor();
      const row = (surname: string, n = 0) =>
        page.locator('table tbody tr').filter({ hasText: surname }).nth(n);
      await row('Onverwacht').waitFor();
      await assertAccessible(page, 'the BIJ box with a correction and a late notice');
      await screenshot(page, 'contract11-bij-box');

      // Newest first: Lies's late notice, Kees's correction, his first notice.
      const text = async (surname: string, n = 0) => (await row(surname, n).innerText()).replace(/\s+/g, ' ');
      assert.match(await text('Onverwacht'), /Te laat verzonden/);
      assert.match(
        await text('Onverwacht'),
        new RegExp(`${longDutchDate(plusDays(0))} verzonden op de dag zelf`),
      );
      const correctionText = await text('Verschoven', 0);
      assert.match(correctionText, /Correctie op melding van/);
      assert.match(correctionText, new RegExp(`${longDutchDate(plusDays(30))} 30 dagen vooraf verzonden`));
      assert.match(
        await text('Verschoven', 1),
        new RegExp(`${longDutchDate(plusDays(4))} 4 dagen vooraf verzonden Minder dan een week vooraf`),
      );

      // The correction's link opens the notice it corrects.
      await row('Verschoven', 0)
        .getByRole('link', { name: /^Correctie op melding van/ })
        .click();
      await heading1(page, 'Beëindiging detentie (PI)').waitFor();
      assert.equal(new URL(page.url()).pathname, `/berichtenbox/bij/${first?.id}`);

      // That notice, whole: who, why, the sanction, the date, where he is and how to reach them, his address.
      assert.equal(await summaryValue(page, 'Naam').innerText(), 'Kees Verschoven');
      assert.equal(await summaryValue(page, 'Categorie delicten').innerText(), 'zedenmisdrijf');
      assert.equal(
        await summaryValue(page, 'Sanctie').innerText(),
        'Gevangenisstraf, 1.460 dagen (onherroepelijk)',
      );
      assert.match(
        (await summaryValue(page, 'Aangekondigde datum').innerText()).replace(/\s+/g, ' '),
        new RegExp(`${longDutchDate(plusDays(4))} 4 dagen vooraf verzonden Minder dan een week vooraf`),
      );
      assert.equal(
        await summaryValue(page, 'Datum invrijheidstelling').innerText(),
        longDutchDate(plusDays(4)),
      );
      assert.equal(await summaryValue(page, 'Inrichting').innerText(), 'PI Vught');
      const phone = summaryValue(page, 'Telefoon inrichting').getByRole('link');
      assert.equal(await phone.innerText(), '088 07 44000');
      assert.equal(await phone.getAttribute('href'), 'tel:0880744000');
      assert.match(await summaryValue(page, 'Website inrichting').innerText(), /^https:\/\/www\.dji\.nl\//);
      assert.match(await summaryValue(page, 'Adres (BRP)').innerText(), /^Damrak 1, 1012LG Amsterdam/);
      assert.equal(await page.getByText('Verlofadres', { exact: true }).count(), 0);
      assert.match(await summaryValue(page, 'Wettelijke grondslag').innerText(), /\S/);
      await assertAccessible(page, 'a BIJ release notice');
      await screenshot(page, 'contract11-bij-bericht');

      // On paper: the content and the legal basis, no menu and no buttons.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Ontvangst bevestigen' }).isVisible(), false);
      assert.equal(await summaryValue(page, 'Wettelijke grondslag').isVisible(), true);
      assert.equal(await summaryValue(page, 'Sanctie').isVisible(), true);
      await page.emulateMedia({ media: 'screen' });
    });
  });

  it('shows the victim desk per notice the registration and case, in the list and when opened', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'slachtofferloket');
      await page.goto(`${portal.url}/berichtenbox/slachtoffers`);
      await heading1(page, /Berichtenbox slachtoffers/).waitFor();
      const rows = page.locator('table tbody tr').filter({ hasText: 'Verschoven' });
      await rows.first().waitFor();
      assert.equal(
        await page.getByRole('columnheader', { name: 'Persoon en slachtofferregistratie' }).count(),
        1,
      );
      const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      assert.equal(texts.length, 2, 'the planned release and its correction');
      for (const t of texts) assert.match(t, new RegExp(`Kees Verschoven ${REFERENCE} Parketnummer ${CASE}`));
      assert.match(texts[0] ?? '', /Correctie op melding van/);
      await assertAccessible(page, 'the victims box with registrations');
      await screenshot(page, 'contract11-slachtoffers-box');

      await rows
        .nth(1)
        .getByRole('link', { name: /Bekijk bericht/ })
        .click();
      await heading1(page, 'Geplande invrijheidstelling').waitFor();
      assert.equal(await summaryValue(page, 'Kenmerk slachtofferregistratie').innerText(), REFERENCE);
      assert.equal(await summaryValue(page, 'Parketnummer (zaak)').innerText(), CASE);
      await assertAccessible(page, 'a victims notice');
      await screenshot(page, 'contract11-slachtoffers-bericht');
    });
  });

  it('tells the operator, in the explanation of an event, a late notice, a correction and why one was not routed', async () => {
    const events = await portal.store.db
      .selectFrom('notices')
      .innerJoin('event_log', 'event_log.id', 'notices.event_log_id')
      .select([
        'event_log.source',
        'event_log.event_id',
        'notices.routing_exception',
        'notices.late',
        'notices.supersedes',
      ])
      .where((eb) =>
        eb.or([
          eb('notices.skn', 'in', [MOVED, UNANNOUNCED]).and('notices.box', '=', 'bij'),
          eb('notices.routing_exception', 'is not', null),
        ]),
      )
      .orderBy('notices.id')
      .execute();
    const late = events.find((e) => e.late);
    const correction = events.find((e) => e.supersedes !== null);
    const unrouted = events.find((e) => e.routing_exception !== null);
    assert.ok(late && correction && unrouted, 'the demo queues a notice the rules could not route');
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'operator');
      const explain = async (e: { source: string; event_id: string }) => {
        await page.goto(
          `${portal.url}/operaties/uitleg?bron=${e.source}&id=${encodeURIComponent(e.event_id)}`,
        );
        await page.getByRole('heading', { level: 2, name: /^Gebeurtenis / }).waitFor();
      };
      await explain(late);
      assert.match(await summaryValue(page, 'Te laat verzonden').first().innerText(), /^Ja/);
      await explain(correction);
      assert.match(
        await summaryValue(page, 'Correctie').first().innerText(),
        /Op het bericht van gebeurtenis/,
      );
      await explain(unrouted);
      const why = (await summaryValue(page, 'Waarom niet gerouteerd').first().innerText()).replace(
        /\s+/g,
        ' ',
      );
      assert.ok(
        why.startsWith(EXCEPTION_LABELS[unrouted.routing_exception as keyof typeof EXCEPTION_LABELS]),
        `the exception in Dutch: ${why}`,
      );
      await assertAccessible(page, 'the explanation of an unrouted notice');
      await screenshot(page, 'contract11-uitleg-wachtrij');
    });
  });

  it('fits the notice on a 320 px phone', async () => {
    const [first] = await bijNotices();
    await withBrowser({ mobile: true }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await logIn(page, portal.url, 'bij.amsterdam');
      await page.goto(`${portal.url}/berichtenbox/bij/${first?.id}`);
      await heading1(page, 'Beëindiging detentie (PI)').waitFor();
      await summaryValue(page, 'Website inrichting').waitFor();
      await assertNoPageScroll(page, 'the notice at 320 px');
      await assertAccessible(page, 'a BIJ notice on a phone');
      await screenshot(page, 'contract11-bij-bericht-telefoon');
    });
  });
});
