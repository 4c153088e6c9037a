import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';
import { inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');

const browser = browserForFile();
const SIGNED = /^[+-]\d+/;

describe('the item page', () => {
  it('opens from the grid, shows a node’s deltas, copies a link that works elsewhere, and Back keeps the grid’s place', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${baseURL}${inventoryPath}`);
    const tile = page.getByRole('region', { name: 'Leg Armor' }).getByRole('link').nth(1);
    await tile.scrollIntoViewIfNeeded();
    // Measured from where scrollIntoView left the page, so the wheel's own step is awaited.
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    const scrolledTo = await page.evaluate(() => window.scrollY);
    const name = (await tile.getAttribute('aria-label'))!.split(',')[0]!;
    await tile.press('Enter');

    await page.getByRole('heading', { level: 1, name }).waitFor();
    const stats = page.getByRole('list', { name: 'Stats' });
    expect(await stats.getByRole('listitem').count()).toBeGreaterThan(0);
    const node = page.getByRole('group', { name: 'Talent grid' }).locator('button[data-state="available"]').first();
    const nodeName = (await node.getAttribute('aria-label'))!.split(',')[0]!;
    await node.focus();
    await page.keyboard.press('Enter');
    const effects = page.getByRole('region', { name: `Chosen node: ${nodeName}` });
    await effects.waitFor();
    expect(await effects.textContent()).toMatch(/If activated.*[+-]\d+/);
    const deltas = (await stats.locator('li > span:last-child').allTextContents()).filter((text) => SIGNED.test(text));
    expect(deltas.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const fresh = await (await browser().newContext()).newPage();
    await fresh.goto(copied);
    await fresh.getByRole('heading', { level: 1, name }).waitFor();
    await fresh.context().close();

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Titan inventory' }).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolledTo);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a material from the inventory: what it is and its stack, no empty panels', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${inventoryPath}`);
    const tile = page.getByRole('region', { name: 'Materials' }).getByRole('link').first();
    const name = (await tile.getAttribute('aria-label'))!.split(',')[0]!;
    await tile.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText(/^[\d,]+ of [\d,]+$/).waitFor();
    expect(await page.getByRole('list', { name: 'Stats' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Talent grid' }).count()).toBe(0);
    await page.getByRole('link', { name: /Back to Titan inventory/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Titan inventory' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says an item that is gone is gone, with a way back to the inventory', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseURL}${inventoryPath}/items/6917529000000000000`);
    await page.getByRole('alert').getByRole('heading', { name: 'Item not found' }).waitFor();
    // The panel's own way back (the page header has one too, named after the character once it loads).
    expect(
      await page.getByRole('alert').getByRole('link', { name: 'Back to the inventory' }).getAttribute('href'),
    ).toBe(inventoryPath);
    await page.close();
  });

  it("the server's HTML for an item URL carries the preview tags, and the page still boots", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseURL}${inventoryPath}`);
    const tile = page.getByRole('region', { name: 'Primary Weapons' }).getByRole('link').first();
    const name = (await tile.getAttribute('aria-label'))!.split(',')[0]!;
    const href = (await tile.getAttribute('href'))!;
    const html = await (
      await fetch(`${baseURL}${href}`, { headers: { 'User-Agent': 'Slackbot-LinkExpanding 1.0' } })
    ).text();
    const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
    const tag = (property: string) =>
      new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`)
        .exec(html)?.[1]
        ?.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!);
    expect(tag('og:title')).toBe(name);
    expect(tag('twitter:title')).toBe(tag('og:title'));
    expect(tag('og:description')).toMatch(/\d+ Attack/);
    // This server has no PUBLIC_ORIGIN: absolute URLs are left out rather than built on the Host header.
    expect(tag('og:image')).toBeUndefined();
    await page.goto(`${baseURL}${href}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.close();
  });
});
