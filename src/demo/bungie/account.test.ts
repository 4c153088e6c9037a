import { describe, expect, it } from 'vitest';
import { createBungieDemoApp } from './app.ts';
import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import { bungieDemoDirectory } from './directory.ts';
import { classes } from './guardian-types.ts';
import { accountPath, allItems, getJson, inventoryPath, isUint32, itemPath } from './test-support.ts';

const app = createBungieDemoApp();
const statOrder = [
  'STAT_DEFENSE',
  'STAT_INTELLECT',
  'STAT_DISCIPLINE',
  'STAT_STRENGTH',
  'STAT_LIGHT',
  'STAT_ARMOR',
  'STAT_AGILITY',
  'STAT_RECOVERY',
  'STAT_OPTICS',
];

describe('the directory', () => {
  it('lists accounts on both platforms, each with a Titan, a Hunter and a Warlock', () => {
    const { accounts } = bungieDemoDirectory;
    expect(new Set(accounts.map((account) => account.membershipType))).toEqual(new Set([1, 2]));
    for (const account of accounts) {
      expect(account.membershipId).toMatch(/^4611686018\d{9}$/);
      expect(account.characters.map((character) => character.className)).toEqual(['Titan', 'Hunter', 'Warlock']);
      for (const character of account.characters) expect(character.characterId).toMatch(/^2305843009\d{9}$/);
    }
  });

  it('lists the scenarios', () => {
    expect(bungieDemoDirectory.scenarios.map((scenario) => scenario.id)).toEqual([
      'account-not-found',
      'character-not-found',
      'maintenance',
      'throttled',
      'private',
      'html-outage',
      'maintenance-1618',
      'throttled-31',
      'server-error',
      'truncated-json',
      'malformed-json',
      'dropped-connection',
      'slow',
      'no-definitions',
    ]);
  });
});

describe.each(bungieDemoDirectory.accounts)('GetAccount for $displayName', (account) => {
  it('describes the directory characters with level, light, stats and emblem', async () => {
    const { data } = (await getJson(app, accountPath(account))).Response;
    expect(data.membershipId).toBe(account.membershipId);
    expect(data.characters.map((character: any) => character.characterBase.characterId)).toEqual(
      account.characters.map((c) => c.characterId),
    );
    for (const [i, character] of data.characters.entries()) {
      const base = character.characterBase;
      expect(Object.keys(character)).toEqual([
        'characterBase',
        'levelProgression',
        'emblemPath',
        'backgroundPath',
        'emblemHash',
        'characterLevel',
        'baseCharacterLevel',
        'isPrestigeLevel',
        'percentToNextLevel',
      ]);
      expect(base.classHash).toBe(classes[account.characters[i]?.className ?? 'Titan'].hash);
      expect(Object.keys(base.stats)).toEqual(statOrder);
      expect(base.powerLevel).toBe(base.stats.STAT_LIGHT.value);
      expect(typeof base.minutesPlayedTotal).toBe('string');
      expect(base.dateLastPlayed).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(isUint32(base.customization.face)).toBe(true);
      expect(character.characterLevel).toBeLessThanOrEqual(40);
      expect(character.isPrestigeLevel).toBe(character.levelProgression.level > 40);
      expect(character.levelProgression.progressionHash).toBe(1716568313);

      const inventory = (await getJson(app, inventoryPath(account, base.characterId))).Response.data;
      const equipped = allItems(inventory).filter((item) => item.isEquipped);
      const emblem = inventory.buckets.Equippable.find(
        (bucket: any) => bucket.bucketHash === BucketHash.Emblems,
      ).items.find((item: any) => item.isEquipped);
      expect(character.emblemHash).toBe(emblem.itemHash);
      expect(base.peerView.equipment.map((entry: any) => entry.itemHash)).toEqual(
        equipped.map((item) => item.itemHash),
      );
      const armour = equipped.filter((item) =>
        item.stats.some((stat: any) => stat.statHash === base.stats.STAT_INTELLECT.statHash),
      );
      const intellect = armour.reduce(
        (sum, item) => sum + item.stats.find((stat: any) => stat.statHash === base.stats.STAT_INTELLECT.statHash).value,
        0,
      );
      expect(base.stats.STAT_INTELLECT.value).toBe(intellect);
    }
  });

  it('holds the account-wide currencies, the first three as items in their buckets', async () => {
    const { inventory } = (await getJson(app, accountPath(account))).Response.data;
    expect(Object.keys(inventory.buckets)).toEqual(['Invisible', 'Item', 'Currency']);
    expect(inventory.buckets.Currency.map((bucket: any) => bucket.bucketHash)).toEqual([
      BucketHash.CurrencyGlimmer,
      BucketHash.CurrencyLegendaryMarks,
      BucketHash.CurrencySilver,
    ]);
    for (const bucket of inventory.buckets.Currency) {
      const [item] = bucket.items;
      expect(item).toMatchObject({ itemInstanceId: '0', location: 0 });
      expect(inventory.currencies.find((entry: any) => entry.itemHash === item.itemHash).value).toBe(item.stackSize);
    }
  });

  it('keeps a vault under Item: weapons, armour and general, every item in the vault and not equippable there', async () => {
    const { inventory } = (await getJson(app, accountPath(account))).Response.data;
    const vault = inventory.buckets.Item;
    expect(vault.map((bucket: any) => bucket.bucketHash)).toEqual([
      BucketHash.VaultWeapons,
      BucketHash.VaultArmor,
      BucketHash.VaultGeneral,
    ]);
    const items = vault.flatMap((bucket: any) => bucket.items);
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      expect(item).toMatchObject({ location: 2, isEquipped: false, canEquip: false });
      expect(item.cannotEquipReason & 16).toBe(16);
    }
    const instanced = items.filter((item: any) => item.itemInstanceId !== '0');
    expect(new Set(instanced.map((item: any) => item.itemInstanceId)).size).toBe(instanced.length);
  });

  it('answers GetItemDetail for a vault item asked through any of its characters', async () => {
    const { inventory } = (await getJson(app, accountPath(account))).Response.data;
    const item = inventory.buckets.Item[0].items.find((entry: any) => entry.itemInstanceId !== '0');
    for (const character of account.characters) {
      const detail = await getJson(app, itemPath(account, character.characterId, item.itemInstanceId));
      expect(detail.ErrorCode).toBe(1);
      expect(detail.Response.data.item).toMatchObject({ itemInstanceId: item.itemInstanceId, location: 2 });
    }
  });
});

describe('the big-vault account', () => {
  it('has a full vault (108 weapons, 108 armour, 72 general), its characters keep their size', async () => {
    const account = bungieDemoDirectory.accounts.find((entry) => entry.displayName === 'Vault_Hoarder')!;
    const { inventory } = (await getJson(app, accountPath(account))).Response.data;
    expect(inventory.buckets.Item.map((bucket: any) => bucket.items.length)).toEqual([108, 108, 72]);
    const character = (await getJson(app, inventoryPath(account, account.characters[0]!.characterId))).Response.data;
    expect(allItems(character).length).toBeGreaterThanOrEqual(10_000);
  });
});
