import { describe, expect, it } from 'vitest';
import { createBungieDemoApp } from './app.ts';
import { bungieDemoDirectory } from './directory.ts';
import {
  accountPath,
  apiKey,
  firstAccount,
  firstCharacterId,
  getJson,
  inventoryPath,
  itemPath,
} from './test-support.ts';

const app = createBungieDemoApp();
const envelopeKeys = ['Response', 'ErrorCode', 'ThrottleSeconds', 'ErrorStatus', 'Message', 'MessageData'];

describe('envelope', () => {
  it('emits success keys in Bungie order with HTTP 200 and JSON', async () => {
    const response = await app.request(accountPath(firstAccount), { headers: apiKey });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(Object.keys(body)).toEqual(envelopeKeys);
    expect(body).toMatchObject({
      ErrorCode: 1,
      ThrottleSeconds: 0,
      ErrorStatus: 'Success',
      Message: 'Ok',
      MessageData: {},
    });
  });

  it('leaves Response out of errors', async () => {
    const response = await app.request(accountPath(firstAccount));
    expect(response.status).toBe(200);
    expect(Object.keys(await response.json())).toEqual(envelopeKeys.slice(1));
  });
});

describe('API key', () => {
  it('answers 2102 without X-API-Key', async () => {
    const body = await getJson(app, accountPath(firstAccount), {});
    expect(body).toMatchObject({ ErrorCode: 2102, ErrorStatus: 'ApiKeyMissingFromRequest' });
  });

  it('answers 2101 for a key outside the allow-list, and data for one inside', async () => {
    const strict = createBungieDemoApp({ apiKeys: ['right'] });
    expect((await getJson(strict, accountPath(firstAccount), { 'X-API-Key': 'wrong' })).ErrorCode).toBe(2101);
    expect((await getJson(strict, accountPath(firstAccount), { 'X-API-Key': 'right' })).ErrorCode).toBe(1);
  });
});

describe('paths', () => {
  it('accepts both prefixes in any case, with or without the trailing slash', async () => {
    const rest = `${firstAccount.membershipType}/Account/${firstAccount.membershipId}`;
    const bodies = await Promise.all(
      [
        `/Platform/Destiny/${rest}/`,
        `/d1/Platform/Destiny/${rest}/`,
        `/D1/platform/DESTINY/${rest}`,
        `/platform/destiny/${rest.toLowerCase()}`,
      ].map(async (path) => (await app.request(path, { headers: apiKey })).text()),
    );
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0] as string).ErrorCode).toBe(1);
  });

  it('404s paths it does not serve', async () => {
    expect((await app.request('/Platform/Destiny/Manifest/', { headers: apiKey })).status).toBe(404);
    expect((await app.request('/elsewhere', { headers: apiKey })).status).toBe(404);
  });

  it('adds definitions only on request', async () => {
    const plain = await getJson(app, inventoryPath(firstAccount, firstCharacterId));
    const rich = await getJson(app, inventoryPath(firstAccount, firstCharacterId, true));
    expect(Object.keys(plain.Response)).toEqual(['data']);
    expect(Object.keys(rich.Response)).toEqual(['data', 'definitions']);
  });
});

describe('SearchDestinyPlayer', () => {
  const search = (type: number, name: string) =>
    getJson(app, `/Platform/Destiny/SearchDestinyPlayer/${type}/${encodeURIComponent(name)}/`);

  it('matches the exact display name, ignoring case', async () => {
    for (const account of bungieDemoDirectory.accounts) {
      const { Response } = await search(account.membershipType, account.displayName.toUpperCase());
      expect(Response).toEqual([
        {
          iconPath:
            account.membershipType === 1
              ? '/img/theme/destiny/icons/icon_xbl.png'
              : '/img/theme/destiny/icons/icon_psn.png',
          membershipType: account.membershipType,
          membershipId: account.membershipId,
          displayName: account.displayName,
        },
      ]);
    }
  });

  it('searches every platform with -1, one platform otherwise, and answers [] for no match', async () => {
    const xbox = bungieDemoDirectory.accounts.find((account) => account.membershipType === 1);
    expect((await search(-1, xbox?.displayName ?? '')).Response).toHaveLength(1);
    expect((await search(2, xbox?.displayName ?? '')).Response).toEqual([]);
    expect((await search(-1, xbox?.displayName.slice(0, 4) ?? '')).Response).toEqual([]);
  });
});

describe('lookup errors', () => {
  it('answers 7 for ids that are not digits', async () => {
    for (const path of [
      '/Platform/Destiny/2/Account/abc/',
      `/Platform/Destiny/x/Account/${firstAccount.membershipId}/`,
      inventoryPath(firstAccount, '12ab'),
      itemPath(firstAccount, firstCharacterId, 'nope'),
    ]) {
      expect((await getJson(app, path)).ErrorCode, path).toBe(7);
    }
  });

  it('answers 1601 for an unknown account or the wrong platform', async () => {
    expect((await getJson(app, '/Platform/Destiny/2/Account/4611686018400000001/')).ErrorCode).toBe(1601);
    const otherPlatform = { ...firstAccount, membershipType: firstAccount.membershipType === 1 ? 2 : 1 };
    expect((await getJson(app, accountPath(otherPlatform))).ErrorCode).toBe(1601);
  });

  it('answers 1620 for a character of another account and 1623 for an unknown or non-instanced item', async () => {
    const other = bungieDemoDirectory.accounts[1]?.characters[0]?.characterId ?? '';
    expect((await getJson(app, inventoryPath(firstAccount, other))).ErrorCode).toBe(1620);
    expect((await getJson(app, itemPath(firstAccount, firstCharacterId, '6917529000000000001'))).ErrorCode).toBe(1623);
    expect((await getJson(app, itemPath(firstAccount, firstCharacterId, '0'))).ErrorCode).toBe(1623);
  });
});

describe('determinism', () => {
  const paths = [
    accountPath(firstAccount),
    `${accountPath(firstAccount)}?definitions=true`,
    inventoryPath(firstAccount, firstCharacterId, true),
  ];

  it('gives identical bytes for the same seed, whatever the request order', async () => {
    const [a, b] = [createBungieDemoApp({ seed: 42 }), createBungieDemoApp({ seed: 42 })];
    const first = [];
    for (const path of paths) first.push(await (await a.request(path, { headers: apiKey })).text());
    const second = [];
    for (const path of [...paths].reverse()) second.unshift(await (await b.request(path, { headers: apiKey })).text());
    expect(second).toEqual(first);
  });

  it('gives other data for another seed', async () => {
    const [a, b] = [createBungieDemoApp({ seed: 1 }), createBungieDemoApp({ seed: 2 })];
    const path = inventoryPath(firstAccount, firstCharacterId);
    expect(await (await a.request(path, { headers: apiKey })).text()).not.toBe(
      await (await b.request(path, { headers: apiKey })).text(),
    );
  });
});
