import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';
import { account, inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();
const comparePath = `/destiny/${account.membershipType}/${account.membershipId}/compare`;
const GONE = '6917529099999999999';

/** Two leg armour pieces of the Titan with different power, read off the grid: instance id and name of each. */
async function twoArmourPieces(page: Page) {
  await page.goto(`${baseURL}${inventoryPath}`);
  const tiles = page.getByRole('region', { name: 'Leg Armor' }).getByRole('link');
  await tiles.first().waitFor();
  const pieces = await tiles.evaluateAll((links) =>
    links.map((link) => ({
      id: link.getAttribute('href')!.split('/').at(-1)!,
      name: link.getAttribute('aria-label')!.split(',')[0]!,
      power: /, (\d+) /.exec(link.getAttribute('aria-label')!)?.[1],
    })),
  );
  const [first] = pieces;
  const second = pieces.find((piece) => piece.power !== first?.power);
  if (!first || !second) throw new Error('the Titan has no two leg armour pieces of different power');
  return [first, second] as const;
}

const table = (page: Page) => page.getByRole('table', { name: 'Comparison' });

describe('compare', () => {
  it('opens by link with both items and a signed delta, and a reload keeps it', async () => {
    const { page, errors } = await openPage(browser());
    const [first, second] = await twoArmourPieces(page);
    await page.goto(`${baseURL}${comparePath}?items=${first.id},${second.id}`);
    await page.getByRole('heading', { level: 1, name: 'Compare 2 items' }).waitFor();
    const check = async () => {
      await table(page).waitFor();
      const headers = await table(page).getByRole('columnheader').allTextContents();
      expect(headers[0]).toContain(first.name);
      expect(headers[1]).toContain(second.name);
      const power = await table(page)
        .getByRole('row', { name: /^Power/ })
        .getByRole('cell')
        .allTextContents();
      expect(power[1]).toMatch(new RegExp(`^${second.power}[+-]\\d+$`));
    };
    await check();
    expect(await page.title()).toBe('Compare 2 items · Gearview');
    await page.reload();
    await check();
    expect(errors).toEqual([]);
  });

  it('fits a phone: many columns scroll inside the table, never the page', async () => {
    const { page, errors } = await openPage(browser(), { width: 390, height: 844 });
    await page.goto(`${baseURL}${inventoryPath}`);
    // Weapons and armour: stats one has and the other lacks make cells that say "none" to screen readers.
    const links = page
      .getByRole('region', { name: 'Primary Weapons' })
      .or(page.getByRole('region', { name: 'Leg Armor' }))
      .getByRole('link');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')!));
    const ids = hrefs.map((href) => href.split('/').at(-1)!).slice(0, 10);
    await page.goto(`${baseURL}${comparePath}?items=${ids.join(',')}`);
    await table(page).waitFor();
    expect(await table(page).getByRole('columnheader').count()).toBe(ids.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });

  it('names an id the account does not hold and shows the rest', async () => {
    const { page, errors } = await openPage(browser());
    const [first] = await twoArmourPieces(page);
    await page.goto(`${baseURL}${comparePath}?items=${first.id},${GONE}`);
    await page.getByText(`1 item could not be shown: ${GONE} is not in this account.`).waitFor();
    await page.getByText(`Only ${first.name} is here: choose another item`).waitFor();
    expect(errors).toEqual([]);
  });

  it("chooses two tiles in the grid's compare mode and follows the tray's Compare link", async () => {
    const { page, errors } = await openPage(browser());
    const [first, second] = await twoArmourPieces(page);
    await page.getByRole('button', { name: 'Choose items to compare' }).click();
    const bucket = page.getByRole('region', { name: 'Leg Armor' });
    await bucket.getByRole('button', { pressed: false }).first().waitFor();
    for (const piece of [first, second]) {
      // A Destiny tile's key is its instance id.
      const tile = bucket.locator(`button[data-key="${piece.id}"]`);
      await tile.click();
      expect(await tile.getAttribute('aria-pressed')).toBe('true');
    }
    const tray = page.getByRole('region', { name: 'Compare tray' });
    expect(await tray.textContent()).toContain('2 items chosen');
    await tray.getByRole('link', { name: 'Compare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare 2 items' }).waitFor();
    expect(new URL(page.url()).search).toBe(`?items=${first.id},${second.id}`);
    await table(page).waitFor();
    expect(errors).toEqual([]);
  });
});
