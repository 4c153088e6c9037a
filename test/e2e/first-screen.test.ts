import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForFile, openPage } from './browser.ts';
import { inventoryPath } from './demo-titan.ts';
import { startBuiltServer, type RunningServer } from './server-process.ts';
import { wcagViolations } from './wcag-check.ts';

const browser = browserForFile();

/**
 * A server of its own: the suite's keeps nothing (CACHE_TTL_MS=0, for its fault cases), and a
 * first screen is drawn only from answers the proxy keeps. Kept longer than the default 15 s, so
 * an answer a test's warm visit found cached cannot expire before the visit that counts.
 */
let server: RunningServer;
let baseURL: string;
beforeAll(async () => {
  server = await startBuiltServer({ DEMO: '1', RATE_LIMIT_REQUESTS: '3000', CACHE_TTL_MS: '300000' });
  baseURL = server.origin;
});
afterAll(() => server?.stop());

/** Visits `path` once, so the server keeps what its page reads, as a shared link's earlier visitors leave it. */
async function warm(path: string): Promise<void> {
  const { page } = await openPage(browser());
  await page.goto(`${baseURL}${path}`);
  await page.locator('#root h1').waitFor();
  await page.locator('#first-screen').waitFor({ state: 'detached' });
  await page.close();
}

interface Frame {
  /** The server's first screen is in the page. */
  firstScreen: boolean;
  /** Headings drawn on top (the first screen's while it is there, else the app's). */
  headings: number;
  /** A loading skeleton drawn on top. */
  skeleton: boolean;
}

/** Installed before the page loads: what each frame shows on top, from the first frame on. */
const recordFrames = `
  window.__frames = [];
  const shown = (selector) => {
    const firstScreen = document.getElementById('first-screen');
    const layer = firstScreen ?? document.getElementById('root');
    return layer ? [...layer.querySelectorAll(selector)].filter((element) => element.checkVisibility({ visibilityProperty: true })) : [];
  };
  const frame = () => {
    window.__frames.push({
      firstScreen: !!document.getElementById('first-screen'),
      headings: shown('h1').length,
      skeleton: shown('[aria-busy="true"]').length > 0,
    });
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
`;

/** Opens `path` as a shared link is opened, waits for the app to take over, and returns its frames. */
async function openCold(page: Page, path: string): Promise<Frame[]> {
  await warm(path);
  await page.addInitScript({ content: recordFrames });
  await page.goto(`${baseURL}${path}`);
  await page.locator('#first-screen').waitFor({ state: 'detached', timeout: 15_000 });
  // A few frames of the app alone.
  await page.waitForTimeout(200);
  return page.evaluate<Frame[]>('window.__frames');
}

/** Every frame shows one heading, the first screen's and then the app's, and never a skeleton. */
function expectSeamless(frames: Frame[]) {
  const drawn = frames.slice(frames.findIndex((frame) => frame.headings > 0));
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn[0]!.firstScreen).toBe(true);
  expect(drawn.filter((frame) => frame.headings !== 1 || frame.skeleton)).toEqual([]);
  // Once gone, it stays gone.
  const handOff = drawn.findIndex((frame) => !frame.firstScreen);
  expect(drawn.slice(handOff).every((frame) => !frame.firstScreen)).toBe(true);
}

async function firstWeapon(page: Page): Promise<{ href: string; name: string }> {
  const tile = page.getByRole('region', { name: 'Primary Weapons' }).getByRole('link').first();
  return { href: (await tile.getAttribute('href'))!, name: (await tile.getAttribute('aria-label'))!.split(',')[0]! };
}

describe("a cold deep link's first screen, from the server's HTML", () => {
  it('shows the inventory and its tiles without the script, and its links work', async () => {
    await warm(inventoryPath);
    const { page: visit } = await openPage(browser());
    await visit.goto(`${baseURL}${inventoryPath}`);
    await warm((await firstWeapon(visit)).href);
    await visit.close();
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}${inventoryPath}`);
    await page.getByRole('heading', { level: 1, name: 'Titan inventory' }).waitFor({ timeout: 5_000 });
    const weapon = await firstWeapon(page);
    await page.getByRole('region', { name: 'Primary Weapons' }).getByRole('link').first().click();
    await page.waitForURL(`${baseURL}${weapon.href}`);
    await page.getByRole('heading', { level: 1, name: weapon.name }).waitFor({ timeout: 5_000 });
    expect(await page.title()).toBe(`${weapon.name} · Gearview`);
    await context.close();
  });

  it('passes axe (WCAG 2.2 AA) as the page it is until the app runs, on a desktop and a phone, light and dark, folded on the phone', async () => {
    const { page: visit } = await openPage(browser());
    await visit.goto(`${baseURL}${inventoryPath}`);
    const weapon = await firstWeapon(visit);
    await visit.close();
    await warm(inventoryPath);
    await warm(weapon.href);
    const found: string[] = [];
    for (const path of [inventoryPath, weapon.href])
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 390, height: 844 },
      ])
        for (const colorScheme of ['light', 'dark'] as const) {
          // Axe is injected, so the CSP is off for this context; the app's code is held back (its
          // boot script runs), so what is checked is the server's first screen as a visitor sees it
          // before the app runs.
          const context = await browser().newContext({ viewport, colorScheme, bypassCSP: true });
          await context.route(
            (url) => url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js'),
            (route) => route.abort(),
          );
          const page = await context.newPage();
          await page.goto(`${baseURL}${path}`);
          await page.locator('#first-screen h1').waitFor({ timeout: 5_000 });
          await page.locator('#first-screen[data-folded]').waitFor({ state: 'attached' });
          const violations = await wcagViolations(page);
          if (path === inventoryPath) {
            // Folded on a phone, as the app folds it, and said to be; its marker says so too, and a
            // tap opens it before the app runs.
            const currencies = page.locator('#first-screen details').first();
            const phone = viewport.width === 390;
            expect(await currencies.evaluate((details: HTMLDetailsElement) => details.open)).toBe(!phone);
            expect(await currencies.locator('summary + *').isVisible()).toBe(!phone);
            const marker = currencies.locator('summary > [aria-hidden="true"]');
            expect(await marker.evaluate((element) => getComputedStyle(element).rotate)).toBe(phone ? 'none' : '90deg');
            if (phone) {
              await currencies.locator('summary').click();
              expect(await currencies.locator('summary + *').isVisible()).toBe(true);
            }
          }
          for (const line of violations) found.push(`${path} ${viewport.width} ${colorScheme}: ${line}`);
          await context.close();
        }
    expect(found).toEqual([]);
  });

  it('gives way to the app in place: one heading in every frame, no skeleton, then one page and the skip link first', async () => {
    const { page, errors } = await openPage(browser());
    const frames = await openCold(page, inventoryPath);
    expectSeamless(frames);
    // As the built server sends it: the app's code waits for the first frame, behind one deferred script.
    const served = await (await fetch(`${baseURL}${inventoryPath}`)).text();
    expect(served).toContain('<div id="first-screen">');
    expect(served).toMatch(
      /<script defer src="\/first-screen-boot.js" data-entry="\/assets\/index-[^"]+\.js" data-preload="[^"]+">/,
    );
    expect(served).not.toMatch(/type="module"|modulepreload/);
    expect(await page.locator('h1').allTextContents()).toEqual(['Titan inventory']);
    expect(await page.locator('main').count()).toBe(1);
    await expect.poll(() => page.title()).toBe('Titan inventory · Gearview');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('#root') && document.activeElement.textContent),
    ).toBe('Skip to main content');
    // No inline script or style attribute in the server's markup was refused.
    expect(errors).toEqual([]);
    await page.close();
  });

  it("does the same for an item's page, its name the heading", async () => {
    const { page: inventory } = await openPage(browser());
    await inventory.goto(`${baseURL}${inventoryPath}`);
    const weapon = await firstWeapon(inventory);
    await inventory.close();
    const { page, errors } = await openPage(browser());
    const frames = await openCold(page, weapon.href);
    expectSeamless(frames);
    expect(await page.locator('h1').allTextContents()).toEqual([weapon.name]);
    await expect.poll(() => page.title()).toBe(`${weapon.name} · Titan · Gearview`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches assistive technology once, the app behind it, while the first screen is still shown', async () => {
    await warm(inventoryPath);
    const { page } = await openPage(browser());
    // The browser's inventory call held back (the server's own, in-process, is not), so the first
    // screen stays while the app runs behind it.
    await page.context().route(
      (url) => url.pathname.endsWith('/Inventory/'),
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.continue();
      },
    );
    await page.goto(`${baseURL}${inventoryPath}`, { waitUntil: 'domcontentloaded' });
    await page.locator('#first-screen[inert][aria-hidden="true"]').waitFor({ state: 'attached' });
    // The app's loading page is what is read and reached: its heading, and no second one.
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.locator('#first-screen').count()).toBe(1);
    expect(await page.locator('#root').evaluate((root) => getComputedStyle(root).visibility)).toBe('visible');
    await page.locator('#first-screen').waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByRole('region', { name: 'Primary Weapons' }).waitFor();
    await page.close();
  });

  it('keeps a panel a phone user opened on the first screen open when the app takes over', async () => {
    await warm(inventoryPath);
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    // The app's code waits until the panel has been opened on the server's first screen.
    let release = () => {};
    const opened = new Promise<void>((resolve) => (release = resolve));
    await context.route(
      (url) => url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js'),
      async (route) => {
        await opened;
        await route.continue();
      },
    );
    const page = await context.newPage();
    await page.goto(`${baseURL}${inventoryPath}`, { waitUntil: 'domcontentloaded' });
    const currencies = (layer: string) => page.locator(`${layer} details[data-fold-on-phone="currencies"]`);
    await page.locator('#first-screen[data-folded]').waitFor({ state: 'attached' });
    await currencies('#first-screen').locator('summary').click();
    expect(await currencies('#first-screen').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    release();
    await page.locator('#first-screen').waitFor({ state: 'detached', timeout: 15_000 });
    expect(await currencies('#root').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    expect(await currencies('#root').locator('summary + *').isVisible()).toBe(true);
    await context.close();
  });

  it('starts the app at once in a tab opened hidden, which draws no frame to wait for', async () => {
    await warm(inventoryPath);
    const { page } = await openPage(browser());
    const appScript = () =>
      page.evaluate(() => document.querySelector('script[type="module"][src^="/assets/"]') !== null);
    // No frame ever comes; shown, the app waits for one, and hidden, it does not.
    await page.addInitScript({ content: 'window.requestAnimationFrame = () => 0;' });
    await page.goto(`${baseURL}${inventoryPath}`);
    await page.locator('#first-screen[data-folded]').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    expect(await appScript()).toBe(false);

    await page.addInitScript({
      content: "Object.defineProperty(document, 'visibilityState', { get: () => 'hidden', configurable: true });",
    });
    const sent = await page.goto(`${baseURL}${inventoryPath}`);
    // Sent with its first screen and the boot script (else the page carries the module script itself).
    expect(await sent!.text()).toContain('src="/first-screen-boot.js"');
    await expect.poll(appScript, { timeout: 5_000 }).toBe(true);
    await page.close();
  });
});
