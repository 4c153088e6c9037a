import type { Browser } from 'playwright-core';

const TILE = 'section a[href*="/xbox/items/"]';
/** Longest a full background load may take before the figure gives up on it. */
const LOAD_CAP_MS = 180_000;
/** Headless Chromium has been seen to stop making frames mid-run: a figure then ends, saying so. */
const STALL_MS = 5_000;

/**
 * Scrolls down the grid `step` px per frame, back to the top when it reaches the bottom, for as
 * long as the page is loading entitlements in the background; resolves with the frames and the longest.
 */
const scrollWhileLoading = (step: number) => `new Promise((resolve) => {
  const step = ${step};
  const status = () => [...document.querySelectorAll('[role="status"]')].find((el) => el.textContent.startsWith('Loaded'));
  const started = performance.now();
  let last = started;
  let longest = 0;
  let frames = 0;
  const end = (now, stalled) => {
    clearInterval(watchdog);
    resolve({ longestFrameMs: longest, frames, loadMs: now - started, status: status()?.textContent ?? '', stalled });
  };
  const watchdog = setInterval(() => {
    if (performance.now() - last > ${STALL_MS}) end(last, true);
  }, 1000);
  const tick = (now) => {
    longest = Math.max(longest, now - last);
    last = now;
    frames++;
    const text = status()?.textContent ?? '';
    if (!text.includes('loading the rest') || now - started > ${LOAD_CAP_MS}) return end(now, false);
    if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) window.scrollTo(0, 0);
    else window.scrollBy(0, step);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

export interface XboxLoadFigures {
  /** From the first tile until the count says no page is left to load. */
  loadMs: number;
  /** What the page's count said at the end ("Loaded 10,000 of 10,000"). */
  status: string;
  /** The browser stopped making frames for STALL_MS, and the figure ended there. */
  stalled: boolean;
  longTasks: number[];
  longestFrameMs: number;
  frames: number;
  inventoryCalls: number;
  catalogCalls: number;
}

/**
 * The 10,000-entitlement user's inventory opened and scrolled the whole time its pages and their
 * Store names load in the background: the long tasks meanwhile (budget: none over 50 ms), and the
 * calls the full load made (on a cold server cache each is one upstream call).
 */
export async function xboxBackgroundLoadFigures(
  browser: Browser,
  url: string,
  stepPx: number,
): Promise<XboxLoadFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await page.addInitScript({
    content: `window.__longTasks = [];
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
        .observe({ type: 'longtask', buffered: true });`,
  });
  const calls: string[] = [];
  page.on('request', (request) => calls.push(new URL(request.url()).pathname));
  await page.goto(url);
  await page.waitForSelector(TILE, { timeout: 60_000 });
  // The first page's own paint is the response-to-grid figure's business: count from here on.
  await page.evaluate('window.__longTasks = []');
  const scrolled = await page.evaluate<{
    longestFrameMs: number;
    frames: number;
    loadMs: number;
    status: string;
    stalled: boolean;
  }>(scrollWhileLoading(stepPx));
  const longTasks = await page.evaluate<number[]>('window.__longTasks');
  await page.close();
  return {
    ...scrolled,
    longTasks,
    inventoryCalls: calls.filter((path) => path.startsWith('/api/xbox/users/me/inventory')).length,
    catalogCalls: calls.filter((path) => path === '/api/xbox/catalog').length,
  };
}
