import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openPage } from './browser.ts';
import { inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement!;
    return {
      tag: element.tagName,
      id: element.id,
      name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '',
      tile: element.hasAttribute('data-tile'),
      bucket: element.closest('section')?.querySelector('h3')?.textContent ?? null,
    };
  });

async function openInventory(page: Page) {
  await page.goto(`${baseURL}${inventoryPath}`);
  await page.getByRole('region', { name: 'Primary Weapons' }).getByRole('link').first().waitFor();
}

describe('with the keyboard alone', () => {
  it('skips to the main content, and a new page titles itself, takes focus on its heading and is announced', async () => {
    const { page, errors } = await openPage(browser());
    await openInventory(page);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');

    const tile = page.getByRole('region', { name: 'Primary Weapons' }).getByRole('link').first();
    const name = (await tile.getAttribute('aria-label'))!.split(',')[0]!;
    await tile.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expect.poll(() => page.title()).toBe(`${name} · Titan · Gearview`);
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    await expect
      .poll(() => page.locator('[aria-live="polite"][aria-atomic="true"]').textContent())
      .toBe(`${name} · Titan · Gearview`);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Titan inventory' }).waitFor();
    await expect.poll(() => page.title()).toMatch(/^Titan inventory · (.+ · )?Gearview$/);
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    // Sky-300 and the yellow accent on the dark ground; sky-700 and the deep accent on the light one.
    { colorScheme: 'dark' as const, sky: /^oklch\(0\.828 0\.111 230/, accent: 'rgb(245, 197, 66)' },
    { colorScheme: 'light' as const, sky: /^oklch\(0\.5 0\.134 242/, accent: 'oklch(0.5 0.125 65)' },
  ])(
    'draws a focus ring unlike the equipped mark, in the $colorScheme scheme',
    async ({ colorScheme, sky, accent }) => {
      const { page } = await openPage(browser());
      await page.emulateMedia({ colorScheme });
      await openInventory(page);
      const equipped = page.getByRole('region', { name: 'Primary Weapons' }).getByRole('link', { name: /equipped$/ });
      await equipped.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      const ring = await equipped.evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
          colour: style.outlineColor,
          shadow: style.boxShadow,
        };
      });
      // Sky, 3 px, where the equipped mark is a 2 px ring in the accent.
      expect(ring).toMatchObject({ outline: 'solid 3px', colour: expect.stringMatching(sky) });
      expect(ring.shadow).toContain(accent);
      await page.close();
    },
  );

  it("moves through a bucket's tiles with the arrow keys, one tab stop per bucket, and Escape dismisses the tooltip", async () => {
    const { page, errors } = await openPage(browser());
    await openInventory(page);
    const bucket = page.getByRole('region', { name: 'Primary Weapons' });
    const tiles = bucket.getByRole('link');
    expect(await bucket.locator('[data-tile][tabindex="0"]').count()).toBe(1);
    await tiles.first().focus();
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).name).toBe(await tiles.nth(1).getAttribute('aria-label'));
    expect(await bucket.locator('[data-tile][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('End');
    expect((await focused(page)).name).toBe(await tiles.last().getAttribute('aria-label'));
    await page.keyboard.press('Home');
    expect((await focused(page)).name).toBe(await tiles.first().getAttribute('aria-label'));

    await page.keyboard.press('ArrowRight');
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });
    expect((await focused(page)).tile).toBe(true);

    // Tab leaves the bucket from wherever the arrows left focus.
    await page.keyboard.press('Tab');
    const after = await focused(page);
    expect(after.bucket === 'Primary Weapons' && after.tile).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe(await tiles.nth(1).getAttribute('aria-label'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('closes the search suggestions with Escape, keeping the query; a second Escape clears it', async () => {
    const { page } = await openPage(browser());
    await openInventory(page);
    const box = page.getByRole('combobox', { name: 'Search items' });
    await box.focus();
    await page.keyboard.type('is:');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe('is:');
    await page.keyboard.press('Escape');
    await expect.poll(() => box.inputValue()).toBe('');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.close();
  });

  it("dismisses a talent node's tooltip with Escape, and keeps focus on the page, not the body, after Clear", async () => {
    const { page } = await openPage(browser());
    await openInventory(page);
    const tile = page.getByRole('region', { name: 'Primary Weapons' }).getByRole('link').first();
    await tile.focus();
    await page.keyboard.press('Enter');
    const node = page.getByRole('group', { name: 'Talent grid' }).locator('button[data-state="available"]').first();
    await node.focus();
    await page.keyboard.press('Enter');
    // The node's tooltip shows on keyboard focus, and Escape hides it.
    const tooltip = page.locator(`[id="${await node.getAttribute('aria-describedby')}"]`);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Clear' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: /^Chosen node/ }).waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).tag).not.toBe('BODY');
    await page.close();
  });
});
