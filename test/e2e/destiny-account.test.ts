import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';
import { account } from './demo-titan.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();
const accountPath = `/destiny/${account.membershipType}/${account.membershipId}`;
const titan = account.characters.find((character) => character.className === 'Titan')!;

describe('the Destiny account page', () => {
  it('shows the three characters and the vault side by side, with bucket rows lined up', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${accountPath}`);
    const columns = ['Titan', 'Hunter', 'Warlock', 'Vault'].map((name) => page.getByRole('region', { name }));
    for (const column of columns) await column.getByRole('region', { name: 'Primary Weapons' }).waitFor();
    // Lined up: each column's Primary Weapons row starts at the same height, the columns left to right.
    const boxes = await Promise.all(
      columns.map((column) => column.getByRole('region', { name: 'Primary Weapons' }).boundingBox()),
    );
    expect(new Set(boxes.map((box) => Math.round(box!.y))).size).toBe(1);
    expect(boxes.map((box) => box!.x)).toEqual([...boxes.map((box) => box!.x)].sort((a, b) => a - b));
    const vault = page.getByRole('region', { name: 'Vault' });
    expect(await vault.getByText(/^Weapons \d+ \/ 108 · Armor \d+ \/ 108 · General \d+ \/ 72$/).count()).toBe(1);
    expect(await vault.getByRole('link').count()).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches every character and the vault at once, and a vault item opens its own page', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${accountPath}?q=${encodeURIComponent('is:exotic')}&hide=1`);
    for (const name of ['Titan', 'Hunter', 'Warlock'])
      await page.getByRole('region', { name }).getByRole('region', { name: 'Primary Weapons' }).waitFor();
    const count = page.getByText(/^\d+ of \d+ items$/);
    await count.waitFor();
    const [, shown, total] = /^(\d+) of (\d+) items$/.exec((await count.textContent())!)!.map(Number);
    expect(total).toBeGreaterThan(400);
    const perColumn = await Promise.all(
      ['Titan', 'Hunter', 'Warlock', 'Vault'].map((name) =>
        page
          .getByRole('region', { name })
          .getByRole('link', { name: /, Exotic / })
          .count(),
      ),
    );
    for (const found of perColumn) expect(found).toBeGreaterThan(0);
    expect(perColumn.reduce((sum, found) => sum + found, 0)).toBe(shown);
    await page
      .getByRole('region', { name: 'Vault' })
      .getByRole('link', { name: /, Exotic / })
      .first()
      .click();
    await page.getByRole('navigation', { name: 'Compare with the equipped item of' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('');
    await page
      .getByRole('navigation', { name: 'Compare with the equipped item of' })
      .getByRole('link', { name: 'Warlock' })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('vs')).toMatch(/^\d+$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the query when switching to a character and coming Back', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${accountPath}?q=${encodeURIComponent('is:weapon')}&sort=power`);
    await page
      .getByRole('region', { name: 'Titan' })
      .getByRole('link', { name: /^Titan/ })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${accountPath}/${titan.characterId}`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('is:weapon');
    expect(await page.getByRole('combobox', { name: 'Search items' }).inputValue()).toBe('is:weapon');
    await page
      .getByRole('navigation', { name: 'Characters' })
      .getByRole('link', { name: /^Hunter/ })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('power');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe(accountPath);
    expect(await page.getByRole('combobox', { name: 'Search items' }).inputValue()).toBe('is:weapon');
    expect(errors).toEqual([]);
    await page.close();
  });
});
