import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';
import { inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');

const browser = browserForFile();

/** A fresh page on the demo Titan's inventory (with `query` after its path), and its search box. */
async function openInventory(query = '') {
  const { page, errors } = await openPage(browser());
  await page.goto(`${baseURL}${inventoryPath}${query}`);
  const box = page.getByRole('combobox', { name: 'Search items' });
  await box.waitFor();
  return { page, errors, box };
}

/** The "shown of total" count beside the box, once it says one. */
async function matchCount(page: import('playwright-core').Page): Promise<{ shown: number; total: number }> {
  const count = page.getByText(/^\d[\d,]* of \d[\d,]* items$/);
  await count.waitFor();
  const [, shown, total] = /^([\d,]+) of ([\d,]+) items$/.exec((await count.textContent())!)!;
  return { shown: Number(shown!.replaceAll(',', '')), total: Number(total!.replaceAll(',', '')) };
}

/** The accessible names of the grid's item tiles. */
const tileLabels = (page: import('playwright-core').Page) =>
  page
    .getByRole('main')
    .locator('a[href*="/items/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));

const headline = (label: string) => /, (\d+) (Attack|Defense|Speed)\b/.exec(label)?.[1];

describe('search in the player’s words', () => {
  it('offers "did you mean" for a mistyped keyword, and following it filters the grid to exotics', async () => {
    const { page, errors, box } = await openInventory();
    await box.fill('is:exotc');
    await page.getByRole('alert').filter({ hasText: 'Unknown keyword `is:exotc`' }).waitFor();
    await page.getByRole('button', { name: 'Did you mean is:exotic?' }).click();
    expect(await box.inputValue()).toBe('is:exotic');
    expect(await page.getByRole('alert').count()).toBe(0);
    const { shown, total } = await matchCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    const matching = (await tileLabels(page)).filter((label) => !label.endsWith(', not matching'));
    expect(matching).toHaveLength(shown);
    for (const label of matching) expect(label).toMatch(/, Exotic /);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('is:exotic');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by power with power:>=', async () => {
    const { page, errors, box } = await openInventory('?hide=1');
    const powers = (await tileLabels(page))
      .map(headline)
      .filter((value) => value !== undefined)
      .map(Number);
    expect(powers.length).toBeGreaterThan(10);
    const threshold = [...powers].sort((a, b) => a - b)[Math.floor(powers.length / 2)]!;
    await box.fill(`power:>=${threshold}`);
    const expected = powers.filter((value) => value >= threshold).length;
    await expect.poll(async () => (await matchCount(page)).shown).toBe(expected);
    const shownPowers = (await tileLabels(page)).map(headline).map(Number);
    expect(shownPowers).toHaveLength(expected);
    for (const value of shownPowers) expect(value).toBeGreaterThanOrEqual(threshold);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts the caret in the search box at `/`, and keeps the help to Destiny’s words', async () => {
    const { page, errors, box } = await openInventory();
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe('');
    await page.keyboard.type('is:');
    const suggestions = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    await suggestions.first().waitFor();
    expect(await suggestions.allTextContents()).toContain('is:equipped');
    await page.keyboard.type('t');
    // No Xbox Live word on a Destiny page: `is:t` has nothing to offer.
    await expect.poll(() => suggestions.count()).toBe(0);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('m');
    await expect.poll(() => suggestions.allTextContents()).toEqual(['is:maxpower']);
    const help = page.getByRole('button', { name: 'Search help' });
    await help.click();
    await page.getByText('power:>=300').waitFor();
    await page.keyboard.press('Escape');
    expect(await help.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers a hostile query (3,000 nested parentheses, or 40 within the length) with a syntax error over the whole inventory', async () => {
    for (const [depth, message] of [
      [3000, 'A query is at most 500 characters long at column 501'],
      [40, 'Too deeply nested (at most 32 levels) at column 33'],
    ] as const) {
      const q = `${'('.repeat(depth)}a${')'.repeat(depth)}`;
      const { page, errors, box } = await openInventory(`?q=${encodeURIComponent(q)}`);
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
      expect(await page.getByText(/could not be read|went wrong/).count()).toBe(0);
      const labels = await tileLabels(page);
      expect(labels.length).toBeGreaterThan(10);
      expect(labels.filter((label) => label.endsWith(', not matching'))).toEqual([]);
      expect(await box.inputValue()).toBe(q);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
