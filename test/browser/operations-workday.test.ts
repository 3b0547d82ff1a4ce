/**
 * The Justid operator's working day at volume, over the demo data (issue 14): the queue
 * filtered by reason and sorted per person, a person's notices routed in one go with the
 * type-ahead municipality field, and the explanation one click away, in Dutch. Checked
 * against WCAG 2.1 AA at desktop and phone width.
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

before(async () => {
  portal = await startPortal();
});

after(async () => {
  await portal?.close();
});

/** The notices on the open page, in their order, with the person each is about. */
async function rows(page: Page) {
  const ids = (
    await page.locator('tr[data-notice]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-notice')))
  ).map(Number);
  const stored = await portal.store.db
    .selectFrom('notices')
    .select(['id', 'skn', 'recipient', 'routing_exception', 'status'])
    .where('id', 'in', ids.length > 0 ? ids : [-1])
    .execute();
  return ids.map((id) => {
    const found = stored.find((n) => n.id === id);
    if (!found) throw new Error(`notice ${id} not in the store`);
    return found;
  });
}

describe("the operator's working day", () => {
  test('filters the queue by reason, routes one person’s notices in one go, and reads why in Dutch', async () => {
    await withBrowser({}, async ({ page }) => {
      await logIn(page, portal.url, 'operator');
      await page.goto(`${portal.url}/operaties/wachtrij`);
      await page.getByRole('heading', { level: 1, name: 'Wachtrij' }).waitFor();
      await page.locator('tr[data-notice]').first().waitFor();
      await assertAccessible(page, 'the queue');
      await screenshot(page, 'issue14-operator-desktop');

      // Only the notices without an address, a person's notices together.
      await page.getByLabel('Waarom in de wachtrij').selectOption('no-address');
      await page.getByLabel('Sorteren', { exact: true }).selectOption('person');
      await page.getByRole('button', { name: 'Filter toepassen' }).click();
      await page.waitForURL(/reden=no-address/);
      await page.locator('tr[data-notice]').first().waitFor();
      const listed = await rows(page);
      assert.ok(listed.length > 0, 'the demo has notices without an address');
      assert.ok(
        listed.every((n) => n.routing_exception === 'no-address'),
        'only the reason asked for',
      );
      // A person's notices come together: once the list moves on to another person, it never returns.
      const order = listed.map((n) => n.skn);
      for (let i = 1; i < order.length; i++)
        if (order[i] !== order[i - 1])
          assert.ok(!order.slice(0, i).includes(order[i] as string), "a person's notices come together");

      // Tick every notice of the person with the most notices on the page.
      const counts = new Map<string, number>();
      for (const skn of order) counts.set(skn, (counts.get(skn) ?? 0) + 1);
      const [person] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
      const mine = listed.filter((n) => n.skn === person);
      for (const n of mine) await page.locator(`tr[data-notice="${n.id}"] input[type="checkbox"]`).check();
      await page
        .getByRole('heading', {
          level: 3,
          name: `${mine.length} ${mine.length === 1 ? 'bericht' : 'berichten'} geselecteerd`,
        })
        .waitFor();
      await page.getByRole('button', { name: 'Geselecteerde berichten routeren' }).click();

      // The municipality by typing a part of its name: the suggestions narrow, the keyboard takes one.
      const field = page.getByRole('combobox', { name: 'Gemeente voor de geselecteerde berichten' });
      await field.fill('utrech');
      const suggestions = page.getByRole('listbox', { name: /^Suggesties voor gemeente/ });
      await suggestions.getByRole('option', { name: 'Utrecht (GM0344)' }).waitFor();
      assert.ok(
        (await suggestions.getByRole('option').count()) <= 3,
        'typing narrows 342 municipalities to a few suggestions',
      );
      await field.press('ArrowDown');
      await field.press('Enter');
      assert.equal(await field.inputValue(), 'Utrecht (GM0344)');
      await page
        .getByLabel('Reden voor de geselecteerde berichten')
        .fill('Reclassering meldt een woonadres in Utrecht.');
      await assertAccessible(page, 'routing a person’s notices at once');
      await page.getByRole('button', { name: 'Geselecteerde berichten routeren' }).click();
      await page.getByRole('status').filter({ hasText: 'met de hand gerouteerd' }).waitFor();

      const after = await portal.store.db
        .selectFrom('notices')
        .select(['recipient', 'status'])
        .where(
          'id',
          'in',
          mine.map((n) => n.id),
        )
        .execute();
      assert.deepEqual(
        after.map((n) => n.recipient),
        mine.map(() => 'GM0344'),
        'every notice of the person went to Utrecht',
      );
      const history = await portal.store.db
        .selectFrom('notice_history')
        .select(['notice_id', 'action', 'reason'])
        .where(
          'notice_id',
          'in',
          mine.map((n) => n.id),
        )
        .execute();
      assert.equal(history.length, mine.length, 'each notice has its own history row');
      assert.ok(history.every((h) => h.action === 'route'));

      // The explanation of a notice still in the queue, one click away, in Dutch.
      const next = (await rows(page))[0];
      assert.ok(next, 'the queue has more notices');
      await page
        .locator(`tr[data-notice="${next.id}"]`)
        .getByRole('link', { name: /^Uitleg/ })
        .click();
      await page.waitForURL(/\/operaties\/uitleg\?melding=/);
      await page.getByRole('heading', { level: 2, name: /^Gebeurtenis/ }).waitFor();
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, /\b(leave-granted|release-scheduled|admission|no victim registration)\b/);
      assert.match(text, /Geen adres/i, 'the exception in Dutch');
      await assertAccessible(page, 'the explanation of a queued notice');
    });
  });

  test('at phone width the queue and the routing form fit the screen', async () => {
    await withBrowser({ mobile: true }, async ({ page }) => {
      await logIn(page, portal.url, 'operator');
      await page.goto(`${portal.url}/operaties/wachtrij`);
      await page.locator('tr[data-notice]').first().waitFor();
      const [width, viewport] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      assert.ok(width <= viewport, `the queue scrolls sideways: ${width} > ${viewport}`);
      await assertAccessible(page, 'the queue at phone width');
      // At 320 px each queued notice is a card; its checkbox still selects it for routing.
      await page.setViewportSize({ width: 320, height: 740 });
      await assertCards(page, 'the queue at 320 px');
      await page.locator('tr[data-notice]').first().getByRole('checkbox').check();
      await page.getByText('1 bericht geselecteerd').first().waitFor();
      await assertAccessible(page, 'the queue at 320 px with a notice selected');
      await screenshot(page, 'issue14-operator-phone');
    });
  });
});
