import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';
import { account, inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');

const browser = browserForFile();

describe('finding a player and browsing an inventory', () => {
  it("searches by name, opens the account under the player's name, then a character", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(baseURL);
    await page.getByLabel('Platform').selectOption(String(account.membershipType));
    await page.getByLabel('Player name').fill(account.displayName.toUpperCase());
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('list', { name: 'Players found' }).getByRole('link', { name: account.displayName }).click();
    const named = `?player=${encodeURIComponent(account.displayName)}`;
    await expect
      .poll(() => page.url())
      .toBe(`${baseURL}/destiny/${account.membershipType}/${account.membershipId}${named}`);
    await page.getByRole('heading', { level: 1, name: account.displayName }).waitFor();
    const cards = page.getByRole('link', { name: /^(Titan|Hunter|Warlock) .*Level \d+/ });
    await cards.first().waitFor();
    expect(await cards.count()).toBe(3);
    await page.getByRole('link', { name: /^Titan .*Level \d/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Titan inventory' }).waitFor();
    expect(page.url()).toBe(`${baseURL}${inventoryPath}${named}`);
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: account.displayName })
      .waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every bucket as a labelled section, the equipped item first, and the currencies', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${inventoryPath}`);
    for (const name of [
      'Primary Weapons',
      'Special Weapons',
      'Heavy Weapons',
      'Helmet',
      'Gauntlets',
      'Chest Armor',
      'Leg Armor',
      'Class Armor',
      'Ghost',
      'Materials',
      'Consumables',
    ]) {
      await page.getByRole('region', { name }).waitFor();
    }
    const firstPrimary = page.getByRole('region', { name: 'Primary Weapons' }).getByRole('link').first();
    expect(await firstPrimary.getAttribute('aria-label')).toMatch(/, equipped$/);
    expect(await firstPrimary.getAttribute('href')).toMatch(new RegExp(`^${inventoryPath}/items/\\d+$`));
    const tiles = await page.getByRole('main').getByRole('link', { name: /./ }).count();
    expect(tiles).toBeGreaterThanOrEqual(150);
    const currencies = page.getByRole('list', { name: 'Currencies' }).getByRole('listitem');
    expect(await currencies.count()).toBeGreaterThanOrEqual(3);
    expect(await currencies.first().textContent()).toMatch(/Glimmer[\d,]+/);
    await page.getByText('Demo data').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a tooltip with name and type on keyboard focus', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseURL}${inventoryPath}`);
    const tile = page.getByRole('region', { name: 'Primary Weapons' }).getByRole('link').first();
    // Tab from the item before it: keyboard focus, as opposed to a click's.
    await tile.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const name = (await tile.getAttribute('aria-label'))!.split(',')[0]!;
    expect(await tooltip.textContent()).toContain(name);
    await page.close();
  });

  it('reloads a deep link straight into the inventory', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseURL}${inventoryPath}`);
    await page.getByRole('region', { name: 'Primary Weapons' }).waitFor();
    await page.reload();
    await page.getByRole('region', { name: 'Primary Weapons' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Titan inventory');
    await page.close();
  });
});
