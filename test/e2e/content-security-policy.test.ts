import { describe, expect, inject, it } from 'vitest';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import { openPage, useBrowser } from './browser.ts';
import { account, inventoryPath } from './demo-titan.ts';

const baseURL = inject('baseURL');
const browser = useBrowser();
const { titleId } = playfabDemoDirectory;
const player = playfabDemoDirectory.players[0]!;
const playfabInventory = `/playfab/${titleId}/players/${player.playFabId}/characters/${player.characters[0]!.characterId}`;

/** Every kind of page, each loaded fresh so its document carries the policy; item pages are found from their inventory. */
const pages: { path: string; itemLinks?: string }[] = [
  { path: '/' },
  { path: `/destiny/${account.membershipType}/${account.membershipId}` },
  { path: inventoryPath, itemLinks: 'main a[href*="/items/"]' },
  { path: `/playfab/${titleId}/players/${player.playFabId}` },
  { path: playfabInventory, itemLinks: 'main a[href*="/items/"]' },
  { path: '/xbox/inventory?availability=All', itemLinks: 'main a[href^="/xbox/items/"]' },
];

describe('Content-Security-Policy in a real browser', () => {
  it('holds on every page with no violation: no inline script, styles set only through the CSSOM', async () => {
    const { page, errors } = await openPage(browser());
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    const visit = async (path: string) => {
      const response = await page.goto(`${baseURL}${path}`);
      expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
      await page.locator('main h1').first().waitFor();
      // Icons and lazy chunks load after the heading; give them a moment to be refused, were they.
      await page.waitForLoadState('networkidle');
    };
    for (const { path, itemLinks } of pages) {
      await visit(path);
      if (!itemLinks) continue;
      const item = await page.locator(itemLinks).first().getAttribute('href');
      expect(item, path).toBeTruthy();
      await visit(item!);
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
