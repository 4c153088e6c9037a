import { afterEach, describe, expect, inject, it } from 'vitest';
import { clearFaults, queueFault } from '../../src/demo/faults/fault-client.ts';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
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
const player = playfabDemoDirectory.players[0]!;
const inventoryUrl = `${baseURL}/playfab/${playfabDemoDirectory.titleId}/players/${player.playFabId}/characters/${player.characters[0]!.characterId}`;
const match = '/Server/GetCharacterInventory';
const browser = browserForFile();

afterEach(() => clearFaults(demoOrigin));

describe('PlayFab faults, end to end', () => {
  it.each(sharedFaultCases('PlayFab'))('$name', async (faultCase) => {
    await queueFault(demoOrigin, { provider: 'playfab', match, fault: faultCase.fault, times: EVERY_TRY });
    const { page, errors } = await openPage(browser());
    await page.goto(inventoryUrl);
    await expectOutcome(page, faultCase, page.getByRole('list', { name: 'Currencies' }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rate limited (HTTP 429, Retry-After): a countdown, then the inventory', async () => {
    // Twice: the server's link preview of the page asks first (and falls back to the plain page), then the page itself.
    await queueFault(demoOrigin, { provider: 'playfab', match, fault: { kind: 'throttled', seconds: 2 }, times: 2 });
    const { page, errors } = await openPage(browser());
    await page.goto(inventoryUrl);
    await expectCountdownThenData(
      page,
      'PlayFab asked us to slow down',
      page.getByRole('list', { name: 'Currencies' }),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a refresh that fails keeps the inventory on screen under a banner', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(inventoryUrl);
    const currencies = page.getByRole('list', { name: 'Currencies' });
    await currencies.waitFor();
    await queueFault(demoOrigin, {
      provider: 'playfab',
      match,
      fault: { kind: 'dropped-connection' },
      times: EVERY_TRY,
    });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expectBannerAboveData(page, 'PlayFab is having trouble', currencies);
    expect(errors).toEqual([]);
    await page.close();
  });
});
