/**
 * A list table at phone width (TableRegion `cards`): each row a card, each
 * cell on its own line after its column's name, and nothing that scrolls
 * sideways, neither the page nor the table's own region.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** Asserts that every row of the page's card lists is a card (at least one), that its cells carry their column's name, and that nothing is wider than the screen. */
export async function assertCards(page: Page, what: string) {
  await page.locator('.kz-table-wrap--cards tbody tr').first().waitFor({ timeout: 10_000 });
  const found = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('.kz-table-wrap--cards tbody tr')];
    const cells = rows.flatMap((row) => [...row.children]);
    return {
      rows: rows.length,
      notCards: rows.filter((row) => getComputedStyle(row).display !== 'block').length,
      unnamed: cells.filter(
        (cell) => getComputedStyle(cell).display !== 'none' && !cell.hasAttribute('data-label'),
      ).length,
      regions: [...document.querySelectorAll('.kz-table-wrap--cards')].map((region) => [
        region.scrollWidth,
        region.clientWidth,
      ]),
      page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    };
  });
  assert.ok(found.rows > 0, `${what}: no cards`);
  assert.equal(found.notCards, 0, `${what}: ${found.notCards} of ${found.rows} rows are not cards`);
  assert.equal(found.unnamed, 0, `${what}: ${found.unnamed} cells without their column's name`);
  for (const [scroll, client] of found.regions)
    assert.ok(
      (scroll ?? 0) <= (client ?? 0),
      `${what}: a card list scrolls sideways (${scroll} > ${client})`,
    );
  const [scroll, client] = found.page;
  assert.ok((scroll ?? 0) <= (client ?? 0), `${what} is ${scroll} px wide on a ${client} px screen`);
}
