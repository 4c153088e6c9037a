import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import { browserForFile } from './browser.ts';
import { account, inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FADE_MS = 300;
const accountPath = `/destiny/${account.membershipType}/${account.membershipId}`;
const player = playfabDemoDirectory.players[0]!;
const playfabPlayer = `/playfab/${playfabDemoDirectory.titleId}/players/${player.playFabId}`;
const playfabInventory = `${playfabPlayer}/characters/${player.characters[0]!.characterId}`;

/** Waits for the page's heading and for its icons and chunks; a page that keeps loading in the background is checked as it stands. */
async function settle(page: Page) {
  await page.locator('main h1, main [role="alert"]').first().waitFor();
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

async function open(page: Page, path: string) {
  await page.goto(`${baseURL}${path}`);
  await settle(page);
}

async function firstItem(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`no item link on ${page.url()}`);
  return href;
}

/** Every kind of page, and the states of it worth checking; each step leaves the page in the state to check. */
function steps(page: Page): [string, () => Promise<void>][] {
  let destinyItem = '';
  let compareIds: string[] = [];
  let playfabItem = '';
  let xboxItem = '';
  return [
    ['start page', () => open(page, '/')],
    ['Destiny account', () => open(page, accountPath)],
    [
      'Destiny inventory',
      async () => {
        await open(page, inventoryPath);
        destinyItem = (await page
          .getByRole('region', { name: 'Primary Weapons' })
          .getByRole('link')
          .first()
          .getAttribute('href'))!;
        compareIds = await page
          .getByRole('region', { name: 'Leg Armor' })
          .getByRole('link')
          .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')!.split('/').at(-1)!));
      },
    ],
    [
      'Destiny inventory, tooltip open',
      async () => {
        await page.locator('main a[href*="/items/"]').first().hover();
        await page.getByRole('tooltip').waitFor();
      },
    ],
    [
      'Destiny inventory, suggestions open',
      async () => {
        await page.mouse.move(0, 0);
        await page.getByRole('combobox').first().fill('is:');
        await page.getByRole('listbox').waitFor();
      },
    ],
    [
      'Destiny inventory, search help open',
      async () => {
        await page.getByRole('combobox').first().press('Escape');
        await page.getByRole('button', { name: 'Search help' }).click();
      },
    ],
    [
      'Destiny inventory, a search with a mistake',
      () => open(page, `${inventoryPath}?q=${encodeURIComponent('is:weapn')}`),
    ],
    ['Destiny organizer', () => open(page, `${inventoryPath}?view=organizer`)],
    ['Destiny item', () => open(page, destinyItem)],
    [
      'Destiny item, talent node chosen',
      async () => {
        const node = page.getByRole('group', { name: 'Talent grid' }).locator('button[data-state="available"]').first();
        await node.click();
        await page.getByRole('region', { name: /^Chosen node/ }).waitFor();
      },
    ],
    ['compare', () => open(page, `${accountPath}/compare?items=${compareIds.join(',')}`)],
    ['Destiny item that is gone (error shown)', () => open(page, `${inventoryPath}/items/6917529000000000000`)],
    ['PlayFab player', () => open(page, playfabPlayer)],
    [
      'PlayFab inventory',
      async () => {
        await open(page, playfabInventory);
        playfabItem = await firstItem(page, 'main a[href*="/items/"]');
      },
    ],
    ['PlayFab item', () => open(page, playfabItem)],
    [
      'Xbox inventory',
      async () => {
        await open(page, '/xbox/inventory?availability=All');
        xboxItem = await firstItem(page, 'main a[href^="/xbox/items/"]');
      },
    ],
    ['Xbox item', () => open(page, xboxItem)],
    ['not-found page', () => open(page, '/no/such/page')],
  ];
}

/** Runs the tour at one size; a page's CSP would block axe's script, so this context alone bypasses it. */
async function tour(viewport: { width: number; height: number }): Promise<string[]> {
  const context = await browser().newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  const found: string[] = [];
  for (const [state, reach] of steps(page)) {
    await reach().catch((error: Error) => {
      throw new Error(`${state}: ${error.message}`);
    });
    // Tooltips fade in: measured mid-fade, their text would read as low contrast.
    await page.waitForTimeout(FADE_MS);
    const { violations } = await new AxeBuilder({ page })
      // Experimental in axe, so off by default; it is WCAG 2.5.3 (Label in Name), level A. (Before
      // withTags: options() replaces the whole option object.)
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .withTags(WCAG_22_AA)
      .analyze();
    for (const violation of violations)
      for (const node of violation.nodes)
        found.push(
          `${viewport.width} px, ${state}: ${violation.id} at ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
        );
  }
  await context.close();
  return found;
}

describe('axe-core, WCAG 2.2 A and AA, on every kind of page', () => {
  it.each([
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ])('finds nothing at $width px', { timeout: 240_000 }, async (viewport) => {
    expect(await tour(viewport)).toEqual([]);
  });
});
