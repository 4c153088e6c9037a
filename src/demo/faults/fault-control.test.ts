import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bungieDemoDirectory } from '../bungie/directory.ts';
import { playfabDemoDirectory } from '../playfab/directory.ts';
import { playfabDemoOrigin, startDemoUpstream } from '../server.ts';
import { clearFaults, pendingFaults, queueFault } from './fault-client.ts';
import { FAULTS_PATH } from './fault-control.ts';

let upstream: Awaited<ReturnType<typeof startDemoUpstream>>;
beforeAll(async () => {
  upstream = await startDemoUpstream({ port: 0 });
});
afterAll(async () => {
  await upstream?.close();
});
afterEach(async () => {
  await clearFaults(upstream.origin);
});

const account = bungieDemoDirectory.accounts[0]!;
const bungieAccount = () =>
  fetch(`${upstream.origin}/Platform/Destiny/${account.membershipType}/Account/${account.membershipId}/`, {
    headers: { 'X-API-Key': 'k' },
  });
const playfabCharacters = () =>
  fetch(
    `${playfabDemoOrigin(upstream.origin).replace('{titleId}', playfabDemoDirectory.titleId)}/Server/GetAllUsersCharacters`,
    {
      method: 'POST',
      headers: { 'X-SecretKey': 'k', 'Content-Type': 'application/json' },
      body: JSON.stringify({ PlayFabId: playfabDemoDirectory.players[0]!.playFabId }),
    },
  );
const xboxInventory = () =>
  fetch(`${upstream.origin}/users/me/inventory?maxItems=1`, {
    headers: { Authorization: 'XBL3.0 x=1;t', 'x-xbl-contract-version': '4' },
  });

describe('the fault control channel', () => {
  it('refuses rules it cannot apply', async () => {
    const post = (body: unknown) =>
      fetch(`${upstream.origin}${FAULTS_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ provider: 'bungie', fault: { kind: 'meteor' } })).status).toBe(400);
    expect((await post({ provider: 'playfab', fault: { kind: 'maintenance' } })).status).toBe(400);
    expect((await post({ provider: 'xbox', fault: { kind: 'throttled', seconds: 2, code: 31 } })).status).toBe(400);
    expect(await pendingFaults(upstream.origin)).toEqual([]);
  });

  it('answers Bungie calls with ErrorCode 31 and its ThrottleSeconds, once', async () => {
    await queueFault(upstream.origin, {
      provider: 'bungie',
      match: '/Account/',
      fault: { kind: 'throttled', seconds: 4, code: 31 },
    });
    expect(await (await bungieAccount()).json()).toMatchObject({
      ErrorCode: 31,
      ThrottleSeconds: 4,
      ErrorStatus: 'ThrottleLimitExceeded',
    });
    expect((await (await bungieAccount()).json()).ErrorCode).toBe(1);
  });

  it('answers Bungie 1618 as HTTP 500 with the envelope', async () => {
    await queueFault(upstream.origin, { provider: 'bungie', fault: { kind: 'maintenance', code: 1618 } });
    const response = await bungieAccount();
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ ErrorCode: 1618, ErrorStatus: 'DestinyUnexpectedError' });
  });

  it('throttles PlayFab with Retry-After and retryAfterSeconds, and Xbox with Retry-After', async () => {
    await queueFault(upstream.origin, { provider: 'playfab', fault: { kind: 'throttled', seconds: 6 } });
    await queueFault(upstream.origin, { provider: 'xbox', fault: { kind: 'throttled', seconds: 7 } });
    const playfab = await playfabCharacters();
    expect([playfab.status, playfab.headers.get('retry-after')]).toEqual([429, '6']);
    expect(await playfab.json()).toMatchObject({ code: 429, errorCode: 1199, retryAfterSeconds: 6 });
    const xbox = await xboxInventory();
    expect([xbox.status, xbox.headers.get('retry-after')]).toEqual([429, '7']);
  });

  it('drops the connection mid-body', async () => {
    await queueFault(upstream.origin, { provider: 'xbox', fault: { kind: 'dropped-connection' } });
    const response = await xboxInventory();
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect((await xboxInventory()).status).toBe(200);
  });

  it('leaves images alone and counts down until cleared', async () => {
    await queueFault(upstream.origin, { provider: 'bungie', fault: { kind: 'server-error', status: 503 }, times: 5 });
    expect((await fetch(`${upstream.origin}/img/misc/missing_icon.png`)).status).toBe(200);
    expect((await bungieAccount()).status).toBe(503);
    expect(await pendingFaults(upstream.origin)).toMatchObject([{ provider: 'bungie', left: 4 }]);
    await clearFaults(upstream.origin);
    expect((await bungieAccount()).status).toBe(200);
  });
});
