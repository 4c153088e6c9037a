import { describe, expect, it } from 'vitest';
import { adaptInventoryPage, type InventoryPage } from './adapt-inventory.ts';
import { inventoryOfPages, pagedInventory } from './paged-inventory.ts';

const types = ['GameV2', 'GameContent', 'GameConsumable'];
/** A page of entitlements `from`..`from + count - 1`, of the three types in turn; products repeat every 7. */
const page = (from: number, count: number, totalItems = 40): InventoryPage =>
  adaptInventoryPage({
    pagingInfo: { totalItems },
    items: Array.from({ length: count }, (_, i) => {
      const n = from + i;
      const productId = `9N${String(n % 7 === 0 ? 7 : n).padStart(10, '0')}`;
      return { url: `https://x/users/me/inventory/xuid;${productId};${n}`, itemType: types[n % 3]!, productId };
    }),
  });

describe('an inventory grown a page at a time', () => {
  // The third page repeats two of the second's entitlements.
  const pages = [page(0, 25), page(25, 25), { ...page(45, 20), totalItems: 60 }];

  it('groups and batches as grouping all the pages at once does, leaving earlier results as they were', () => {
    const first = pagedInventory(pages.slice(0, 1));
    const firstCopy = structuredClone(first);
    const second = pagedInventory(pages.slice(0, 2));
    const third = pagedInventory(pages);
    expect(third).toEqual(inventoryOfPages(pages));
    expect(second).toEqual(inventoryOfPages(pages.slice(0, 2)));
    expect(first).toEqual(firstCopy);
    expect(third.shown).toBe(65);
    expect(third.total).toBe(60);
    // Earlier batches are the same arrays: their catalog queries go on as they were.
    expect(third.catalogBatches.slice(0, first.catalogBatches.length)).toEqual(first.catalogBatches);
    expect(third.catalogBatches[0]).toBe(first.catalogBatches[0]);
  });

  it('gives the same pages the same result, keeps buckets that got nothing new, and starts over on pages that are not more of the same', () => {
    const games = adaptInventoryPage({
      items: [
        { url: 'https://x/users/me/inventory/xuid;9NGAME000001;g', itemType: 'GameV2', productId: '9NGAME000001' },
      ],
    });
    const addOns = adaptInventoryPage({
      items: [
        { url: 'https://x/users/me/inventory/xuid;9NADDON00001;a', itemType: 'GameContent', productId: '9NADDON00001' },
      ],
    });
    const before = pagedInventory([games]);
    expect(pagedInventory([games])).toBe(before);
    const after = pagedInventory([games, addOns]);
    expect(after.groups[0]!.buckets[0]).toBe(before.groups[0]!.buckets[0]);
    expect(after.groups[0]!.buckets.map((bucket) => bucket.name)).toEqual(['Games', 'Add-ons']);
    // A refetch: the first page again, then another second page.
    const refetched = pagedInventory([games, page(100, 3)]);
    expect(refetched).toEqual(inventoryOfPages([games, page(100, 3)]));
  });
});
