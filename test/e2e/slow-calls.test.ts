import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';
import { clearFaults, queueFault } from '../../src/demo/faults/fault-client.ts';
import { openPage, browserForFile } from './browser.ts';
import { demoOrigin, EVERY_TRY } from './fault-cases.ts';

const baseURL = inject('baseURL');
const account = bungieDemoDirectory.accounts[0]!;
const inventoryUrl = `${baseURL}/destiny/${account.membershipType}/${account.membershipId}/${account.characters[0]!.characterId}`;
const browser = browserForFile();

/** Text on screen, not the screen reader's copy of it in the live region. */
const shown = (page: Page, text: string | RegExp) => page.locator('p:not([aria-live])', { hasText: text });

/**
 * Every waiting line the page shows, in order, recorded in the page as it changes. "Try 1" is on
 * screen only between the indicator's first second and the proxy giving up (1.5 s here): a polling
 * locator can miss so short a line on a busy machine; a mutation observer sees every render.
 */
async function recordWaitingLines(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const lines: string[] = [];
    Object.assign(window, { waitingLines: lines });
    new MutationObserver(() => {
      for (const line of document.querySelectorAll('p:not([aria-live])')) {
        const text = line.textContent ?? '';
        if (text.startsWith('Waiting for') && lines.at(-1) !== text) lines.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { waitingLines: string[] }).waitingLines);
}

/** Which tries the lines named, each once, in the order shown. */
const triesNamed = (lines: string[]) => [...new Set(lines.map((line) => /try (\d) of 3/.exec(line)?.[1]))];

afterEach(() => clearFaults(demoOrigin));

/**
 * A call that never answers: the proxy here gives up after 1.5 s, and the page tries three times,
 * so a person waits about five seconds and is told what is happening all along.
 */
const hangingInventory = (times: number) =>
  queueFault(demoOrigin, { provider: 'bungie', match: '/Inventory/', fault: { kind: 'timeout' }, times });

describe('a slow call, end to end', () => {
  it('says which try it is and for how long, and Cancel stops it and leaves a way to try again', async () => {
    await hangingInventory(EVERY_TRY);
    const { page, errors } = await openPage(browser());
    const inventoryCalls = { sent: 0, inFlight: 0, aborted: [] as string[] };
    const isInventory = (request: { url(): string }) => request.url().includes('/Inventory/');
    page.on('request', (request) => isInventory(request) && (inventoryCalls.sent++, inventoryCalls.inFlight++));
    page.on('requestfinished', (request) => isInventory(request) && inventoryCalls.inFlight--);
    page.on('requestfailed', (request) => {
      if (!isInventory(request)) return;
      inventoryCalls.inFlight--;
      inventoryCalls.aborted.push(request.failure()?.errorText ?? '');
    });
    const waitingLines = await recordWaitingLines(page);
    await page.goto(inventoryUrl);

    await shown(page, /^Waiting for Bungie: try 2 of 3, [1-9] s$/).waitFor({ timeout: 8000 });
    const lines = await waitingLines();
    expect(lines.filter((line) => !/^Waiting for Bungie: try [12] of 3, [1-9] s$/.test(line))).toEqual([]);
    expect(triesNamed(lines)).toEqual(['1', '2']);
    // "Try 2" shows from the first failure, before the retry's backoff (up to 0.5 s) sends it: cancel once it is out.
    await expect.poll(() => inventoryCalls.sent, { timeout: 5000 }).toBe(2);
    expect(await page.getByLabel('Loading inventory').count()).toBe(1);
    const inFlightAtCancel = inventoryCalls.inFlight;
    await page.getByRole('button', { name: 'Cancel' }).click();

    await shown(page, 'Cancelled. The request to Bungie was stopped.').waitFor();
    expect(await page.getByLabel('Loading inventory').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    // The try in flight is aborted (on a machine slow enough for the proxy to give up first, there is none).
    expect(inventoryCalls.aborted).toEqual(Array(inFlightAtCancel).fill(expect.stringContaining('ERR_ABORTED')));
    // No try after the cancel: the retries stopped with it.
    await page.waitForTimeout(2500);
    expect(inventoryCalls.sent).toBe(2);
    expect(await page.getByText(/Waiting for Bungie/).count()).toBe(0);

    await clearFaults(demoOrigin);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('region', { name: 'Primary Weapons' }).waitFor({ timeout: 10_000 });
    expect(await page.getByText(/Cancelled|Waiting for/).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a call the proxy gave up on once is tried again, and the page says so until it loads', async () => {
    await hangingInventory(1);
    // The second try answers too, but slowly (inside the proxy's 1.5 s), so its line stays long enough to read.
    await queueFault(demoOrigin, { provider: 'bungie', match: '/Inventory/', fault: { kind: 'latency', ms: 1200 } });
    const { page, errors } = await openPage(browser());
    await page.goto(inventoryUrl);
    await shown(page, /^Waiting for Bungie: try 2 of 3, [1-9] s$/).waitFor({ timeout: 5000 });
    await page.getByRole('region', { name: 'Primary Weapons' }).waitFor({ timeout: 10_000 });
    expect(await page.getByText(/Waiting for Bungie/).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
