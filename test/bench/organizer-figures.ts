import type { Browser, Page } from 'playwright-core';

/**
 * Installed before the app loads: for each click and each key, when the first paint after the
 * organizer's table changed happened. "After paint" as in browser-figures.ts: a task queued from a
 * requestAnimationFrame callback. Kept as text, for the same reason.
 */
const instrumentPage = `
  window.__organizer = [];
  const afterPaint = (record) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  });
  let current;
  const start = (event) => {
    current = { at: event.timeStamp };
    window.__organizer.push(current);
  };
  document.addEventListener('keydown', start, true);
  document.addEventListener('pointerdown', start, true);
  new MutationObserver((records) => {
    const input = current;
    if (input && records.some((record) => record.target.closest && record.target.closest('table'))) {
      afterPaint((time) => (input.painted = Math.max(input.painted || 0, time)));
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
`;

async function openOrganizer(browser: Browser, url: string): Promise<Page> {
  // The measuring code is evaluated as strings, which the app's Content-Security-Policy rightly forbids.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await page.addInitScript({ content: instrumentPage });
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}view=organizer`);
  await page.getByRole('table', { name: 'Items' }).locator('tbody th').first().waitFor({ timeout: 60_000 });
  return page;
}

/** Per input, the time from it to the table's change painted, sorted; inputs that changed nothing are left out. */
async function timings(page: Page): Promise<number[]> {
  const samples = await page.evaluate<{ at: number; painted?: number }[]>('window.__organizer');
  return samples
    .filter((input) => input.painted !== undefined)
    .map((input) => input.painted! - input.at)
    .sort((a, b) => a - b);
}

/** Clicks through the headers given, twice each (so both directions), and times each new order's paint. */
export async function organizerSortMs(browser: Browser, url: string, headers: string[]): Promise<number[]> {
  const page = await openOrganizer(browser, url);
  await page.evaluate('window.__organizer = []');
  for (const header of [...headers, ...headers]) {
    for (let click = 0; click < 2; click++) {
      await page.getByRole('columnheader', { name: header, exact: false }).first().getByRole('button').click();
      // Well past any frame, so each click's changes are its own.
      await page.waitForTimeout(250);
    }
  }
  const times = await timings(page);
  await page.close();
  return times;
}

/** Types each query one key at a time into the search box and deletes it, sorted by a stat, timing each key's table. */
export async function organizerFilterMs(browser: Browser, url: string, queries: string[]): Promise<number[]> {
  const page = await openOrganizer(browser, url);
  const box = page.getByRole('combobox', { name: 'Search items' });
  await box.click();
  await page.evaluate('window.__organizer = []');
  for (const key of queries.flatMap((text) => [...text.split(''), ...Array<string>(text.length).fill('Backspace')])) {
    await page.keyboard.press(key);
    await page.waitForTimeout(250);
  }
  const times = await timings(page);
  await page.close();
  return times;
}
