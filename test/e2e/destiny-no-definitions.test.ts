import { describe, expect, inject, it } from 'vitest';
import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';
import { openPage, browserForFile } from './browser.ts';

const baseURL = inject('baseURL');
const bare = bungieDemoDirectory.scenarios.find((s) => s.id === 'no-definitions')!;
const accountPath = `/destiny/${bare.membershipType}/${bare.membershipId}`;

const browser = browserForFile();

describe('an upstream that answers without definitions', () => {
  it('keeps buckets, stats and currencies named, calls items by number, and says once why', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${accountPath}/${bare.characterId}`);
    await page.getByRole('region', { name: 'Primary Weapons' }).waitFor();
    const buckets = await page.locator('main section h3').allTextContents();
    expect(buckets).toEqual(
      expect.arrayContaining(['Subclass', 'Primary Weapons', 'Helmet', 'Ghost', 'Materials', 'Bounties', 'Quests']),
    );
    // Only Bungie's own unnamed system bucket, as with definitions.
    expect(buckets.filter((name) => name === 'Other items').length).toBeLessThanOrEqual(1);
    await expect(page.getByRole('note').allTextContents()).resolves.toEqual([
      expect.stringContaining(
        'Bungie sent this inventory without item definitions, so item names and pictures are missing',
      ),
    ]);
    expect(await page.getByRole('list', { name: 'Currencies' }).textContent()).toContain('Glimmer');
    const tile = page.getByRole('region', { name: 'Primary Weapons' }).getByRole('link').first();
    expect(await tile.getAttribute('aria-label')).toMatch(/^Item \d+, \d+ Attack/);

    await tile.click();
    await page.getByRole('heading', { level: 1, name: /^Item \d+$/ }).waitFor();
    expect(await page.getByRole('note').textContent()).toContain('Bungie sent this item without its definition');
    expect(await page.getByRole('list', { name: 'Stats' }).textContent()).toMatch(/Rate of Fire|Impact|Charge Rate/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so on the account page too, and names the characters', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${accountPath}`);
    await page.getByRole('link', { name: /^Titan .*Level \d/ }).waitFor();
    expect(await page.getByRole('note').textContent()).toContain('Bungie sent this account without definitions');
    expect(errors).toEqual([]);
    await page.close();
  });
});
