import type { Bucket, Item } from '../../inventory/model.ts';
import { bucketIndexOf, bucketNames, type InventoryPage, type XboxInventory } from './adapt-inventory.ts';
import { storeProductId } from './named-items.ts';
import { MAX_CATALOG_IDS } from './paths.ts';

/** The inventory of the pages loaded so far, with the catalog batches that name its products. */
export interface PagedInventory extends XboxInventory {
  /**
   * The catalog asks for each page's products, 20 at a time, in page order, each product once: a
   * page's batches depend only on it and the pages before, so they stay the same (and cached) as
   * later pages arrive.
   */
  catalogBatches: string[][];
}

/** What adding pages needs to know of the pages before them. */
interface Growth {
  pages: readonly InventoryPage[];
  /** Every bucket, empty ones too, in `bucketNames` order. */
  buckets: Bucket[];
  /** Item keys seen: a page may repeat an earlier item. */
  keys: Set<string>;
  /** Store ids already in a batch. */
  productIds: Set<string>;
  inventory: PagedInventory;
}

function emptyGrowth(): Growth {
  return {
    pages: [],
    buckets: bucketNames.map((name, order) => ({ id: name.toLowerCase(), name, order, items: [] })),
    keys: new Set(),
    productIds: new Set(),
    inventory: { groups: [], currencies: [], shown: 0, total: null, catalogBatches: [] },
  };
}

/**
 * Groups and batches only the new pages' items. The sets are carried over and grow; every array
 * and bucket given out before stays as it was (the page may still show it), and a bucket that got
 * nothing new keeps its identity.
 */
function addPages(growth: Growth, pages: readonly InventoryPage[]): Growth {
  const { keys, productIds } = growth;
  const added: Item[][] = bucketNames.map(() => []);
  const batches: string[][] = [];
  for (const page of pages) {
    const ids: string[] = [];
    for (const item of page.items) {
      const id = storeProductId(item);
      if (id && !productIds.has(id)) {
        productIds.add(id);
        ids.push(id);
      }
      if (keys.has(item.key)) continue;
      keys.add(item.key);
      added[bucketIndexOf(item)]!.push(item);
    }
    for (let i = 0; i < ids.length; i += MAX_CATALOG_IDS) batches.push(ids.slice(i, i + MAX_CATALOG_IDS).sort());
  }
  const buckets = growth.buckets.map((bucket, index) =>
    added[index]!.length ? { ...bucket, items: bucket.items.concat(added[index]!) } : bucket,
  );
  const filled = buckets.filter((bucket) => bucket.items.length > 0);
  const all = [...growth.pages, ...pages];
  return {
    pages: all,
    buckets,
    keys,
    productIds,
    inventory: {
      groups: filled.length ? [{ id: 'entitlements', name: 'Entitlements', buckets: filled }] : [],
      currencies: [],
      shown: keys.size,
      total: all.at(-1)?.totalItems ?? null,
      catalogBatches: batches.length
        ? growth.inventory.catalogBatches.concat(batches)
        : growth.inventory.catalogBatches,
    },
  };
}

/**
 * Every item once, in the order the pages listed them, in one group with a bucket per item type,
 * in a fixed order; empty types are left out.
 */
export function inventoryOfPages(pages: readonly InventoryPage[]): PagedInventory {
  return addPages(emptyGrowth(), pages).inventory;
}

/** The last growth of each inventory query's pages, by its first page. */
const growths = new WeakMap<InventoryPage, Growth>();

const extendsPages = (before: readonly InventoryPage[], pages: readonly InventoryPage[]) =>
  before.length <= pages.length && before.every((page, index) => pages[index] === page);

/**
 * `inventoryOfPages`, grown from the last result for the same pages: a loading inventory gets a
 * page at a time, and regrouping all of them on each (97 pages for 10,000 entitlements) made its
 * cost grow with the square of its size. Pages that are not the last ones plus more (a refetch)
 * are grouped anew.
 */
export function pagedInventory(pages: readonly InventoryPage[]): PagedInventory {
  const first = pages[0];
  if (!first) return inventoryOfPages(pages);
  const last = growths.get(first);
  const base = last && extendsPages(last.pages, pages) ? last : emptyGrowth();
  if (base.pages.length === pages.length) return base.inventory;
  const grown = addPages(base, pages.slice(base.pages.length));
  growths.set(first, grown);
  return grown.inventory;
}
