import { serialize, deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { Inventory, Item } from '../inventory/model.ts';
import { modelItem } from '../../test/fixtures/items.ts';
import { packInventory, packItems, unpackInventory, unpackItems } from './pack-inventory.ts';

/** Every field of Item: adding one to the model fails to compile here until the codec and this test know it. */
const itemFields = {
  key: true,
  instanceId: true,
  definitionId: true,
  name: true,
  description: true,
  typeName: true,
  icon: true,
  tier: true,
  tierName: true,
  quantity: true,
  maxStackSize: true,
  isEquipped: true,
  locked: true,
  primaryStat: true,
  damageType: true,
  stats: true,
  marks: true,
  flags: true,
  perkNames: true,
  acquiredAt: true,
  objectives: true,
} satisfies Record<keyof Item, true>;

const full: Item = {
  key: '6917529106034954191',
  instanceId: '6917529106034954191',
  definitionId: '2214442801',
  name: 'Thorn',
  description: "To rend one's enemies is to see them not as equals, but objects.",
  typeName: 'Hand Cannon',
  icon: '/api/bungie/common/destiny_content/icons/thorn.png',
  tier: 'exotic',
  tierName: 'Exotic',
  quantity: 1,
  maxStackSize: 1,
  isEquipped: true,
  locked: true,
  primaryStat: { id: '368428387', name: 'Attack', value: 365, maximum: 400 },
  damageType: { kind: 'void', name: 'Void', icon: null },
  stats: [
    { id: '4284893193', name: 'Rate of Fire', value: 13, maximum: 100 },
    { id: '3871231066', name: 'Magazine', value: 9 },
  ],
  marks: [
    { kind: 'expiring', label: 'Expires in 3 h' },
    { kind: 'bundle', label: 'Bundle of 2' },
  ],
  flags: ['trial', 'consumable'],
  perkNames: ['Mark of the Devourer', 'Send It'],
  acquiredAt: 1_735_786_800_000.5,
  objectives: [
    { description: 'Precision kills', progress: 45, completionValue: 100, complete: false },
    { description: '', progress: 3, completionValue: 0, complete: true },
  ],
};

/** Through the codec and a structured clone, as between the worker and the page. */
const roundTrip = (items: Item[]) => unpackItems(deserialize(serialize(packItems(items))));

describe('packItems and unpackItems', () => {
  it('bring back an item with every field set, exactly', () => {
    expect(Object.keys(full).sort()).toEqual(Object.keys(itemFields).sort());
    expect(roundTrip([full])).toStrictEqual([full]);
  });

  it('leave out what an item did not have, and keep nulls and empty lists as they were', () => {
    const bare = modelItem('Rope', { instanceId: null, quantity: 40, maxStackSize: 250 });
    const emptyLists = modelItem('Ash', {
      marks: [],
      flags: [],
      perkNames: [],
      damageType: { kind: 'kinetic', name: 'Kinetic', icon: '/kinetic.png' },
    });
    expect(roundTrip([bare, emptyLists, full])).toStrictEqual([bare, emptyLists, full]);
  });

  it("keep each item's own objectives, and an empty list as empty", () => {
    const quest = modelItem('Quest', {
      objectives: [{ description: 'Relics recovered', progress: 5, completionValue: 5, complete: true }],
    });
    const none = modelItem('None', { objectives: [] });
    expect(roundTrip([full, none, modelItem('Plain'), quest])).toStrictEqual([full, none, modelItem('Plain'), quest]);
  });

  it("keep each item's own stats apart from its neighbours' and from its primary stat", () => {
    const a = modelItem('A', {
      stats: [{ id: '1', name: 'Impact', value: 1 }],
      primaryStat: { id: '9', name: 'Defense', value: 3 },
    });
    const b = modelItem('B');
    const c = modelItem('C', {
      stats: [
        { id: '2', name: 'Range', value: 2 },
        { id: '1', name: 'Impact', value: 7 },
      ],
    });
    expect(roundTrip([a, b, c])).toStrictEqual([a, b, c]);
  });

  it('send each distinct string once, however many items share it', () => {
    const items = Array.from({ length: 500 }, (_, index) =>
      modelItem(`Glimmer ${index % 5}`, { key: String(index), description: 'Currency.' }),
    );
    const packed = packItems(items);
    expect(packed.strings.filter((text) => text === 'Currency.')).toHaveLength(1);
    expect(packed.strings.length).toBeLessThan(520);
    expect(unpackItems(packed)).toStrictEqual(items);
  });
});

describe('packInventory and unpackInventory', () => {
  it('put every item back in its own bucket, in order, with groups, buckets and currencies as they were', () => {
    const inventory: Inventory = {
      groups: [
        {
          id: 'weapons',
          name: 'Weapons',
          buckets: [
            { id: 'primary', name: 'Primary', order: 1, capacity: 10, items: [modelItem('One'), full] },
            { id: 'special', name: 'Special', order: 2, items: [] },
          ],
        },
        {
          id: 'general',
          name: 'General',
          buckets: [{ id: 'materials', name: 'Materials', order: 1, items: [modelItem('Two', { quantity: 3 })] }],
        },
      ],
      currencies: [{ id: 'glimmer', name: 'Glimmer', icon: null, amount: 25_000, maximum: 25_000 }],
    };
    expect(unpackInventory(deserialize(serialize(packInventory(inventory))))).toStrictEqual(inventory);
  });
});
