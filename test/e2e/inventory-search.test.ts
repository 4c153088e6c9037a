import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';
import { inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');

const browser = browserForFile();

/** A fresh page on the Titan's inventory, and its search box. */
async function openInventory() {
  const { page, errors } = await openPage(browser());
  await page.goto(`${baseURL}${inventoryPath}`);
  return { page, errors, box: page.getByRole('combobox', { name: 'Search items' }) };
}

/** Types a query and clicks `target` straight after, before a pause in typing could write the URL. */
async function typeThenClickAtOnce(page: Page, query: string, target: Locator) {
  // Found first, so that nothing is waited for between the typing and the click.
  const at = (await target.boundingBox())!;
  await page.getByRole('combobox', { name: 'Search items' }).fill(query);
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
}

describe('searching an inventory', () => {
  it('filters the grid from a query in the URL, still after a reload', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${inventoryPath}?q=${encodeURIComponent('is:weapon is:exotic')}&hide=1`);
    const count = page.getByText(/^\d+ of \d+ items$/);
    await count.waitFor();
    const [, shown, total] = /^(\d+) of (\d+) items$/.exec((await count.textContent())!)!.map(Number);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total!);
    await page.reload();
    await count.waitFor();
    expect(await page.getByRole('combobox', { name: 'Search items' }).inputValue()).toBe('is:weapon is:exotic');
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: /, (Exotic|Legendary|Rare|Uncommon|Common|Basic) / })
        .count(),
    ).toBe(shown);
    expect(await page.getByRole('region', { name: 'Helmet' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('dims instead of hiding, and types a query into the shareable URL', async () => {
    const { page, errors, box } = await openInventory();
    await box.fill('is:exotic -is:weapon');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('is:exotic -is:weapon');
    await page.getByText(/^\d+ of \d+ items$/).waitFor();
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: /, not matching$/ })
        .count(),
    ).toBeGreaterThan(100);
    await box.fill('stat:attack>=');
    await page.getByRole('alert').filter({ hasText: 'Expected a number after `stat:attack>=` at column 14' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a query typed just before opening an item, for Back', async () => {
    const { page, errors, box } = await openInventory();
    await typeThenClickAtOnce(
      page,
      'is:exotic',
      page
        .getByRole('main')
        .getByRole('link', { name: /, Exotic / })
        .first(),
    );
    await page.waitForURL(/\/items\//);
    await page.goBack();
    await expect.poll(() => box.inputValue()).toBe('is:exotic');
    expect(new URL(page.url()).searchParams.get('q')).toBe('is:exotic');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a query typed just before the hide toggle is clicked', async () => {
    const { page, errors, box } = await openInventory();
    await typeThenClickAtOnce(page, 'is:exotic', page.getByRole('checkbox', { name: 'Hide non-matching' }));
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('1');
    expect(new URL(page.url()).searchParams.get('q')).toBe('is:exotic');
    expect(await box.inputValue()).toBe('is:exotic');
    expect(errors).toEqual([]);
    await page.close();
  });
});
