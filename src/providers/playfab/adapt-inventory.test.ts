import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { catalogData, inventoryData } from '../../../test/fixtures/playfab.ts';
import { adaptCharacterInventory, catalogImage, type Catalogs } from './adapt-inventory.ts';
import { catalogSchema, characterInventorySchema } from './schema.ts';

const FETCHED_AT = Date.parse('2025-06-01T12:00:00Z');

function catalogs(versions: string[]): Catalogs {
  return new Map(
    versions.map((version) => [
      version,
      new Map(v.parse(catalogSchema, catalogData[version]).Catalog.map((entry) => [entry.ItemId, entry])),
    ]),
  );
}

const adapted = adaptCharacterInventory(
  v.parse(characterInventorySchema, inventoryData),
  catalogs(['v1', 'v2']),
  FETCHED_AT,
);
const byId = (id: string) => adapted.instances.find((item) => item.item.instanceId === id)!;

describe('adaptCharacterInventory', () => {
  it('joins names, descriptions, icons and tags on (CatalogVersion, ItemId)', () => {
    expect(byId('00000000000000A1').item).toMatchObject({
      name: 'Pine Torch',
      description: 'Pine Torch, described.',
      icon: 'https://cdn.example.com/torch.png',
      tier: 'rare',
      typeName: 'Tool',
    });
    expect(byId('00000000000000A2').item).toMatchObject({ name: 'Everburning Torch', tier: 'exotic' });
    expect(byId('00000000000000A1').tags).toEqual(['rare', 'light']);
  });

  it('falls back to the name at purchase, then the item id, and marks items without a catalog entry', () => {
    expect(byId('00000000000000A3').item.name).toBe('Rope (bought)');
    expect(byId('00000000000000A4')).toMatchObject({
      orphaned: true,
      item: { name: 'gone', icon: null, tier: 'basic', description: '' },
    });
    const noCatalogs = adaptCharacterInventory(v.parse(characterInventorySchema, inventoryData), new Map(), FETCHED_AT);
    expect(noCatalogs.instances.map((item) => item.item.name)).toEqual([
      'Old Torch',
      'torch',
      'Rope (bought)',
      'gone',
      'crate',
      'oil',
    ]);
  });

  it('shows uses left as the count, and marks expiring soon and bundles', () => {
    expect(byId('00000000000000A6').item).toMatchObject({
      quantity: 7,
      marks: [{ kind: 'expiring', label: 'expires soon' }],
    });
    expect(byId('00000000000000A5').item.marks).toEqual([{ kind: 'bundle', label: 'bundle' }]);
    expect(byId('00000000000000A1').item.marks).toBeUndefined();
  });

  it('keeps acquisition, custom data and bundle links for the item page', () => {
    expect(byId('00000000000000A1')).toMatchObject({
      purchase: { price: 30, currency: 'CO' },
      acquiredAt: '2025-01-02T03:04:05.6Z',
      customData: [['lit', 'yes']],
    });
    // The shared model carries the date too, for sorting.
    expect(byId('00000000000000A1').item.acquiredAt).toBe(Date.UTC(2025, 0, 2, 3, 4, 5, 600));
    expect(byId('00000000000000A4')).toMatchObject({ purchase: null, annotation: 'Granted via Game Manager' });
    expect(byId('00000000000000A6').bundleParent).toEqual({
      itemId: 'crate',
      name: 'Supply Crate',
      instanceId: '00000000000000A5',
    });
    expect(byId('00000000000000A5').bundleContents).toEqual([
      { itemId: 'rope', name: 'Rope (bought)', instanceId: '00000000000000A3' },
      { itemId: 'oil', name: 'Lamp Oil', instanceId: '00000000000000A6' },
    ]);
  });

  it('lists every currency, with the next recharge counted from the fetch time', () => {
    expect(adapted.currencies).toEqual([
      { id: 'CO', name: 'CO', icon: null, amount: 420 },
      { id: 'GS', name: 'GS', icon: null, amount: 0 },
      { id: 'EN', name: 'EN', icon: null, amount: 3, recharge: { nextAt: FETCHED_AT + 90_000, maximum: 5 } },
    ]);
  });

  it('groups by catalog version, then item class', () => {
    expect(
      adapted.groups.map((group) => [
        group.name,
        group.buckets.map((bucket) => `${bucket.name}:${bucket.items.length}`),
      ]),
    ).toEqual([
      ['Catalog v1', ['Bundle:1', 'Consumable:1', 'Relic:1', 'Tool:2']],
      ['Catalog v2', ['Tool:1']],
    ]);
    expect(adapted.catalogVersions).toEqual(['v1', 'v2']);
  });

  it('accepts null where fields are usually omitted, and no PlayFabId', () => {
    const withNulls = {
      ...inventoryData,
      Inventory: [
        { ItemId: 'x', ItemInstanceId: '1', ItemClass: null, CustomData: null, BundleContents: null, UnitPrice: 0 },
      ],
      VirtualCurrencyRechargeTimes: null,
    };
    const result = adaptCharacterInventory(v.parse(characterInventorySchema, withNulls), new Map(), FETCHED_AT);
    expect(result.instances[0]!.item.name).toBe('x');
  });
});

describe('catalogImage', () => {
  it('loads only http(s) URLs and paths on this site', () => {
    expect(catalogImage('https://cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png');
    expect(catalogImage('/api/playfab/demo-images/launch/sword.png')).toBe('/api/playfab/demo-images/launch/sword.png');
    const bad = [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '//evil.example/a.png',
      '/a/../b.png',
      'relative.png',
      '',
      null,
    ];
    for (const url of bad) expect(catalogImage(url)).toBeNull();
  });
});
