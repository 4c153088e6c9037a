import { describe, expect, inject, it } from 'vitest';
import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import { openPage, browserForFile } from './browser.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();

const vault = bungieDemoDirectory.accounts.find((account) => account.inventorySize)!;
const destinyVault = `/destiny/${vault.membershipType}/${vault.membershipId}/${vault.characters[0]!.characterId}`;
const hale = playfabDemoDirectory.players.find((player) =>
  player.characters.some((character) => character.inventorySize),
)!;
const playfabVault = `/playfab/${playfabDemoDirectory.titleId}/players/${hale.playFabId}/characters/${hale.characters.find((c) => c.inventorySize)!.characterId}`;

const TILES = 'main section a[href*="/items/"]';

describe('a 10,000-item vault', () => {
  it('draws only the tiles near the screen, and the rest as the page scrolls', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${destinyVault}`);
    const primary = page.getByRole('region', { name: 'Primary Weapons' });
    await primary.getByRole('link').first().waitFor({ timeout: 20_000 });
    const [, held] = /([\d,]+)(?: \/ \d+)?$/.exec((await primary.locator('header span').textContent())!)!;
    expect(Number(held!.replace(/,/g, ''))).toBeGreaterThan(400);
    const atTop = await page.locator(TILES).count();
    expect(atTop).toBeGreaterThan(20);
    expect(atTop).toBeLessThan(1_500);
    const firstAtTop = await page.locator(TILES).first().getAttribute('href');

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.locator(TILES).last().getAttribute('href')).not.toBe(firstAtTop);
    const atBottom = page.locator(TILES);
    expect(await atBottom.count()).toBeLessThan(1_500);
    // The last bucket's tiles are real links that open their item.
    const target = await atBottom.last().getAttribute('href');
    const name = await atBottom.last().getAttribute('aria-label');
    await atBottom.last().click();
    await page.waitForURL(`${baseURL}${target}`);
    await page.getByRole('heading', { level: 1, name: name!.split(',')[0] }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads no pictures for the rows a fling passes, and loads those where it comes to rest', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${destinyVault}`);
    await page.locator(TILES).first().waitFor({ timeout: 20_000 });
    // The drawn rows' tiles in view (a small bucket's tiles are all drawn, and their pictures
    // loaded, as the page opens).
    const inView = `[...document.querySelectorAll('main section [data-row] a[href*="/items/"]')].filter((tile) => {
      const { top, bottom } = tile.getBoundingClientRect();
      return top >= 0 && bottom <= innerHeight;
    })`;
    // 40 frames at 12 px a millisecond, whatever the frame rate; in each, how many tiles in view
    // had their pictures. A stall long enough to end the fling would let some in: most must not.
    const flung = await page.evaluate<{ tiles: number; pictured: number; y: number }>(
      `new Promise((resolve) => {
        let frames = 0, tiles = 0, pictured = 0, last = performance.now();
        const step = (now) => {
          window.scrollBy(0, Math.max(180, (now - last) * 12));
          last = now;
          const shown = ${inView};
          tiles += shown.length;
          pictured += shown.filter((tile) => tile.querySelector('img')).length;
          if (++frames < 40) return requestAnimationFrame(step);
          resolve({ tiles, pictured, y: scrollY });
        };
        requestAnimationFrame(step);
      })`,
    );
    expect(flung.y).toBeGreaterThan(5_000);
    expect(flung.tiles).toBeGreaterThan(500);
    expect(flung.pictured).toBeLessThan(flung.tiles / 5);
    // Come to rest: every tile in view gets its picture.
    await expect
      .poll(() => page.evaluate(`${inView}.every((tile) => tile.querySelector('img'))`), { timeout: 5_000 })
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches all 10,000 items, not just the ones drawn', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${destinyVault}?q=${encodeURIComponent('is:exotic')}&hide=1`);
    const count = page.getByText(/^[\d,]+ of [\d,]+ items$/);
    await count.waitFor({ timeout: 20_000 });
    const [shown, total] = /^([\d,]+) of ([\d,]+) items$/
      .exec((await count.textContent())!)!
      .slice(1)
      .map((n) => Number(n.replace(/,/g, '')));
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(total!);
    const names = await page
      .locator(TILES)
      .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => / Exotic /.test(name))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the PlayFab vault of 10,000 items, parsed off the main thread', async () => {
    const { page, errors } = await openPage(browser());
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${baseURL}${playfabVault}`);
    await page.locator(TILES).first().waitFor({ timeout: 20_000 });
    expect(await page.locator(TILES).count()).toBeLessThan(1_500);
    expect(workers.some((url) => /parse-worker/.test(url))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
