import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import { browserForFile, openPage } from './browser.ts';
import { account, inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();
const PHONE = { width: 390, height: 844 };
const player = playfabDemoDirectory.players[0]!;
const playfabInventory = `/playfab/${playfabDemoDirectory.titleId}/players/${player.playFabId}/characters/${player.characters[0]!.characterId}`;

/** Controls smaller than 24 x 24 px, but for links inside running text and table cells, which keep 24 px apart. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main a[href], main button, main input, main select, main summary')]
      .filter((element) => element.getClientRects().length > 0 && !element.closest('.sr-only, p, td, th'))
      // A box inside its label is tapped through the label too.
      .map((element) => element.closest('label') ?? element)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ element, box }) => `${element.tagName} ${element.textContent?.trim()} ${box.width}x${box.height}`),
  );

describe('on a 390 x 844 phone', () => {
  it.each([
    ['the Destiny inventory', inventoryPath],
    ['the Destiny account', `/destiny/${account.membershipType}/${account.membershipId}`],
    ['a PlayFab inventory', playfabInventory],
    ['the Xbox inventory', '/xbox/inventory?availability=All'],
  ])('shows the first item on the first screen of %s, with targets of 24 px or more', async (_, path) => {
    const { page, errors } = await openPage(browser(), PHONE);
    await page.goto(`${baseURL}${path}`);
    const tile = page.locator('main [data-tile]').first();
    await tile.waitFor();
    const box = (await tile.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await smallTargets(page)).toEqual([]);
    // Folded, and one tap away.
    const currencies = page.getByRole('list', { name: 'Currencies' });
    if (await page.getByText('Currencies', { exact: true }).count()) {
      expect(await currencies.isVisible()).toBe(false);
      await page.getByText('Currencies', { exact: true }).click();
      await currencies.waitFor();
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits the talent grid on the screen, its chosen node explained under it', async () => {
    const { page } = await openPage(browser(), PHONE);
    await page.goto(`${baseURL}${inventoryPath}`);
    const href = await page
      .getByRole('region', { name: 'Primary Weapons' })
      .getByRole('link')
      .first()
      .getAttribute('href');
    await page.goto(`${baseURL}${href}`);
    const grid = page.getByRole('group', { name: 'Talent grid' });
    await grid.waitFor();
    expect(
      await grid.evaluate((element) => element.parentElement!.scrollWidth <= element.parentElement!.clientWidth),
    ).toBe(true);
    await grid.locator('button[data-state="available"]').first().click();
    const effects = page.getByRole('region', { name: /^Chosen node/ });
    await effects.waitFor();
    const gridBox = (await grid.boundingBox())!;
    const effectsBox = (await effects.boundingBox())!;
    // Under the grid, within a short scroll of it.
    expect(effectsBox.y - (gridBox.y + gridBox.height)).toBeLessThan(120);
    await page.close();
  });
});
