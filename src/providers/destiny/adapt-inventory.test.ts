import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { richInventoryResponse, seedInventoryEnvelope } from '../../../test/fixtures/destiny-inventory.ts';
import { itemLabel } from '../../inventory/item-label.ts';
import { adaptCharacterInventory } from './adapt-inventory.ts';
import { hasPlaceholderName } from './built-in-definitions.ts';
import { unwrapEnvelope } from './envelope.ts';
import { characterInventorySchema } from './schema.ts';

const adapt = (response: unknown) => adaptCharacterInventory(v.parse(characterInventorySchema, response));

describe('adaptCharacterInventory', () => {
  it('reads the seed example without definitions, with honest placeholders and no lost items', () => {
    const inventory = adapt(unwrapEnvelope(seedInventoryEnvelope));
    const items = inventory.groups.flatMap((g) => g.buckets.flatMap((b) => b.items));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      name: 'Item 2323518127',
      tierName: '',
      quantity: 25,
      instanceId: null,
      icon: '/api/bungie/img/misc/missing_icon.png',
    });
    expect(hasPlaceholderName(items[0]!)).toBe(true);
    expect(inventory.currencies).toEqual([
      { id: '3159615086', name: 'Glimmer', icon: null, amount: 20918, maximum: undefined },
    ]);
  });

  it('names and places buckets, stats and elements from its own tables when the answer has no definitions', () => {
    const { definitions: _, ...bare } = richInventoryResponse;
    const inventory = adapt(bare);
    expect(inventory.groups.map((g) => [g.name, g.buckets.map((b) => [b.name, b.capacity])])).toEqual([
      ['Weapons', [['Primary Weapons', 10]]],
      ['Armor', [['Helmet', 10]]],
      ['General', [['Materials', 20]]],
    ]);
    const weapon = inventory.groups[0]!.buckets[0]!.items[0]!;
    expect(weapon).toMatchObject({
      name: 'Item 4000000001',
      typeName: '',
      tierName: '',
      primaryStat: { name: 'Attack', value: 310 },
      damageType: { kind: 'arc', name: 'Arc', icon: '/api/bungie/img/destiny_content/damage_types/arc.png' },
      stats: [{ id: '4284893193', name: 'Rate of Fire', value: 77, maximum: 100 }],
    });
    expect(itemLabel(weapon)).toBe('Item 4000000001, 310 Attack, Arc, locked, equipped');
    expect(inventory.currencies.map((c) => c.name)).toEqual(['Glimmer', 'Currency 999']);
  });

  it("prefers the answer's own definitions over its tables", () => {
    const renamed = {
      ...richInventoryResponse,
      definitions: {
        ...richInventoryResponse.definitions,
        buckets: { '1498876634': { bucketName: 'Kinetic Slot', bucketOrder: 20, category: 3 } },
      },
    };
    const primary = adapt(renamed).groups[0]!.buckets[0]!;
    expect(primary.name).toBe('Kinetic Slot');
    expect(primary.items[0]!.name).toBe('Lantern Oath');
    expect(hasPlaceholderName(primary.items[0]!)).toBe(false);
  });

  it('does not count an item whose definition came without a name as one Bungie sent no definition for', () => {
    const items = richInventoryResponse.definitions.items as Record<string, Record<string, unknown>>;
    const hash = '4000000001';
    const definition = items[hash]!;
    const unnamed = {
      ...richInventoryResponse,
      definitions: {
        ...richInventoryResponse.definitions,
        items: { ...items, [hash]: { ...definition, itemName: '' } },
      },
    };
    const item = adapt(unnamed)
      .groups.flatMap((g) => g.buckets.flatMap((b) => b.items))
      .find((candidate) => candidate.definitionId === hash)!;
    expect(item.name).toBe(`Unnamed item ${hash}`);
    expect(hasPlaceholderName(item)).toBe(false);
  });

  it('groups buckets in game order and puts the equipped item first', () => {
    const inventory = adapt(richInventoryResponse);
    expect(inventory.groups.map((g) => g.name)).toEqual(['Weapons', 'Armor', 'General']);
    const primary = inventory.groups[0]!.buckets[0]!;
    expect(primary.name).toBe('Primary Weapons');
    expect(primary.capacity).toBe(10);
    expect(primary.items.map((i) => i.instanceId)).toEqual(['6917529000000000002', '6917529000000000001']);
    expect(primary.items[0]!.isEquipped).toBe(true);
  });

  it('joins definitions: names, tiers, stats, damage type and proxied icons', () => {
    const weapon = adapt(richInventoryResponse).groups[0]!.buckets[0]!.items[0]!;
    expect(weapon).toMatchObject({
      name: 'Lantern Oath',
      tier: 'exotic',
      tierName: 'Exotic',
      typeName: 'Pulse Rifle',
      icon: '/api/bungie/common/destiny_content/icons/lantern.png',
      locked: true,
      primaryStat: { name: 'Attack', value: 310 },
      damageType: { kind: 'arc', name: 'Arc', icon: '/api/bungie/img/destiny_content/damage_types/arc.png' },
    });
    expect(weapon.stats).toEqual([{ id: '4284893193', name: 'Rate of Fire', value: 77, maximum: 100 }]);
    expect(weapon.perkNames).toEqual(['Hand Grip']);
  });

  it('keeps 64-bit instance ids exactly as sent', () => {
    const ids = adapt(richInventoryResponse).groups[0]!.buckets[0]!.items.map((i) => i.key);
    expect(ids).toContain('6917529000000000001');
  });

  it('shows stacks with their quantity, and currencies with names and caps', () => {
    const inventory = adapt(richInventoryResponse);
    const materials = inventory.groups[2]!.buckets[0]!;
    expect(materials.items[0]).toMatchObject({
      name: 'Helium Shard',
      quantity: 180,
      maxStackSize: 200,
      tier: 'common',
      instanceId: null,
    });
    expect(inventory.currencies[0]).toMatchObject({ name: 'Glimmer', amount: 123456, maximum: 25000 });
    expect(inventory.currencies[1]).toMatchObject({ name: 'Currency 999', amount: 3 });
  });

  it('keeps an empty named bucket but drops empty unnamed system buckets', () => {
    const inventory = adapt(richInventoryResponse);
    const armor = inventory.groups.find((g) => g.id === 'armor')!;
    expect(armor.buckets[0]).toMatchObject({ name: 'Helmet', items: [] });
    const hidden = adapt({ data: { buckets: { Invisible: [{ bucketHash: 3621873013, items: [] }] }, currencies: [] } });
    expect(hidden.groups).toEqual([]);
  });

  it('folds signed hashes back to unsigned', () => {
    const inventory = adapt({
      data: {
        buckets: { Item: [{ bucketHash: 3865314626, items: [{ itemHash: -10, itemInstanceId: '0', stackSize: 1 }] }] },
      },
    });
    expect(inventory.groups[0]!.buckets[0]!.items[0]!.definitionId).toBe(String(-10 >>> 0));
  });

  it("adds the names of the item's visible talent nodes to its perks, from the answer's grid definitions", () => {
    const step = (nodeStepName: string) => ({ nodeStepName });
    const inventory = adapt({
      data: {
        buckets: {
          Equippable: [
            {
              bucketHash: 1498876634,
              items: [
                {
                  itemHash: 7,
                  itemInstanceId: '6917529000000000009',
                  perks: [{ perkHash: 11 }],
                  talentGridHash: 99,
                  nodes: [
                    // Under the late convention nodeHash is the node's index; a node at its second step.
                    { nodeHash: 0, stepIndex: 1, isActivated: true },
                    { nodeHash: 1, isActivated: false },
                    { nodeHash: 2, hidden: true },
                    { nodeHash: 3 },
                    { nodeHash: 4 },
                    // 2014 data: a real hash, found by the node's own.
                    { nodeHash: 402641165 },
                    // Not a node state: passed over.
                    null,
                    'x',
                  ],
                },
              ],
            },
          ],
        },
      },
      definitions: {
        items: { 7: { itemName: 'Lantern Oath' } },
        perks: { 11: { displayName: 'Hand Grip' } },
        talentGrids: {
          99: {
            nodes: [
              { nodeHash: 0, column: 0, steps: [step('Arc Damage'), step('Solar Damage')] },
              { nodeHash: 1, column: 1, steps: [step('Honed Bore')] },
              { nodeHash: 2, column: 1, steps: [step('Hidden Node')] },
              { nodeHash: 3, column: -1, steps: [step('Off the Grid')] },
              { nodeHash: 4, column: 2, steps: [step('')] },
              { nodeHash: 402641165, column: 3, steps: [step('Hand Grip')] },
            ],
          },
        },
      },
    });
    const [item] = inventory.groups.flatMap((g) => g.buckets.flatMap((b) => b.items));
    // Active or not, once each: the featured perk is not repeated for its node.
    expect(item!.perkNames).toEqual(['Hand Grip', 'Solar Damage', 'Honed Bore']);
  });

  it('reads items without a grid, or whose grid the answer does not define, as before', () => {
    const weapon = adapt({
      ...richInventoryResponse,
      data: {
        ...richInventoryResponse.data,
        buckets: {
          Equippable: [
            {
              bucketHash: 1498876634,
              items: [{ itemHash: 4000000001, itemInstanceId: '1', talentGridHash: 12345, nodes: [{ nodeHash: 0 }] }],
            },
          ],
        },
      },
    }).groups[0]!.buckets[0]!.items[0]!;
    expect(weapon.perkNames).toEqual([]);
  });
});
