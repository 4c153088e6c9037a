import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import { browserForFile } from './browser.ts';
import { account, inventoryPath } from './demo-titan.ts';
import { wcagViolations } from './wcag-check.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();
const FADE_MS = 300;
type Scheme = 'light' | 'dark';
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

/** Runs the tour at one size in one colour scheme; a page's CSP would block axe's script, so this context alone bypasses it. */
async function tour(viewport: { width: number; height: number }, colorScheme: Scheme): Promise<string[]> {
  const context = await browser().newContext({ viewport, colorScheme, bypassCSP: true });
  const page = await context.newPage();
  const found: string[] = [];
  for (const [state, reach] of steps(page)) {
    await reach().catch((error: Error) => {
      throw new Error(`${state}: ${error.message}`);
    });
    // Tooltips fade in: measured mid-fade, their text would read as low contrast.
    await page.waitForTimeout(FADE_MS);
    for (const line of await wcagViolations(page))
      found.push(`${viewport.width} px, ${colorScheme}, ${state}: ${line}`);
  }
  await context.close();
  return found;
}

// The four tours at once, each in its own browser context: a tour mostly waits (for the network to
// settle, for tooltips to fade in), so one after another they took some 210 s, at once about 135.
describe.concurrent('axe-core, WCAG 2.2 A and AA, on every kind of page', () => {
  it.each([
    { width: 1280, height: 900, colorScheme: 'dark' as const },
    { width: 390, height: 844, colorScheme: 'dark' as const },
    { width: 1280, height: 900, colorScheme: 'light' as const },
    { width: 390, height: 844, colorScheme: 'light' as const },
  ])(
    'finds nothing at $width px in the $colorScheme scheme',
    { timeout: 240_000 },
    async ({ colorScheme, ...viewport }) => {
      expect(await tour(viewport, colorScheme)).toEqual([]);
    },
  );
});

/** The relative luminance (0 black, 1 white) of an element's computed colour, read through a canvas so any CSS colour syntax works. */
function luminance(page: Page, selector: string, property: 'backgroundColor' | 'color'): Promise<number> {
  return page.locator(selector).evaluate((element, property) => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = getComputedStyle(element)[property];
    context.fillRect(0, 0, 1, 1);
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  }, property);
}

describe('colour schemes', () => {
  it('follows the system: a light page with dark text when it prefers light, the reverse when it prefers dark', async () => {
    const seen: Record<string, number> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser().newContext({ colorScheme });
      const page = await context.newPage();
      await open(page, inventoryPath);
      seen[`${colorScheme} page`] = await luminance(page, 'html', 'backgroundColor');
      seen[`${colorScheme} body`] = await luminance(page, 'body', 'backgroundColor');
      seen[`${colorScheme} heading`] = await luminance(page, 'main h1', 'color');
      await context.close();
    }
    const shade = (value: number) => (value > 0.8 ? 'light' : value < 0.05 ? 'dark' : value.toFixed(2));
    expect(Object.fromEntries(Object.entries(seen).map(([name, value]) => [name, shade(value)]))).toEqual({
      'light page': 'light',
      'light body': 'light',
      'light heading': 'dark',
      'dark page': 'dark',
      'dark body': 'dark',
      'dark heading': 'light',
    });
  });
});
