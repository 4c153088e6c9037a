import { afterEach, describe, expect, inject, it } from 'vitest';
import { clearFaults, queueFault } from '../../src/demo/faults/fault-client.ts';
import { openPage, browserForFile } from './browser.ts';
import {
  demoOrigin,
  EVERY_TRY,
  expectBannerAboveData,
  expectCountdownThenData,
  expectOutcome,
  sharedFaultCases,
} from './fault-cases.ts';

const baseURL = inject('baseURL');
const inventoryUrl = `${baseURL}/xbox/inventory?availability=All`;
const match = '/users/me/inventory';
const browser = browserForFile();

afterEach(() => clearFaults(demoOrigin));

describe('Xbox Live faults, end to end', () => {
  it.each(sharedFaultCases('Xbox Live'))('$name', async (faultCase) => {
    await queueFault(demoOrigin, { provider: 'xbox', match, fault: faultCase.fault, times: EVERY_TRY });
    const { page, errors } = await openPage(browser());
    await page.goto(inventoryUrl);
    await expectOutcome(page, faultCase, page.getByRole('region', { name: 'Games' }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rate limited (HTTP 429, Retry-After): a countdown, then the inventory', async () => {
    await queueFault(demoOrigin, { provider: 'xbox', match, fault: { kind: 'throttled', seconds: 2 } });
    const { page, errors } = await openPage(browser());
    await page.goto(inventoryUrl);
    await expectCountdownThenData(page, 'Xbox Live asked us to slow down', page.getByRole('region', { name: 'Games' }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a next page that fails keeps the loaded items on screen under a banner', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(inventoryUrl);
    const games = page.getByRole('region', { name: 'Games' });
    await games.waitFor();
    await queueFault(demoOrigin, {
      provider: 'xbox',
      match: 'continuationToken=',
      fault: { kind: 'timeout' },
      times: EVERY_TRY,
    });
    await page.getByRole('button', { name: 'Load more' }).click();
    await expectBannerAboveData(page, 'Xbox Live took too long to answer', games);
    expect(errors).toEqual([]);
    await page.close();
  });
});
