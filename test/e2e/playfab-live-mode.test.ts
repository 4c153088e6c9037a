import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlayFabDemoApp } from '../../src/demo/playfab/app.ts';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import { launchBrowser } from '../support/chromium.ts';
import { openPage } from './browser.ts';
import { freePort, startBuiltServer, type RunningServer } from './server-process.ts';

/**
 * PlayFab live: a secret and an origin template are set. The upstream accepts only that secret, so
 * a rendered inventory proves the proxy sent it; the browser and the log must never see it.
 */
const SECRET = 'e2e-playfab-secret-5b1d9e';
const { titleId } = playfabDemoDirectory;
const player = playfabDemoDirectory.players[0]!;
const character = player.characters[0]!;

let upstream: ServerType;
let app: RunningServer;
let browser: Browser;
const upstreamCalls: string[] = [];

beforeAll(async () => {
  const port = await freePort();
  const playfab = createPlayFabDemoApp({ secretKeys: [SECRET] });
  upstream = serve({
    fetch: (request) => {
      upstreamCalls.push(`${request.method} ${new URL(request.url).pathname}`);
      return playfab.fetch(request);
    },
    hostname: '127.0.0.1',
    port,
  });
  // Catalog images come straight from the upstream's own origin, allowed by the image policy.
  app = await startBuiltServer({
    DEMO: '',
    PLAYFAB_SECRET_KEY: SECRET,
    PLAYFAB_TITLE_IDS: titleId,
    PLAYFAB_ORIGIN: `http://127.0.0.1:${port}/{titleId}`,
    PLAYFAB_IMAGE_ORIGINS: `http://127.0.0.1:${port}`,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((resolve) => upstream?.close(resolve));
});

describe('PlayFab live mode against an upstream that speaks the format', () => {
  it('shows catalog names and recharge countdowns, sends only the three calls, and never leaks the secret', async () => {
    const { page, errors } = await openPage(browser);
    const seen: string[] = [];
    page.on('response', async (response) => {
      seen.push(JSON.stringify(response.headers()));
      seen.push((await response.body().catch(() => Buffer.alloc(0))).toString('latin1'));
    });
    await page.goto(`${app.origin}/playfab/${titleId}/players/${player.playFabId}/characters/${character.characterId}`);
    await page.getByRole('link', { name: /^Stormcaller Glaive,/ }).waitFor();
    await page
      .getByRole('list', { name: 'Currencies' })
      .getByText(/\+1 in \d+:\d\d/)
      .first()
      .waitFor();
    // Bungie is still on demo data, so only the shell's badge may say so.
    expect(await page.getByRole('main').getByText('Demo data').count()).toBe(0);
    const config = await (await fetch(`${app.origin}/api/config`)).json();
    expect(config.providers.playfab.mode).toBe('live');
    await page.waitForLoadState('networkidle');

    const calls = upstreamCalls.filter((call) => call.startsWith('POST'));
    expect(new Set(calls)).toEqual(
      new Set([
        `POST /${titleId}/Server/GetAllUsersCharacters`,
        `POST /${titleId}/Server/GetCharacterInventory`,
        `POST /${titleId}/Server/GetCatalogItems`,
      ]),
    );
    expect(seen.filter((text) => text.includes(SECRET))).toEqual([]);
    expect(app.output()).not.toContain(SECRET);
    expect(errors).toEqual([]);
    await page.close();
  });
});
