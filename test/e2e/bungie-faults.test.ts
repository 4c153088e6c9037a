import { afterEach, describe, expect, inject, it } from 'vitest';
import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';
import { clearFaults, pendingFaults, queueFault } from '../../src/demo/faults/fault-client.ts';
import { openPage, browserForFile } from './browser.ts';
import {
  demoOrigin,
  EVERY_TRY,
  expectBannerAboveData,
  expectCountdownThenData,
  expectOutcome,
  sharedFaultCases,
  type FaultCase,
} from './fault-cases.ts';

const baseURL = inject('baseURL');
const account = bungieDemoDirectory.accounts[0]!;
const inventoryUrl = `${baseURL}/destiny/${account.membershipType}/${account.membershipId}/${account.characters[0]!.characterId}`;
const match = '/Inventory/';
const browser = browserForFile();

afterEach(() => clearFaults(demoOrigin));

const cases: FaultCase[] = [
  ...sharedFaultCases('Bungie'),
  {
    name: 'maintenance (5)',
    fault: { kind: 'maintenance', code: 5 },
    title: 'Bungie is down for maintenance',
    detail: /5 SystemDisabled/,
  },
  {
    name: 'maintenance (1618)',
    fault: { kind: 'maintenance', code: 1618 },
    title: 'Bungie is down for maintenance',
    detail: /1618 DestinyUnexpectedError/,
  },
];

describe('Bungie faults, end to end', () => {
  it.each(cases)('$name', async (faultCase) => {
    await queueFault(demoOrigin, { provider: 'bungie', match, fault: faultCase.fault, times: EVERY_TRY });
    const { page, errors } = await openPage(browser());
    await page.goto(inventoryUrl);
    await expectOutcome(page, faultCase, page.getByRole('region', { name: 'Primary Weapons' }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([36, 31] as const)('throttled with ErrorCode %i: a countdown, then the inventory', async (code) => {
    await queueFault(demoOrigin, { provider: 'bungie', match, fault: { kind: 'throttled', seconds: 2, code } });
    const { page, errors } = await openPage(browser());
    await page.goto(inventoryUrl);
    await expectCountdownThenData(
      page,
      'Bungie asked us to slow down',
      page.getByRole('region', { name: 'Primary Weapons' }),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a refresh that fails keeps the inventory on screen under a banner', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(inventoryUrl);
    const weapons = page.getByRole('region', { name: 'Primary Weapons' });
    await weapons.waitFor();
    await queueFault(demoOrigin, {
      provider: 'bungie',
      match,
      fault: { kind: 'server-error', status: 503 },
      times: EVERY_TRY,
    });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expectBannerAboveData(page, 'Bungie is having trouble', weapons);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the fault control channel cannot be reached through the proxy', async () => {
    await queueFault(demoOrigin, { provider: 'bungie', match: 'never-requested', fault: { kind: 'html' } });
    const attempts = [
      fetch(`${baseURL}/api/__demo/faults`, { method: 'DELETE' }),
      fetch(`${baseURL}/api/bungie/__demo/faults`, { method: 'DELETE' }),
      fetch(`${baseURL}/api/bungie/..%2F__demo%2Ffaults`),
      fetch(`${baseURL}/api/xbox/items/..%2F..%2F..%2F__demo%2Ffaults`),
      fetch(`${baseURL}/api/playfab/E3F1A/Server/..%2F..%2F..%2F__demo%2Ffaults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).not.toContain('never-requested');
    }
    expect(await pendingFaults(demoOrigin)).toMatchObject([{ match: 'never-requested', left: 1 }]);
  });
});
