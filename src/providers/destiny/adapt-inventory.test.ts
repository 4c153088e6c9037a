import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { richInventoryResponse, seedInventoryEnvelope } from '../../../test/fixtures/destiny-inventory.ts';
import { adaptCharacterInventory } from './adapt-inventory.ts';
import { unwrapEnvelope } from './envelope.ts';
import { characterInventorySchema } from './schema.ts';

const adapt = (response: unknown) => adaptCharacterInventory(v.parse(characterInventorySchema, response));

describe('adaptCharacterInventory', () => {
  it('reads the seed example without definitions, with placeholders and no lost items', () => {
    const inventory = adapt(unwrapEnvelope(seedInventoryEnvelope));
    const items = inventory.groups.flatMap((g) => g.buckets.flatMap((b) => b.items));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: 'Unknown item 2323518127', quantity: 25, instanceId: null, icon: null });
    expect(inventory.currencies).toEqual([{ id: '3159615086', name: 'Currency 3159615086', icon: null, amount: 20918, maximum: undefined }]);
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
    expect(materials.items[0]).toMatchObject({ name: 'Helium Shard', quantity: 180, maxStackSize: 200, tier: 'common', instanceId: null });
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
      data: { buckets: { Item: [{ bucketHash: 3865314626, items: [{ itemHash: -10, itemInstanceId: '0', stackSize: 1 }] }] } },
    });
    expect(inventory.groups[0]!.buckets[0]!.items[0]!.definitionId).toBe(String(-10 >>> 0));
  });
});
