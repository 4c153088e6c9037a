import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';
import { inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();

describe('share links', () => {
  it("answers a path no route has with 404 and the app's not-found page", async () => {
    const { page, errors } = await openPage(browser());
    const response = await page.goto(`${baseURL}/destiny/2`);
    expect(response!.status()).toBe(404);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/not found/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers a dead item with 404, and the page still says so with a way back', async () => {
    const { page } = await openPage(browser());
    const response = await page.goto(`${baseURL}${inventoryPath}/items/6917529000000000000`);
    expect(response!.status()).toBe(404);
    await page.getByRole('heading', { name: 'Item not found' }).waitFor();
    await page.close();
  });

  it("unfurls an inventory by its character, and preloads the route's code with the page", async () => {
    const html = await (await fetch(`${baseURL}${inventoryPath}?q=is%3Aexotic`)).text();
    expect(html).toMatch(/<meta property="og:title" content="Titan inventory: search “is:exotic”" \/>/);
    expect(html).toMatch(
      /<meta property="og:description" content="Items matching “is:exotic” · .*Level \d+ · Light \d+/,
    );
    // No PUBLIC_ORIGIN here: no absolute URL is guessed from the Host header.
    expect(html).not.toMatch(/og:url|og:image/);
    expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/destiny-inventory-[\w-]+\.js">/);
  });
});
