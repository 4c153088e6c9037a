import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

const TILE = 'section a[href*="/items/"]';

/**
 * Installed before the app loads: timestamps the first paint after the grid's tiles appear, and
 * after each change to the grid that follows a keystroke. "After paint" is a task queued from a
 * requestAnimationFrame callback, which runs once the frame has been handed to the compositor.
 * Browser-side code is kept as text: the TypeScript runner would otherwise wrap it in helpers the
 * page does not have.
 */
const instrumentPage = `
  window.__bench = { keys: [], longTasks: [] };
  const afterPaint = (record) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  });
  let current;
  document.addEventListener('keydown', (event) => {
    current = { down: event.timeStamp };
    window.__bench.keys.push(current);
  }, true);
  new MutationObserver((records) => {
    if (window.__bench.gridPaintedAt === undefined && document.querySelector('${TILE}')) {
      window.__bench.gridPaintedAt = -1;
      afterPaint((time) => (window.__bench.gridPaintedAt = time));
    }
    const key = current;
    if (key && records.some((record) => record.target.closest && record.target.closest('section'))) {
      afterPaint((time) => (key.painted = Math.max(key.painted || 0, time)));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

/** Scrolls to the bottom at a steady pace, one step per frame; resolves with the frame count and the longest frame. */
const scrollThrough = `new Promise((resolve) => {
  const step = 180; // px per frame: about 11,000 px/s at 60 frames a second, a brisk fling
  let last = performance.now();
  let longest = 0;
  let frames = 0;
  const tick = (now) => {
    longest = Math.max(longest, now - last);
    last = now;
    frames++;
    window.scrollBy(0, step);
    if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) resolve({ longestFrameMs: longest, frames });
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

async function newPage(browser: Browser): Promise<Page> {
  // The measuring code is evaluated as strings, which the app's Content-Security-Policy rightly forbids.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await page.addInitScript({ content: instrumentPage });
  return page;
}

/** Gzipped size of every script the start page loads, as the server's files (budget: the first page's JavaScript). */
export async function firstPageScriptKb(browser: Browser, origin: string, clientDir: string): Promise<number> {
  const page = await newPage(browser);
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' || /\.js(\?|$)/.test(response.url()))
      scripts.add(new URL(response.url()).pathname);
  });
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.close();
  let bytes = 0;
  for (const path of scripts) bytes += gzipSync(await readFile(`${clientDir}${path}`), { level: 9 }).byteLength;
  return bytes / 1024;
}

/**
 * From the inventory response's arrival (the app's `gearview:response-received` mark) to the
 * grid's first paint, sorted; beside each, how much of it the parse worker took (to `gearview:parsed`).
 */
export async function responseToGridMs(
  browser: Browser,
  url: string,
  runs: number,
): Promise<{ total: number; parsing: number }[]> {
  const times: { total: number; parsing: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await newPage(browser);
    await page.goto(url);
    await page.waitForFunction('(window.__bench.gridPaintedAt ?? -1) > 0', null, { timeout: 60_000 });
    const [received, parsed] = await page.evaluate<(number | null)[]>(
      "['gearview:response-received', 'gearview:parsed'].map((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? null)",
    );
    if (typeof received !== 'number' || typeof parsed !== 'number')
      throw new Error('the app did not mark the response');
    times.push({
      total: (await page.evaluate<number>('window.__bench.gridPaintedAt')) - received,
      parsing: parsed - received,
    });
    await page.close();
  }
  return times.sort((a, b) => a.total - b.total);
}

/** Installed before the app loads: when `selector` first matches, the time (from navigation start) of the next paint. */
const watchFirstPaintOf = (selector: string) => `
  window.__firstPaint = -1;
  window.__takeover = -1;
  // When the server's first screen gives way to the app's own page.
  new MutationObserver((records, observer) => {
    if (window.__firstPaint < 0 || document.getElementById('first-screen')) return;
    observer.disconnect();
    window.__takeover = performance.now();
  }).observe(document, { subtree: true, childList: true });
  new MutationObserver((records, observer) => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__firstPaint = performance.now());
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true });
`;

/**
 * A shared link opened cold: each run in a new browser context (no cache, no service worker, no
 * open connection), the server's cache warmed by a first, unmeasured visit. Per run, sorted, the
 * time from navigation start to the first paint showing `selector`, and to the app's own page
 * replacing the server's first screen (-1 for a load that had none).
 */
export async function coldLinkMs(
  browser: Browser,
  url: string,
  selector: string,
  runs: number,
): Promise<{ paints: number[]; takeovers: number[] }> {
  const times: number[] = [];
  const takeovers: number[] = [];
  for (let run = -1; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.addInitScript({ content: watchFirstPaintOf(selector) });
    await page.goto(url);
    await page.waitForFunction('window.__firstPaint > 0', null, { timeout: 30_000 });
    if (run >= 0) times.push(await page.evaluate<number>('window.__firstPaint'));
    // Each run on a quiet machine: the page finishes loading (its code, its pictures, the app's
    // own page) before the next run starts, not alongside it.
    await page.waitForLoadState('networkidle');
    if (run >= 0) takeovers.push(await page.evaluate<number>('window.__takeover'));
    await context.close();
  }
  return { paints: times.sort((a, b) => a - b), takeovers: takeovers.sort((a, b) => a - b) };
}

/** Types each query one key at a time into the search box, then deletes it; per key, the time until the grid's change is painted. */
export async function keystrokeToGridMs(browser: Browser, url: string, queries: string[]): Promise<number[]> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.waitForSelector(TILE, { timeout: 60_000 });
  const box = page.getByRole('combobox', { name: 'Search items' });
  await box.click();
  const keys = queries.flatMap((text) => [...text.split(''), ...Array<string>(text.length).fill('Backspace')]);
  for (const key of keys) {
    await page.keyboard.press(key);
    // Well past any frame, so each key's changes are its own.
    await page.waitForTimeout(250);
  }
  const samples = await page.evaluate<{ down: number; painted?: number }[]>('window.__bench.keys');
  await page.close();
  // Keys that leave the grid as it was (a query still mid-word) change nothing to paint.
  return samples
    .filter((key) => key.painted !== undefined)
    .map((key) => key.painted! - key.down)
    .sort((a, b) => a - b);
}

/** Scrolls the whole grid top to bottom at a steady pace; returns the long tasks (ms) and the longest frame. */
export async function scrollFigures(
  browser: Browser,
  url: string,
): Promise<{ longTasks: number[]; longestFrameMs: number; frames: number }> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.waitForSelector(TILE, { timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.evaluate('window.__bench.longTasks = []');
  const { longestFrameMs, frames } = await page.evaluate<{ longestFrameMs: number; frames: number }>(scrollThrough);
  const longTasks = await page.evaluate<number[]>('window.__bench.longTasks');
  await page.close();
  return { longTasks, longestFrameMs, frames };
}
