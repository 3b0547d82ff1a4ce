/**
 * The operations desk in a real browser, over the demo data: Justid's
 * operator checks the municipality of BIJ notices, routes a notice from the
 * queue by hand, looks up why the rules decided what they did, and checks the
 * logs; users without the operator's role are refused before any data is
 * asked for. Every page and state is checked against WCAG 2.1 AA.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { BatchRejectedError } from '../../src/ingest/index.ts';
import { dutchReason, type SkipReason } from '../../src/notifications/reasons.ts';
import { ingestAtomically } from '../../src/pipeline.ts';
import { defaultReferenceCatalog } from '../../src/reference/index.ts';
import { EXCEPTION_LABELS } from '../../web/src/lib/notices.ts';
import {
  assertAccessible,
  logIn,
  type Portal,
  screenshot,
  startPortal,
  withBrowser,
} from '../helpers/portal.ts';
import { assertCards } from './cards.ts';

/** Types a municipality's code in the type-ahead field and takes the suggestion with the keyboard. */
async function chooseMunicipality(page: Page, label: string, code: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(code);
  await page.getByRole('option', { name: new RegExp(`\\(${code}\\)`) }).waitFor();
  await field.press('ArrowDown');
  await field.press('Enter');
  assert.match(await field.inputValue(), new RegExp(`\\(${code}\\)$`));
}

let portal: Portal;

before(async () => {
  portal = await startPortal();
});

after(async () => {
  await portal?.close();
});

/** The notice a row of the open page is about, and its state in the store. */
async function noticeRow(page: Page, index: number) {
  const row = page.locator('tr[data-notice]').nth(index);
  const id = Number(await row.getAttribute('data-notice'));
  const notice = await portal.store.db
    .selectFrom('notices')
    .select(['id', 'status', 'recipient'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { row, id, notice };
}

const history = (id: number) =>
  portal.store.db
    .selectFrom('notice_history')
    .select(['action', 'from_recipient', 'to_recipient', 'reason', 'username'])
    .where('notice_id', '=', id)
    .orderBy('id')
    .execute();

/** The text of the element that has the focus now. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

async function assertNoSideScroll(page: Page, what: string) {
  const [width, viewport] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  assert.ok(width <= viewport, `${what} scrolls sideways at phone width: ${width} > ${viewport}`);
}

describe('the operations desk', () => {
  test('the operator confirms the municipality of a BIJ notice, changes that of another with a reason, and a change without a reason is refused', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'operator');
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Operaties' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Operaties' }).waitFor();
      for (const part of ['BIJ-controle', 'Wachtrij', 'Uitleg van besluiten', 'Logboeken'])
        assert.equal(await page.getByRole('heading', { level: 2, name: part }).count(), 1, part);
      // The demo leaves 25 BIJ notices for the operator (DEMO_REVIEWS_LEFT).
      await page.getByText('25 berichten wachten').waitFor();
      await assertAccessible(page, 'the operations overview');
      await screenshot(page, 'operaties-overzicht');

      await page
        .getByRole('navigation', { name: 'Onderdelen van Operaties' })
        .getByRole('link', { name: 'BIJ-controle' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'BIJ-controle' }).waitFor();
      await page.locator('tr[data-notice]').first().waitFor();
      assert.equal(await page.locator('tr[data-notice]').count(), 25, 'the demo leaves 25 notices to check');
      await assertAccessible(page, 'the BIJ check list');
      await screenshot(page, 'operaties-bij-controle');

      // Confirm the first notice with the keyboard only: Tab to its button, Enter, Tab, Enter.
      const first = await noticeRow(page, 0);
      assert.equal(first.notice.status, 'awaiting-review');
      assert.ok(
        first.notice.recipient?.startsWith('GM'),
        'a BIJ notice under review has a proposed municipality',
      );
      const proposed = await first.row.locator('td').nth(2).innerText();
      assert.match(
        proposed,
        new RegExp(first.notice.recipient ?? 'none'),
        'the row shows the proposed municipality',
      );
      for (let i = 0; i < 40 && !(await focused(page)).startsWith('Beoordelen'); i++)
        await page.keyboard.press('Tab');
      assert.match(
        await focused(page),
        /^Beoordelen/,
        'the first Beoordelen button is reachable by keyboard',
      );
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Gemeente bevestigen' }).waitFor();
      await assertAccessible(page, 'a BIJ notice opened for review');
      await screenshot(page, 'operaties-bij-controle-beoordelen');
      await page.keyboard.press('Tab');
      assert.equal(
        await focused(page),
        'Gemeente bevestigen',
        'the next stop after the row is its first action',
      );
      await page.keyboard.press('Enter');

      const confirmed = page.getByRole('status').filter({ hasText: 'De gemeente is bevestigd' });
      await confirmed.waitFor();
      assert.match(await focused(page), /De gemeente is bevestigd/, 'the focus moves to the success message');
      await page.locator(`tr[data-notice="${first.id}"]`).waitFor({ state: 'detached' });
      const afterConfirm = await noticeRow(page, 0);
      assert.notEqual(afterConfirm.id, first.id, 'the confirmed notice left the list');
      const delivered = await portal.store.db
        .selectFrom('notices')
        .select(['status', 'recipient'])
        .where('id', '=', first.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(delivered, { status: 'delivered', recipient: first.notice.recipient });
      assert.deepEqual(
        (await history(first.id)).map((h) => [h.action, h.username, h.to_recipient]),
        [['confirm', 'operator', first.notice.recipient]],
      );
      await assertAccessible(page, 'the BIJ check list after a confirmation');
      await screenshot(page, 'operaties-bij-controle-bevestigd');

      // Change the municipality of the next notice; first without a reason.
      const second = afterConfirm;
      const target = second.notice.recipient === 'GM0363' ? 'GM0599' : 'GM0363';
      await second.row.getByRole('button', { name: /^Beoordelen/ }).click();
      await page.getByRole('button', { name: 'Andere gemeente kiezen' }).click();
      const municipality = page.getByRole('combobox', { name: 'Nieuwe gemeente' });
      assert.equal(
        await municipality.evaluate((e) => e === document.activeElement),
        true,
        'the focus moves to the municipality',
      );
      await municipality.fill(second.notice.recipient ?? '');
      assert.equal(
        await page.getByRole('option', { name: new RegExp(second.notice.recipient ?? '-') }).count(),
        0,
        'the municipality the notice goes to already is not offered',
      );
      await chooseMunicipality(page, 'Nieuwe gemeente', target);
      await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
      const reason = page.getByLabel('Reden van de wijziging');
      await page.getByText('Geef een reden op. Zonder reden wordt niets gewijzigd.').waitFor();
      assert.equal(
        await reason.evaluate((e) => e === document.activeElement),
        true,
        'the focus moves to the reason',
      );
      assert.equal(await reason.getAttribute('aria-invalid'), 'true');
      const unchanged = await noticeRow(page, 0);
      assert.equal(unchanged.id, second.id, 'the notice is still on the list');
      assert.deepEqual(unchanged.notice, second.notice, 'nothing changed in the store');
      assert.deepEqual(await history(second.id), []);
      await assertAccessible(page, 'a change without a reason, refused');
      await screenshot(page, 'operaties-bij-controle-reden-ontbreekt');

      await reason.fill('Verlofadres ligt volgens de inrichting in een andere gemeente.');
      await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await page.getByRole('status').filter({ hasText: 'De gemeente is gewijzigd' }).waitFor();
      assert.match(await focused(page), /De gemeente is gewijzigd/);
      await page.locator(`tr[data-notice="${second.id}"]`).waitFor({ state: 'detached' });
      const changed = await portal.store.db
        .selectFrom('notices')
        .select(['status', 'recipient'])
        .where('id', '=', second.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(changed, { status: 'delivered', recipient: target });
      assert.deepEqual(await history(second.id), [
        {
          action: 'change',
          from_recipient: second.notice.recipient,
          to_recipient: target,
          reason: 'Verlofadres ligt volgens de inrichting in een andere gemeente.',
          username: 'operator',
        },
      ]);
      assert.equal(await page.locator('tr[data-notice]').count(), 23, 'two notices fewer to check');
      await assertAccessible(page, 'the BIJ check list after a change');
      await screenshot(page, 'operaties-bij-controle-gewijzigd');
    });
  });

  test('the operator routes a notice from the queue by hand, looks up the explanation of an event, and finds both logs intact', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'operator');
      await page.goto(`${portal.url}/operaties/wachtrij`);
      await page.getByRole('heading', { level: 1, name: 'Wachtrij' }).waitFor();
      await page.locator('tr[data-notice]').first().waitFor();
      const queued = await noticeRow(page, 0);
      assert.deepEqual([queued.notice.status, queued.notice.recipient], ['awaiting-review', null]);
      const { routing_exception: why } = await portal.store.db
        .selectFrom('notices')
        .select('routing_exception')
        .where('id', '=', queued.id)
        .executeTakeFirstOrThrow();
      assert.ok(why && why in EXCEPTION_LABELS, `a queued notice has a known reason: ${why}`);
      assert.ok(
        (await queued.row.innerText()).includes(EXCEPTION_LABELS[why as keyof typeof EXCEPTION_LABELS]),
        `the row says why in Dutch (${why})`,
      );
      await assertAccessible(page, 'the queue');
      await screenshot(page, 'operaties-wachtrij');

      await queued.row.getByRole('button', { name: /^Handmatig routeren/ }).click();
      await chooseMunicipality(page, 'Gemeente', 'GM0363');
      await page.getByLabel('Reden', { exact: true }).fill('Adres bekend via de reclassering: Amsterdam.');
      await assertAccessible(page, 'a queue notice opened to route');
      await screenshot(page, 'operaties-wachtrij-routeren');
      await page.getByRole('button', { name: 'Routeren', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'met de hand gerouteerd' }).waitFor();
      assert.match(await focused(page), /afgeleverd bij gemeente Amsterdam/);
      await page.locator(`tr[data-notice="${queued.id}"]`).waitFor({ state: 'detached' });
      const routed = await portal.store.db
        .selectFrom('notices')
        .select(['status', 'recipient'])
        .where('id', '=', queued.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(routed, { status: 'delivered', recipient: 'GM0363' });
      assert.deepEqual(
        (await history(queued.id)).map((h) => [h.action, h.to_recipient, h.reason]),
        [['route', 'GM0363', 'Adres bekend via de reclassering: Amsterdam.']],
      );
      await assertAccessible(page, 'the queue after routing');
      await screenshot(page, 'operaties-wachtrij-gerouteerd');

      // The queue is long: the next page holds other notices, and its cursor is in the URL.
      const firstPage = await page
        .locator('tr[data-notice]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-notice')));
      await page.getByRole('button', { name: 'Volgende pagina' }).click();
      await page.getByText('Pagina 2, de nieuwste berichten bovenaan').waitFor();
      assert.match(page.url(), /paginas=\d+/);
      await assertAccessible(page, 'the second page of the queue');
      const secondPage = await page
        .locator('tr[data-notice]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-notice')));
      assert.equal(secondPage.length, 25);
      assert.deepEqual(
        secondPage.filter((id) => firstPage.includes(id)),
        [],
        'the second page shows other notices',
      );
      await page.getByRole('button', { name: 'Vorige pagina' }).click();
      await page.getByText('Pagina 1, de nieuwste berichten bovenaan').waitFor();

      // An event that made a BIJ notice and for which another rule made none.
      const event = await portal.store.db
        .selectFrom('event_log')
        .innerJoin('notices', 'notices.event_log_id', 'event_log.id')
        .innerJoin('notice_decisions', 'notice_decisions.event_log_id', 'event_log.id')
        .select(['event_log.id', 'event_log.source', 'event_log.event_id'])
        .where('notices.box', '=', 'bij')
        .orderBy('event_log.id')
        .executeTakeFirstOrThrow();
      const made = await portal.store.db
        .selectFrom('notices')
        .select(['type', 'recipient'])
        .where('event_log_id', '=', event.id)
        .execute();
      const skipped = await portal.store.db
        .selectFrom('notice_decisions')
        .select(['box', 'reason', 'reasons'])
        .where('event_log_id', '=', event.id)
        .execute();

      await page
        .getByRole('navigation', { name: 'Onderdelen van Operaties' })
        .getByRole('link', { name: 'Uitleg van besluiten' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Uitleg van besluiten' }).waitFor();
      await assertAccessible(page, 'the explanation form');
      await page.getByLabel('Gebeurtenis-id').fill('bestaat-niet');
      await page.getByRole('button', { name: 'Uitleg tonen' }).click();
      await page.getByText('Er is geen gebeurtenis gevonden bij bron').waitFor();
      await assertAccessible(page, 'an explanation of an unknown event');

      await page.getByLabel('Bron').selectOption(event.source);
      await page.getByLabel('Gebeurtenis-id').fill(event.event_id);
      await page.getByRole('button', { name: 'Uitleg tonen' }).click();
      const heading = page.getByRole('heading', {
        level: 2,
        name: `Gebeurtenis ${event.event_id} van ${event.source}`,
      });
      await heading.waitFor();
      assert.equal(
        await heading.evaluate((e) => e === document.activeElement),
        true,
        'the focus moves to the result',
      );
      const url = new URL(page.url());
      assert.deepEqual(
        [url.searchParams.get('bron'), url.searchParams.get('id')],
        [event.source, event.event_id],
      );
      assert.equal(
        await page.getByRole('heading', { level: 3, name: /^Bericht gemaakt/ }).count(),
        made.length,
      );
      assert.equal(
        await page.getByRole('heading', { level: 3, name: /^Geen bericht/ }).count(),
        skipped.length,
      );
      const decisions = await page.locator('.kz-ops-decisions').innerText();
      for (const n of made)
        assert.ok(decisions.includes(n.recipient ?? 'in de wachtrij'), `recipient ${n.recipient} shown`);
      // Each reason in Dutch (reasons.ts), never the English words the rules log.
      for (const d of skipped) {
        const words = (d.reasons as SkipReason[]).map(dutchReason).join('; ');
        // Shown as a sentence, with a capital.
        const dutch = words.charAt(0).toUpperCase() + words.slice(1);
        assert.ok(decisions.includes(dutch), `reason "${dutch}" shown`);
        assert.ok(!decisions.includes(d.reason), `no English reason "${d.reason}"`);
      }
      assert.match(decisions, /Regelset/);
      await assertAccessible(page, 'the explanation of an event');
      await screenshot(page, 'operaties-uitleg');

      // The URL holds the question: a reload shows the same explanation.
      await page.reload();
      await heading.waitFor();

      await page
        .getByRole('navigation', { name: 'Onderdelen van Operaties' })
        .getByRole('link', { name: 'Logboeken' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Logboeken' }).waitFor();
      await page.getByRole('heading', { name: 'Logboek dataverwerkingen' }).waitFor();
      for (const log of ['Logboek dataverwerkingen', 'Auditlogboek']) {
        const block = page.locator('li', { has: page.getByRole('heading', { name: log }) });
        assert.match(await block.innerText(), /Intact/, `${log} is intact`);
        assert.match(await block.innerText(), /\d+ rijen gecontroleerd/);
      }
      await page.getByRole('button', { name: 'Opnieuw controleren' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Gecontroleerd om .*: alle logboeken zijn intact/ })
        .waitFor();
      await assertAccessible(page, 'the log check');
      await screenshot(page, 'operaties-logboeken');
    });
  });

  test('the operator sees a delivery refused for reusing an eventId with other content: the event and the differing fields, never the values', async () => {
    const ctx = { catalog: defaultReferenceCatalog() };
    const event = {
      eventId: 'conflict-demo-1',
      source: 'SKDB',
      type: 'person-registered',
      occurredAt: '2026-11-20T09:00:00+01:00',
      skn: '10000017',
      surname: 'Oosterhout',
      givenNames: 'Anna',
      birthDate: '1991-05-06',
      gender: 'V',
    };
    await ingestAtomically(portal.store.db, [event], ctx);
    await assert.rejects(
      ingestAtomically(portal.store.db, [{ ...event, surname: 'Westerveld', birthDate: '1991-06-05' }], ctx),
      BatchRejectedError,
    );
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'operator');
      await page.goto(`${portal.url}/operaties`);
      await page.getByRole('heading', { level: 2, name: 'Conflicten' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Onderdelen van Operaties' })
        .getByRole('link', { name: 'Conflicten' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Conflicten' }).waitFor();
      const row = page.locator('tr[data-conflict]').first();
      await row.waitFor();
      assert.match(await row.innerText(), /conflict-demo-1/);
      assert.match(await row.innerText(), /birthDate, surname/);
      assert.match(await row.innerText(), /SKDB/);
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, /Oosterhout|Westerveld|1991/, 'no values of either version on the page');
      await assertAccessible(page, 'the conflicts');
      await screenshot(page, 'operaties-conflicten');
      // At 320 px a conflict is a card; its link to the explanation still opens.
      await page.setViewportSize({ width: 320, height: 740 });
      await assertCards(page, 'the conflicts at 320 px');
      await assertAccessible(page, 'the conflicts at 320 px');
      await row.getByRole('link', { name: /Uitleg bij gebeurtenis conflict-demo-1/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Gebeurtenis conflict-demo-1 van SKDB' }).waitFor();
    });
  });

  test('a consultation user and a BIJ officer who type the operations or Beheer address see "Geen toegang" and ask the API nothing', async () => {
    for (const username of ['raadpleger', 'bij.amsterdam']) {
      await withBrowser({}, async ({ page }) => {
        await logIn(page, portal.url, username);
        const asked: string[] = [];
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname;
          if (/^\/api\/v1\/(operaties|gebruikers|organisaties|verwerkingen)/.test(path)) asked.push(path);
        });
        for (const path of ['/operaties', '/operaties/bij-controle', '/beheer']) {
          await page.goto(`${portal.url}${path}`);
          await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
          await assertAccessible(page, `${path} refused to ${username}`);
          assert.equal(
            await page
              .getByRole('navigation', { name: 'Hoofdmenu' })
              .getByRole('link', { name: /Operaties|Beheer/ })
              .count(),
            0,
            'the menu does not offer what the role may not use',
          );
        }
        await screenshot(page, `operaties-geen-toegang-${username.replace('.', '-')}`);
        assert.deepEqual(asked, [], `${username}'s browser asked the API for what the role may not see`);
      });
    }
  });

  test('at phone width every operations page fits the screen without sideways scrolling', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await logIn(page, portal.url, 'operator');
      for (const path of [
        '/operaties',
        '/operaties/bij-controle',
        '/operaties/wachtrij',
        '/operaties/logboeken',
        '/operaties/conflicten',
      ]) {
        await page.goto(`${portal.url}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (path.endsWith('bij-controle') || path.endsWith('wachtrij'))
          await page.locator('tr[data-notice]').first().waitFor();
        if (path.endsWith('logboeken')) await page.getByText('Intact').first().waitFor();
        await assertNoSideScroll(page, path);
        await assertAccessible(page, `${path} at phone width`);
        // 320 CSS pixels: a small phone, or 1280 pixels at 400% zoom (WCAG 1.4.10).
        await page.setViewportSize({ width: 320, height: 740 });
        await assertNoSideScroll(page, `${path} at 320 pixels`);
        if (/bij-controle|wachtrij/.test(path)) {
          // A list read row by row: a card per notice.
          await assertCards(page, `${path} at 320 pixels`);
          await assertAccessible(page, `${path} at 320 pixels`);
        }
        await page.setViewportSize({ width: 375, height: 740 });
      }
      await page.goto(`${portal.url}/operaties/bij-controle`);
      await page
        .locator('tr[data-notice]')
        .first()
        .getByRole('button', { name: /^Beoordelen/ })
        .click();
      await page.getByRole('button', { name: 'Andere gemeente kiezen' }).click();
      const select = page.getByRole('combobox', { name: 'Nieuwe gemeente' });
      const box = await select.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 375, 'the form of an open notice is on the screen');
      await assertNoSideScroll(page, 'an open BIJ notice');
      await assertAccessible(page, 'an open BIJ notice at phone width');
      await screenshot(page, 'operaties-telefoon-bij-controle');
      await page.goto(`${portal.url}/operaties/uitleg?bron=MITS&id=mits-1`);
      await page.getByRole('heading', { level: 2, name: /^Gebeurtenis/ }).waitFor();
      await assertNoSideScroll(page, 'an explanation');
      await assertAccessible(page, 'an explanation at phone width');
      await screenshot(page, 'operaties-telefoon-uitleg');
    });
  });
});
