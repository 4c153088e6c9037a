import { describe, expect, it } from 'vitest';
import { createPlayFabDemoApp } from './app.ts';
import { catalogs } from './catalog.ts';
import { playfabDemoDirectory } from './directory.ts';

const NOW = Date.parse('2026-01-10T12:00:00Z');
const app = createPlayFabDemoApp({ now: () => NOW });
const [mira] = playfabDemoDirectory.players;
const scenario = (id: string) => playfabDemoDirectory.scenarios.find((s) => s.id === id)!;

function call(
  name: string,
  body: unknown,
  headers: Record<string, string> = { 'X-SecretKey': 'demo', 'Content-Type': 'application/json' },
) {
  return app.request(`/E3F1A/Server/${name}`, { method: 'POST', headers, body: JSON.stringify(body) });
}

async function inventoryOf(playFabId: string, characterId: string) {
  const response = await call('GetCharacterInventory', { PlayFabId: playFabId, CharacterId: characterId });
  return (await response.json()).data;
}

describe('the PlayFab demo upstream', () => {
  it('answers the fault scenario players with their faults, and catalogs as usual', async () => {
    const { playFabId, characterId } = scenario('server-error');
    expect((await call('GetCharacterInventory', { PlayFabId: playFabId, CharacterId: characterId })).status).toBe(503);
    const html = await call('GetAllUsersCharacters', { PlayFabId: scenario('html').playFabId });
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    const truncated = await (
      await call('GetAllUsersCharacters', { PlayFabId: scenario('truncated-json').playFabId })
    ).text();
    expect(() => JSON.parse(truncated)).toThrow();
    expect((await call('GetCatalogItems', {})).status).toBe(200);
  });

  it("lists each player's characters, two or more", async () => {
    for (const player of playfabDemoDirectory.players) {
      const { data } = await (await call('GetAllUsersCharacters', { PlayFabId: player.playFabId })).json();
      expect(data.Characters.length).toBeGreaterThanOrEqual(2);
      for (const character of data.Characters) expect(character.CharacterId).toMatch(/^[0-9A-F]{16}$/);
    }
  });

  it('uses every ItemInstance field between its inventories, omitting unset ones', async () => {
    const seen = new Set<string>();
    for (const player of playfabDemoDirectory.players) {
      for (const character of player.characters) {
        const data = await inventoryOf(player.playFabId, character.characterId);
        for (const instance of data.Inventory) {
          Object.keys(instance).forEach((key) => seen.add(key));
          expect(instance.ItemInstanceId).toMatch(/^[0-9A-F]{16}$/);
          expect(typeof instance.UnitPrice).toBe('number');
          expect(Object.values(instance)).not.toContain(null);
        }
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'Annotation',
        'BundleContents',
        'BundleParent',
        'CatalogVersion',
        'CustomData',
        'DisplayName',
        'Expiration',
        'ItemClass',
        'ItemId',
        'ItemInstanceId',
        'PurchaseDate',
        'RemainingUses',
        'UnitCurrency',
        'UnitPrice',
        'UsesIncrementedBy',
      ].sort(),
    );
  });

  it('has an item whose catalog entry is gone, a renamed purchase, and currencies at zero and recharging', async () => {
    const data = await inventoryOf(mira!.playFabId, mira!.characters[0]!.characterId);
    const ids = (version: string) => new Set(catalogs[version]!.map((item) => item.ItemId));
    const orphan = data.Inventory.find(
      (instance: { ItemId: string; CatalogVersion: string }) => !ids(instance.CatalogVersion).has(instance.ItemId),
    );
    expect(orphan).toBeDefined();
    const renamed = data.Inventory.find(
      (instance: { ItemId: string; DisplayName?: string }) => instance.ItemId === 'frost_bow',
    );
    expect(renamed.DisplayName).not.toBe(catalogs.launch!.find((item) => item.ItemId === 'frost_bow')!.DisplayName);
    expect(Object.values(data.VirtualCurrency)).toContain(0);
    const energy = data.VirtualCurrencyRechargeTimes.EN;
    expect(Date.parse(energy.RechargeTime) - NOW).toBeCloseTo(energy.SecondsToRecharge * 1000, -2);
    const expiries = data.Inventory.filter((instance: { Expiration?: string }) => instance.Expiration).map(
      (instance: { Expiration: string }) => Date.parse(instance.Expiration) - NOW,
    );
    expect(Math.min(...expiries)).toBeLessThan(24 * 3_600_000);
    expect(Math.max(...expiries)).toBeGreaterThan(3 * 24 * 3_600_000);
  });

  it('filters by CatalogVersion', async () => {
    const response = await call('GetCharacterInventory', {
      PlayFabId: mira!.playFabId,
      CharacterId: mira!.characters[0]!.characterId,
      CatalogVersion: 'season2',
    });
    const { data } = await response.json();
    expect(data.Inventory.length).toBeGreaterThan(0);
    expect(new Set(data.Inventory.map((instance: { CatalogVersion: string }) => instance.CatalogVersion))).toEqual(
      new Set(['season2']),
    );
  });

  it('answers errors as PlayFab sends them', async () => {
    const cases: [Response, number, number][] = [
      [await call('GetCatalogItems', {}, { 'Content-Type': 'application/json' }), 401, 1074],
      [await call('GetCatalogItems', {}, { 'X-SecretKey': 'k', 'Content-Type': 'text/plain' }), 400, 1144],
      [await call('GetAllUsersCharacters', { PlayFabId: scenario('player-not-found').playFabId }), 400, 1001],
      [
        await call('GetCharacterInventory', {
          PlayFabId: mira!.playFabId,
          CharacterId: scenario('character-not-found').characterId,
        }),
        400,
        1135,
      ],
      [await call('GetCharacterInventory', { PlayFabId: mira!.playFabId }), 400, 1000],
      [
        await call('GetCharacterInventory', {
          PlayFabId: scenario('invalid-params').playFabId,
          CharacterId: scenario('invalid-params').characterId,
        }),
        400,
        1000,
      ],
      [await call('GetAllUsersCharacters', { PlayFabId: scenario('unavailable').playFabId }), 503, 1123],
    ];
    for (const [response, status, errorCode] of cases) {
      expect(response.status).toBe(status);
      const body = await response.json();
      expect(body).toMatchObject({ code: status, errorCode });
      expect(body.data).toBeUndefined();
    }
    const missing = await (await call('GetCharacterInventory', { PlayFabId: mira!.playFabId })).json();
    expect(missing.errorDetails).toEqual({ CharacterId: ['The CharacterId field is required.'] });
  });

  it('throttles every odd request of the rate-limited player with Retry-After', async () => {
    const { playFabId } = scenario('throttled');
    const first = await call('GetAllUsersCharacters', { PlayFabId: playFabId });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('3');
    expect(await first.json()).toMatchObject({ errorCode: 1199, retryAfterSeconds: 3 });
    expect((await call('GetAllUsersCharacters', { PlayFabId: playFabId })).status).toBe(200);
  });

  it('has a 10,000-item character, drawn from the catalogs with unique instance ids', async () => {
    const hale = playfabDemoDirectory.players.find((player) => player.displayName === 'Hoarding Hale')!;
    const { Inventory } = await inventoryOf(hale.playFabId, hale.characters[0]!.characterId);
    expect(Inventory).toHaveLength(10_000);
    expect(new Set(Inventory.map((item: { ItemInstanceId: string }) => item.ItemInstanceId)).size).toBe(10_000);
    const known = new Set(
      Object.values(catalogs)
        .flat()
        .map((item) => item.ItemId),
    );
    expect(Inventory.every((item: { ItemId: string }) => known.has(item.ItemId))).toBe(true);
    expect(new Set(Inventory.map((item: { ItemClass: string }) => item.ItemClass)).size).toBeGreaterThan(5);
  });
});
