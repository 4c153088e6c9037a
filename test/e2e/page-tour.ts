import type { Page, Response } from 'playwright-core';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import { account, inventoryPath } from './demo-titan.ts';

const { titleId } = playfabDemoDirectory;
const player = playfabDemoDirectory.players[0]!;
const playfabInventory = `/playfab/${titleId}/players/${player.playFabId}/characters/${player.characters[0]!.characterId}`;

/** Every kind of page; item pages are found from their inventory. */
const pages: { path: string; itemLinks?: string }[] = [
  { path: '/' },
  { path: `/destiny/${account.membershipType}/${account.membershipId}` },
  { path: inventoryPath, itemLinks: 'main a[href*="/items/"]' },
  { path: `/playfab/${titleId}/players/${player.playFabId}` },
  { path: playfabInventory, itemLinks: 'main a[href*="/items/"]' },
  { path: '/xbox/inventory?availability=All', itemLinks: 'main a[href^="/xbox/items/"]' },
];

/** Loads every kind of page in turn, each fresh, and runs `check` on it (with the document's response) once it has its heading and its network is idle. */
export async function tourPages(
  page: Page,
  baseURL: string,
  check: (path: string, document: Response | null) => Promise<void> | void,
): Promise<void> {
  const visit = async (path: string) => {
    const document = await page.goto(`${baseURL}${path}`);
    await page.locator('main h1').first().waitFor();
    // Icons and lazy chunks load after the heading.
    await page.waitForLoadState('networkidle');
    await check(path, document);
  };
  for (const { path, itemLinks } of pages) {
    await visit(path);
    if (!itemLinks) continue;
    const item = await page.locator(itemLinks).first().getAttribute('href');
    if (!item) throw new Error(`no item link on ${path}`);
    await visit(item);
  }
}
