import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';
import { inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');

const browser = browserForFile();
const SUMMARY = /, (Progress [\d,]+\/[\d,]+|Objective complete|\d+ of \d+ objectives complete)(,|$)/;

describe('quest objectives', () => {
  it('show on a quest tile in words, and as a list on its item page that fits a phone', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${inventoryPath}`);
    const quests = page.getByRole('region', { name: 'Quests' });
    const tile = quests.getByRole('link').first();
    await tile.scrollIntoViewIfNeeded();
    const label = (await tile.getAttribute('aria-label'))!;
    expect(label).toMatch(SUMMARY);
    await tile.hover();
    expect(await page.getByRole('tooltip').textContent()).toContain(SUMMARY.exec(label)![1]);

    await tile.click();
    await page.getByRole('heading', { level: 1, name: label.split(',')[0]! }).waitFor();
    const objectives = page.getByRole('list', { name: 'Objectives' });
    const rows = await objectives.getByRole('listitem').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^\D.*[\d,]+\/[\d,]+(✓ Complete|In progress)$/);
    expect(await objectives.getByRole('progressbar').count()).toBe(rows.length);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
