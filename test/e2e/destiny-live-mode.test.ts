import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBungieDemoApp } from '../../src/demo/bungie/app.ts';
import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';
import { launchBrowser } from '../support/chromium.ts';
import { openPage } from './browser.ts';
import { freePort, startBuiltServer, type RunningServer } from './server-process.ts';

/**
 * Live mode: a key and an origin are set, so the server treats the upstream as the real Bungie.
 * The upstream here only accepts that key, so a rendered inventory proves the key was sent; the
 * browser must never see it.
 */
const KEY = 'e2e-live-key-7f3a9c1d';
const [account] = bungieDemoDirectory.accounts;
const character = account!.characters[0]!;

let upstream: ServerType;
let app: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  upstream = serve({ fetch: createBungieDemoApp({ apiKeys: [KEY] }).fetch, hostname: '127.0.0.1', port });
  app = await startBuiltServer({ DEMO: '', BUNGIE_API_KEY: KEY, BUNGIE_ORIGIN: `http://127.0.0.1:${port}` });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((resolve) => upstream?.close(resolve));
});

describe('live mode against an upstream that speaks the format', () => {
  it('renders what the upstream returns and never shows the key to the browser', async () => {
    const { page, errors } = await openPage(browser);
    const seen: string[] = [];
    page.on('response', async (response) => {
      seen.push(JSON.stringify(response.headers()));
      const body = await response.body().catch(() => Buffer.alloc(0));
      seen.push(body.toString('latin1'));
    });
    await page.goto(
      `${app.origin}/destiny/${account!.membershipType}/${account!.membershipId}/${character.characterId}`,
    );
    await page.getByRole('region', { name: 'Primary Weapons' }).waitFor();
    // PlayFab is still on demo data, so only the shell's badge may say so.
    expect(await page.getByRole('main').getByText('Demo data').count()).toBe(0);
    const config = await (await fetch(`${app.origin}/api/config`)).json();
    expect(config.providers.bungie.mode).toBe('live');
    await page.waitForLoadState('networkidle');
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.filter((text) => text.includes(KEY))).toEqual([]);
    expect(app.output()).not.toContain(KEY);
    expect(errors).toEqual([]);
    await page.close();
  });
});
