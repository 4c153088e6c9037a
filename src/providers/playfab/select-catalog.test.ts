import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { catalogData, inventoryData } from '../../../test/fixtures/playfab.ts';
import { adaptCharacterInventory, catalogGroupId } from './adapt-inventory.ts';
import { catalogSchema, characterInventorySchema } from './schema.ts';
import { selectCatalog } from './select-catalog.ts';

const inventory = adaptCharacterInventory(
  v.parse(characterInventorySchema, inventoryData),
  new Map([['v2', new Map(v.parse(catalogSchema, catalogData.v2).Catalog.map((entry) => [entry.ItemId, entry]))]]),
  Date.parse('2025-06-01T12:00:00Z'),
);

describe('selectCatalog', () => {
  it("keeps one version's group, as it was, and every version to choose from", () => {
    const selected = selectCatalog('v2')!(inventory);
    expect(selected.groups).toEqual([inventory.groups[1]]);
    expect(selected.groups[0]).toBe(inventory.groups[1]);
    expect(selected.catalogVersions).toEqual(['v1', 'v2']);
    expect(selectCatalog('v3')!(inventory).groups).toEqual([]);
  });

  it('keeps a version named "none" apart from the primary catalog', () => {
    const primary = { ...inventory.groups[0]!, id: catalogGroupId('') };
    const none = { ...inventory.groups[1]!, id: catalogGroupId('none') };
    expect(selectCatalog('none')!({ ...inventory, groups: [primary, none] }).groups).toEqual([none]);
  });

  it('is one function per version, so the query does not run it again on every render', () => {
    expect(selectCatalog('v1')).toBe(selectCatalog('v1'));
    expect(selectCatalog(null)).toBeUndefined();
  });
});
