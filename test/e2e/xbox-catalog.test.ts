import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearFaults, queueFault } from '../../src/demo/faults/fault-client.ts';
import { browserForFile, openPage } from './browser.ts';
import { startBuiltServer, type RunningServer } from './server-process.ts';

/**
 * A server of its own: the Store catalog is kept per product for a day, so the outage must come
 * before anything has named the demo's products.
 */
let app: RunningServer;
const browser = browserForFile();

beforeAll(async () => {
  app = await startBuiltServer({ DEMO: '1', CIRCUIT_FAILURES: '1000', RATE_LIMIT_REQUESTS: '3000' });
});
afterAll(async () => {
  await clearFaults(app.demoOrigin!);
  await app?.stop();
});

interface Page {
  pagingInfo: { continuationToken?: string };
  items: { productId: string }[];
}

/** A product on the inventory's third page that the Store names, as the page asks for them. */
async function titleOnPageThree(): Promise<{ productId: string; title: string }> {
  let token: string | undefined;
  let page: Page | undefined;
  for (let n = 0; n < 3; n++) {
    const query = `maxItems=100${token ? `&continuationToken=${encodeURIComponent(token)}` : ''}`;
    page = (await (await fetch(`${app.origin}/api/xbox/users/me/inventory?${query}`)).json()) as Page;
    token = page.pagingInfo.continuationToken;
  }
  const ids = page!.items.slice(0, 20).map((item) => item.productId);
  const catalog = (await (await fetch(`${app.origin}/api/xbox/catalog?ids=${ids}`)).json()) as {
    Products: { ProductId: string; LocalizedProperties: { ProductTitle: string }[] }[];
  };
  const product = catalog.Products[0]!;
  return { productId: product.ProductId, title: product.LocalizedProperties[0]!.ProductTitle };
}

describe('Xbox names and art from the Store catalog', () => {
  it('keeps the inventory through a catalog outage, with ids, and names it after Retry', async () => {
    await queueFault(app.demoOrigin!, {
      provider: 'xbox',
      match: '/v7.0/products',
      fault: { kind: 'html' },
      times: 1000,
    });
    const { page, errors } = await openPage(browser());
    await page.goto(`${app.origin}/xbox/inventory`);
    const alert = page.getByRole('alert').filter({ hasText: 'The Store catalog did not answer' });
    await alert.waitFor({ timeout: 20_000 });
    const games = page.getByRole('region', { name: 'Games' });
    await games
      .getByRole('link', { name: /^Game 9\w{11}/ })
      .first()
      .waitFor();
    await clearFaults(app.demoOrigin!);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await alert.waitFor({ state: 'detached', timeout: 10_000 });
    await expect.poll(() => games.getByRole('link', { name: /^Game 9\w{11}/ }).count()).toBeLessThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows titles under box art on the demo inventory', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${app.origin}/xbox/inventory`);
    const tile = page.getByRole('region', { name: 'Games' }).getByRole('link').first();
    await expect.poll(async () => (await tile.getAttribute('aria-label')) ?? '').toMatch(/^(?!Game 9)\w/);
    const art = tile.locator('img');
    await expect.poll(() => art.getAttribute('src')).toMatch(/^\/api\/xbox\/images\/image\/apps\./);
    await expect.poll(() => art.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    // The title is written under the art, in view, where the tile's accessible name begins with it.
    const name = (await tile.getAttribute('aria-label'))!.split(',')[0]!;
    const caption = tile.getByText(name, { exact: true });
    expect(await caption.isVisible()).toBe(true);
    const [artBox, captionBox] = await Promise.all([art.boundingBox(), caption.boundingBox()]);
    expect(captionBox!.y).toBeGreaterThanOrEqual(artBox!.y + artBox!.height);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a title from the third page by searching for it', async () => {
    const { productId, title } = await titleOnPageThree();
    const { page, errors } = await openPage(browser());
    await page.goto(`${app.origin}/xbox/inventory?hide=1&q=${encodeURIComponent(`"${title}"`)}`);
    const found = page.locator(`main a[href*="${productId}"]`);
    await found.waitFor({ timeout: 20_000 });
    expect(await found.getAttribute('aria-label')).toMatch(
      new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await page.getByRole('status').filter({ hasText: 'Loaded 262 of 262' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Not complete yet').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
