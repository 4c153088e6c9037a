import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();

describe('the Xbox Live inventory on the demo upstream', () => {
  it('pages through every item once, on its own, with the total', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}/xbox/inventory?availability=All`);
    const status = page.getByRole('status').filter({ hasText: /^Loaded/ });
    await status.waitFor();
    const counts = async () => /Loaded ([\d,]+) of ([\d,]+)/.exec((await status.textContent()) ?? '') ?? [];
    // Pages keep coming in the background until the count says everything is loaded.
    await expect
      .poll(
        async () => {
          const [, shown, total] = await counts();
          return shown !== undefined && shown === total;
        },
        { timeout: 20_000, interval: 200 },
      )
      .toBe(true);
    const [, shown, total] = await counts();
    expect(Number(total?.replace(',', ''))).toBeGreaterThan(250);
    expect(shown).toBe(total);
    // The grid draws rows near the viewport only: scroll through it, gathering every tile's link.
    const hrefs = new Set<string | null>();
    for (let y = 0; ; y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
      const seen = await page
        .locator('main a[href^="/xbox/items/"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      seen.forEach((href) => hrefs.add(href));
      if (y > (await page.evaluate(() => document.documentElement.scrollHeight))) break;
    }
    expect(hrefs.size).toBe(Number(total?.replace(',', '')));
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
    // Add-ons were on the page before the filter too: the games going is what says it applied.
    await expect.poll(() => page.getByRole('region', { name: 'Games' }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /bundle and subscription/ }).isDisabled()).toBe(true);
    await page.getByRole('region', { name: 'Add-ons' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Never expires').or(page.getByText(/UTC$/).first()).first().waitFor();
    await page.locator('dd a[href^="/xbox/items/"]').first().click();
    await page.getByText('Game (GameV2)').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
