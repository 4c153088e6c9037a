import { describe, expect, it } from 'vitest';
import { createBungieDemoApp } from './app.ts';
import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import { bungieDemoDirectory } from './directory.ts';
import { classes } from './guardian-types.ts';
import { allItems, demoCharacters, getJson, inventoryPath, isUint32 } from './test-support.ts';

const app = createBungieDemoApp();
const inventories = await Promise.all(
  demoCharacters.map(async (character) => ({
    ...character,
    response: (await getJson(app, inventoryPath(character.account, character.characterId, true))).Response,
  })),
);

const instanceKeys = [
  'itemHash',
  'bindStatus',
  'isEquipped',
  'itemInstanceId',
  'itemLevel',
  'stackSize',
  'qualityLevel',
  'stats',
  'primaryStat',
  'canEquip',
  'equipRequiredLevel',
  'unlockFlagHashRequiredToEquip',
  'cannotEquipReason',
  'damageType',
  'damageTypeHash',
  'damageTypeNodeIndex',
  'damageTypeStepIndex',
  'progression',
  'talentGridHash',
  'nodes',
  'useCustomDyes',
  'artRegions',
  'isEquipment',
  'isGridComplete',
  'perks',
  'location',
  'transferStatus',
  'locked',
  'lockable',
  'objectives',
  'state',
];
const equippable = [
  BucketHash.Subclass,
  BucketHash.PrimaryWeapons,
  BucketHash.SpecialWeapons,
  BucketHash.HeavyWeapons,
  BucketHash.Ghost,
  BucketHash.Helmet,
  BucketHash.Gauntlets,
  BucketHash.ChestArmor,
  BucketHash.LegArmor,
  BucketHash.ClassArmor,
  BucketHash.Artifacts,
  BucketHash.Vehicle,
  BucketHash.Ships,
  BucketHash.Shaders,
  BucketHash.Emblems,
];
const expectedGroups = {
  Invisible: [BucketHash.LostItems, BucketHash.Temporary, BucketHash.Quests],
  Equippable: equippable,
  Item: [BucketHash.Materials, BucketHash.Consumables, BucketHash.Mission, BucketHash.Bounties],
  Currency: [],
};

describe.each(inventories)('inventory of $className $characterId', ({ response, account, className }) => {
  const { data, definitions } = response;
  const items = allItems(data);
  const definition = (hash: number) => definitions.items[hash];

  it('lists every bucket, grouped by category in order', () => {
    expect(Object.keys(data)).toEqual(['buckets', 'currencies']);
    expect(Object.keys(data.buckets)).toEqual(['Invisible', 'Equippable', 'Item', 'Currency']);
    for (const [group, hashes] of Object.entries(expectedGroups)) {
      expect(data.buckets[group].map((bucket: any) => bucket.bucketHash)).toEqual(hashes);
      for (const bucket of data.buckets[group]) expect(Object.keys(bucket)).toEqual(['items', 'bucketHash']);
    }
  });

  it('holds at least 150 items, each in its definition bucket or waiting at the postmaster', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    for (const group of Object.values<any[]>(data.buckets)) {
      for (const bucket of group) {
        for (const item of bucket.items) {
          if (bucket.bucketHash === BucketHash.LostItems) expect(item.location).toBe(4);
          else expect(definition(item.itemHash).bucketTypeHash).toBe(bucket.bucketHash);
        }
      }
    }
  });

  it('emits the 31 instance keys in order, omitting (never nulling) primaryStat and progression', () => {
    for (const item of items) {
      const expected = instanceKeys.filter(
        (key) => item[key] !== undefined || (key !== 'primaryStat' && key !== 'progression'),
      );
      expect(Object.keys(item)).toEqual(expected);
      expect(Object.values(item)).not.toContain(null);
    }
    const material = data.buckets.Item.find((bucket: any) => bucket.bucketHash === BucketHash.Materials).items[0];
    expect(Object.keys(material)).toHaveLength(29);
    const weapon = data.buckets.Equippable.find((bucket: any) => bucket.bucketHash === BucketHash.PrimaryWeapons)
      .items[0];
    expect(Object.keys(weapon)).toHaveLength(31);
  });

  it('keeps ids as strings and hashes as unsigned 32-bit numbers', () => {
    for (const item of items) {
      expect(item.itemInstanceId).toMatch(/^(0|6917529\d{12})$/);
      expect(item.itemInstanceId === '0').toBe(!definition(item.itemHash).instanced);
      for (const hash of [item.itemHash, item.damageTypeHash, item.talentGridHash, item.unlockFlagHashRequiredToEquip])
        expect(isUint32(hash)).toBe(true);
      for (const stat of [...item.stats, item.primaryStat ?? { statHash: 0 }])
        expect(isUint32(stat.statHash)).toBe(true);
    }
    const ids = items.map((item) => item.itemInstanceId).filter((id) => id !== '0');
    expect(new Set(ids).size).toBe(ids.length);
    expect(data.currencies.every((entry: any) => isUint32(entry.itemHash) && Number.isInteger(entry.value))).toBe(true);
  });

  it('equips exactly one item per equippable bucket, at most one exotic weapon and one exotic armour piece', () => {
    for (const bucket of data.buckets.Equippable) {
      expect(
        bucket.items.filter((item: any) => item.isEquipped),
        String(bucket.bucketHash),
      ).toHaveLength(1);
      expect(bucket.items.length).toBeGreaterThanOrEqual(bucket.bucketHash === BucketHash.Subclass ? 3 : 8);
      expect(bucket.items.length).toBeLessThanOrEqual(10);
    }
    const exoticsIn = (hashes: number[]) =>
      data.buckets.Equippable.filter((bucket: any) => hashes.includes(bucket.bucketHash))
        .flatMap((bucket: any) => bucket.items)
        .filter((item: any) => item.isEquipped && definition(item.itemHash).tierType === 6);
    expect(
      exoticsIn([BucketHash.PrimaryWeapons, BucketHash.SpecialWeapons, BucketHash.HeavyWeapons]).length,
    ).toBeLessThanOrEqual(1);
    expect(
      exoticsIn([BucketHash.Helmet, BucketHash.Gauntlets, BucketHash.ChestArmor, BucketHash.LegArmor]).length,
    ).toBeLessThanOrEqual(1);
    expect(items.filter((item) => item.isEquipped).every((item) => item.canEquip)).toBe(true);
  });

  it('only carries gear of its own class', () => {
    const classType = classes[className].type;
    for (const item of items) expect([3, classType]).toContain(definition(item.itemHash).classType);
  });

  it('gives weapons six stats out of 100 and the family stat set, armour the three character stats', () => {
    const byName = (name: string) =>
      definitions.stats[Object.keys(definitions.stats).find((hash) => definitions.stats[hash].statName === name) ?? '']
        .statHash;
    for (const item of items) {
      const def = definition(item.itemHash);
      const names = item.stats.map((stat: any) => definitions.stats[stat.statHash].statName);
      if (def.itemType === 3) {
        expect(item.stats).toHaveLength(6);
        expect(item.stats.every((stat: any) => stat.maximumValue === 100 && stat.value >= 0 && stat.value <= 100)).toBe(
          true,
        );
        expect(item.primaryStat.statHash).toBe(byName('Attack'));
        if (def.itemSubType === 10) expect(names).toEqual(expect.arrayContaining(['Blast Radius', 'Velocity']));
        if (def.itemSubType === 11) expect(names).toContain('Charge Rate');
        expect(item.damageTypeHash).toBe(
          Object.values<any>(definitions.damageTypes).find((type) => type.enumValue === item.damageType).damageTypeHash,
        );
      } else if (def.itemType === 2) {
        expect(names).toEqual(['Intellect', 'Discipline', 'Strength']);
        expect(item.primaryStat.statHash).toBe(3897883278);
      } else {
        expect(item.damageType).toBe(0);
        expect(item.damageTypeHash).toBe(0);
      }
    }
  });

  it('mixes tiers, locks some gear and stacks materials into the hundreds', () => {
    const tiers = new Set(items.map((item) => definition(item.itemHash).tierType));
    for (const tier of [2, 3, 4, 5, 6]) expect(tiers).toContain(tier);
    expect(items.some((item) => item.locked && item.state === 1)).toBe(true);
    const materials = data.buckets.Item.find((bucket: any) => bucket.bucketHash === BucketHash.Materials).items;
    expect(materials.filter((item: any) => item.stackSize >= 100).length).toBeGreaterThanOrEqual(3);
    expect(materials.every((item: any) => item.stackSize <= definition(item.itemHash).maxStackSize)).toBe(true);
  });

  it('shows featured perks with their definition icons', () => {
    const perks = items.flatMap((item) => item.perks);
    expect(perks.length).toBeGreaterThan(20);
    for (const perk of perks) expect(perk.iconPath).toBe(definitions.perks[perk.perkHash].displayIcon);
  });

  it('derives item progression from the progression definition', () => {
    for (const item of items.filter((candidate) => candidate.progression)) {
      const { steps } = definitions.progressions[item.progression.progressionHash];
      const total = (level: number) =>
        Array.from({ length: level }, (_, s) => steps[Math.min(s + 1, steps.length) - 1].progressTotal).reduce(
          (a, b) => a + b,
          0,
        );
      const { level, currentProgress, progressToNextLevel, nextLevelAt } = item.progression;
      expect(currentProgress - total(level)).toBe(progressToNextLevel);
      expect(nextLevelAt).toBe(steps[Math.min(level + 1, steps.length) - 1].progressTotal);
      expect(progressToNextLevel).toBeLessThan(nextLevelAt);
      expect(item.isGridComplete).toBe(level >= definitions.talentGrids[item.talentGridHash].maxGridLevel);
    }
  });

  it('tracks bounty and quest objectives', () => {
    const contracts = items.filter((item) =>
      [BucketHash.Bounties, BucketHash.Quests].includes(definition(item.itemHash).bucketTypeHash),
    );
    expect(contracts.length).toBeGreaterThanOrEqual(16);
    for (const item of contracts) {
      expect(item.objectives.map((objective: any) => objective.objectiveHash)).toEqual(
        definition(item.itemHash).objectiveHashes,
      );
      for (const objective of item.objectives) {
        expect(objective.isComplete).toBe(
          objective.progress >= definitions.objectives[objective.objectiveHash].completionValue,
        );
      }
    }
    expect(contracts.filter((item) => item.state === 2)).toHaveLength(1);
  });

  it('lists the account-wide currencies', async () => {
    const wallet = (await getJson(app, `/Platform/Destiny/${account.membershipType}/Account/${account.membershipId}/`))
      .Response.data.inventory.currencies;
    expect(data.currencies).toEqual(wallet);
    expect(data.currencies.map((entry: any) => entry.itemHash)).toEqual(
      expect.arrayContaining([3159615086, 2534352370, 2749350776]),
    );
    expect(data.currencies.length).toBeGreaterThanOrEqual(5);
  });
});

describe('large inventories', () => {
  it('has a big-vault account whose characters grow past bucket capacity, ids still unique', async () => {
    const account = bungieDemoDirectory.accounts.find((candidate) => candidate.inventorySize)!;
    expect(account.inventorySize).toBe(10_000);
    const items = allItems(
      (await getJson(app, inventoryPath(account, account.characters[0]!.characterId))).Response.data,
    );
    expect(items.length).toBeGreaterThanOrEqual(10_000);
    const ids = items.map((item) => item.itemInstanceId).filter((id) => id !== '0');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
