import { describe, expect, it } from 'vitest';
import { createBungieDemoApp } from './app.ts';
import { catalog } from './catalog.ts';
import { talentGridDefinition } from './talent-grids.ts';
import { UNSET_HASH } from './unset-hash.ts';
import {
  accountPath,
  allItems,
  firstAccount,
  firstCharacterId,
  getJson,
  inventoryPath,
  isUint32,
} from './test-support.ts';

const tableKeys = [
  'items',
  'buckets',
  'stats',
  'perks',
  'talentGrids',
  'statGroups',
  'progressionMappings',
  'itemCategories',
  'sources',
  'objectives',
  'progressions',
  'damageTypes',
  'materialRequirements',
  'unlockValues',
  'vendorDetails',
  'locations',
  'factions',
  'events',
  'vendorCategories',
  'vendorSummaries',
  'destinations',
  'activities',
  'books',
  'places',
  'activityTypes',
  'activityBundles',
  'races',
  'genders',
  'classes',
  'flags',
];

const app = createBungieDemoApp();
const { data, definitions } = (await getJson(app, inventoryPath(firstAccount, firstCharacterId, true))).Response;
const items = allItems(data);

/** Asserts `hash` (0 and UNSET_HASH mean none) is a key of `table`. */
function resolves(table: string, hash: number, from: string) {
  if (hash === 0 || hash === UNSET_HASH) return;
  expect(definitions[table][hash], `${table} ${hash} from ${from}`).toBeDefined();
}

describe('inventory definitions', () => {
  it('has every table, keyed by stringified hash, each definition ending hash, index, redacted', () => {
    expect(Object.keys(definitions)).toEqual(tableKeys);
    for (const key of tableKeys) {
      for (const [hash, definition] of Object.entries<any>(definitions[key])) {
        expect(String(definition.hash)).toBe(hash);
        expect(isUint32(definition.hash)).toBe(true);
        expect(Object.keys(definition).slice(-3)).toEqual(['hash', 'index', 'redacted']);
      }
    }
    for (const key of [
      'items',
      'buckets',
      'stats',
      'perks',
      'talentGrids',
      'progressions',
      'damageTypes',
      'objectives',
    ]) {
      expect(Object.keys(definitions[key]).length, key).toBeGreaterThan(0);
    }
    expect(Object.keys(definitions.stats)).toHaveLength(36);
    expect(Object.keys(definitions.damageTypes)).toHaveLength(4);
  });

  it('resolves every hash the inventory refers to', () => {
    for (const group of Object.values<any[]>(data.buckets))
      for (const bucket of group) resolves('buckets', bucket.bucketHash, 'group');
    for (const currency of data.currencies) resolves('items', currency.itemHash, 'currencies');
    for (const item of items) {
      const from = `item ${item.itemHash}`;
      resolves('items', item.itemHash, from);
      resolves('talentGrids', item.talentGridHash, from);
      resolves('damageTypes', item.damageTypeHash, from);
      for (const stat of [...item.stats, ...(item.primaryStat ? [item.primaryStat] : [])])
        resolves('stats', stat.statHash, from);
      if (item.progression) resolves('progressions', item.progression.progressionHash, from);
      for (const perk of item.perks) resolves('perks', perk.perkHash, from);
      for (const objective of item.objectives) resolves('objectives', objective.objectiveHash, from);
    }
    for (const definition of Object.values<any>(definitions.items)) {
      const from = `definition ${definition.itemHash}`;
      resolves('buckets', definition.bucketTypeHash, from);
      resolves('stats', definition.primaryBaseStatHash, from);
      resolves('talentGrids', definition.talentGridHash, from);
      for (const key of Object.keys(definition.stats)) resolves('stats', Number(key), from);
      for (const hash of definition.perkHashes) resolves('perks', hash, from);
      for (const hash of definition.objectiveHashes) resolves('objectives', hash, from);
    }
    for (const grid of Object.values<any>(definitions.talentGrids)) {
      resolves('progressions', grid.progressionHash, `grid ${grid.gridHash}`);
      for (const step of grid.nodes.flatMap((node: any) => node.steps)) {
        const from = `step ${step.nodeStepHash}`;
        for (const hash of step.perkHashes) resolves('perks', hash, from);
        for (const hash of step.statHashes) resolves('stats', hash, from);
        resolves('damageTypes', step.damageTypeHash, from);
      }
    }
  });

  it('lays grids out with nodeHash == nodeIndex and consistent choose-one sets', () => {
    for (const grid of Object.values<any>(definitions.talentGrids)) {
      grid.nodes.forEach((node: any, index: number) => {
        expect([node.nodeIndex, node.nodeHash]).toEqual([index, index]);
        const set = grid.exclusiveSets.find((candidate: any) => candidate.nodeIndexes.includes(index));
        expect(node.exlusiveWithNodes).toEqual(set ? set.nodeIndexes.filter((other: number) => other !== index) : []);
      });
      expect(grid.maxGridLevel).toBe(
        Math.max(
          ...grid.nodes.flatMap((node: any) => node.steps.map((step: any) => step.activationRequirement.gridLevel)),
        ),
      );
    }
  });

  it('names tiers the way Bungie does', () => {
    const names: Record<number, string> = {
      1: 'Basic',
      2: 'Common',
      3: 'Uncommon',
      4: 'Rare',
      5: 'Legendary',
      6: 'Exotic',
    };
    for (const definition of Object.values<any>(definitions.items))
      expect(definition.tierTypeName).toBe(names[definition.tierType]);
  });

  it('gives one definition per grid hash across the whole catalog', () => {
    const seen = new Map<number, string>();
    for (const item of catalog) {
      if (!item.grid) continue;
      const json = JSON.stringify(talentGridDefinition(item.grid));
      expect(seen.get(item.grid.hash) ?? json, item.name).toBe(json);
      seen.set(item.grid.hash, json);
    }
  });
});

describe('account definitions', () => {
  it('fill emblems, vault items, currencies, classes, races and genders; leave vendors empty', async () => {
    const { Response } = await getJson(app, `${accountPath(firstAccount)}?definitions=true`);
    const { characters, inventory } = Response.data;
    const tables = Response.definitions;
    expect(Object.keys(tables)).toEqual(tableKeys);
    for (const character of characters) {
      const base = character.characterBase;
      expect(tables.items[character.emblemHash]).toMatchObject({
        icon: character.emblemPath,
        secondaryIcon: character.backgroundPath,
      });
      expect(tables.classes[base.classHash].classType).toBe(base.classType);
      expect(tables.races[base.raceHash]).toBeDefined();
      expect(tables.genders[base.genderHash].genderType).toBe(base.genderType);
      expect(tables.progressions[character.levelProgression.progressionHash]).toBeDefined();
    }
    for (const currency of inventory.currencies) expect(tables.items[currency.itemHash].itemType).toBe(1);
    const vaultItems = inventory.buckets.Item.flatMap((bucket: { items: { itemHash: number }[] }) => bucket.items);
    expect(vaultItems.length).toBeGreaterThan(0);
    // Each vault item's own bucket is named, so a viewer can show it in the row it would sit in on a character.
    for (const item of vaultItems) expect(tables.buckets[tables.items[item.itemHash].bucketTypeHash]).toBeDefined();
    expect(tables.vendorDetails).toEqual({});
  });
});
