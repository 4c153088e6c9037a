import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openPage } from './browser.ts';
import { inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();

/** The drawn part of the organizer: its headers, and each drawn row's name and cells. */
function readTable(page: Page) {
  return page.getByRole('table', { name: 'Items' }).evaluate((table: HTMLTableElement) => ({
    headers: [...table.tHead!.rows[0]!.cells].map((cell) => cell.textContent ?? ''),
    rows: [...table.tBodies[0]!.rows]
      .filter((row) => row.hasAttribute('aria-rowindex'))
      .map((row) => [...row.cells].map((cell) => cell.textContent ?? '')),
    rowCount: Number(table.getAttribute('aria-rowcount')),
  }));
}

describe('the organizer', () => {
  it('switches to a table, sorts by a stat, downloads the sorted rows as CSV, and keeps its view on reload', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${inventoryPath}`);
    await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'Organizer' }).click();
    await page.getByRole('table', { name: 'Items' }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('organizer');

    await page.getByRole('columnheader', { name: 'Intellect' }).getByRole('button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ocol')).toBe('stat-144602215');
    const table = await readTable(page);
    // A header's text ends with the sort's arrow.
    const column = table.headers.findIndex((header) => header.startsWith('Intellect'));
    const values = table.rows.map((row) => row[column]!);
    const numbers = values.filter(Boolean).map(Number);
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(numbers[0]).toBeGreaterThan(numbers.at(-1)!);
    // Items without Intellect come after every item with it.
    expect(values.slice(0, numbers.length).every(Boolean)).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gearview-destiny-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 2)).toEqual(['Name', 'Type']);
    expect(header).toEqual(expect.arrayContaining(['Intellect', 'Location', 'Instance id', 'Definition id']));
    expect(lines).toHaveLength(table.rowCount + 1);
    expect(lines.at(-1)).toBe('');
    const first = lines[1]!;
    expect(first.startsWith(`${table.rows[0]![0]},`) || first.startsWith(`"${table.rows[0]![0]}`)).toBe(true);
    expect(first).toMatch(/,Titan,\d+,"=""\d+""","=""\d+"""$/);

    await page.reload();
    await page.getByRole('table', { name: 'Items' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Intellect' }).getAttribute('aria-sort')).toBe('descending');
    expect((await readTable(page)).rows[0]).toEqual(table.rows[0]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls sideways inside its own region on a phone, the names staying in view', async () => {
    const { page, errors } = await openPage(browser(), { width: 390, height: 844 });
    await page.goto(`${baseURL}${inventoryPath}?view=organizer`);
    const region = page.getByRole('region', { name: 'Organizer' });
    await region.getByRole('table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const name = region.getByRole('rowheader').first();
    const before = (await name.boundingBox())!;
    await region.evaluate((element) => element.scrollBy(300, 0));
    expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect((await name.boundingBox())!.x).toBe(before.x);
    expect(errors).toEqual([]);
    await page.close();
  });
});
