import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();

describe('the Xbox Live inventory on the demo upstream', () => {
  it('pages through every item once, with the total', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}/xbox/inventory?availability=All`);
    const status = page.getByRole('status').filter({ hasText: 'shown' });
    await status.waitFor();
    const loadMore = page.getByRole('button', { name: 'Load more' });
    const counts = async () => /(\d+) of (\d+) shown/.exec((await status.textContent()) ?? '') ?? [];
    // The button hides while a page loads, so keep going until the count says everything is shown.
    await expect
      .poll(
        async () => {
          // Short: the button moves while pages arrive, and an unbounded click would wait out the test.
          if (await loadMore.isVisible()) await loadMore.click({ timeout: 2_000 }).catch(() => {});
          const [, shown, total] = await counts();
          return shown !== undefined && shown === total;
        },
        { timeout: 20_000, interval: 200 },
      )
      .toBe(true);
    const [, shown, total] = await counts();
    expect(Number(total)).toBeGreaterThan(250);
    expect(shown).toBe(total);
    const hrefs = await page
      .locator('main a[href^="/xbox/items/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(Number(total));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters through the URL and opens an item with its game linked', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}/`);
    await page.getByRole('link', { name: 'Open the inventory' }).click();
    await page.getByLabel('Item type').selectOption('GameContent');
    await expect.poll(() => page.url()).toContain('itemType=GameContent');
    await page.getByRole('region', { name: 'Add-ons' }).waitFor();
    expect(await page.getByRole('region', { name: 'Games' }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /bundle and subscription/ }).isDisabled()).toBe(true);
    await page.getByRole('region', { name: 'Add-ons' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Add-on 9/ }).waitFor();
    await page.getByText('Never expires').or(page.getByText(/UTC$/).first()).first().waitFor();
    await page.locator('dd a[href^="/xbox/items/"]').first().click();
    await page.getByRole('heading', { level: 1, name: /^Game 9/ }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
