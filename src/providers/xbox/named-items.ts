import type { Bucket, BucketGroup, Item } from '../../inventory/model.ts';
import type { EntitledItem, InventoryPage, XboxInventory } from './adapt-inventory.ts';
import { artAt, type Catalog, type CatalogProduct } from './adapt-catalog.ts';
import { MAX_CATALOG_IDS } from './paths.ts';

/** Ids the Store can know: 12 letters and digits. Others (GUIDs of old titles) keep their type-and-id name. */
const STORE_ID = /^[A-Za-z0-9]{12}$/;

/**
 * The catalog asks for each page's products, 20 at a time, in page order, each product once:
 * a page's batches depend only on it and the pages before, so they stay the same (and cached) as
 * later pages arrive.
 */
export function catalogBatches(pages: InventoryPage[]): string[][] {
  const seen = new Set<string>();
  const batches: string[][] = [];
  for (const page of pages) {
    const ids: string[] = [];
    for (const item of page.items) {
      const id = item.definitionId.toUpperCase();
      if (!STORE_ID.test(id) || seen.has(id)) continue;
      seen.add(id);
      ids.push(id);
    }
    for (let i = 0; i < ids.length; i += MAX_CATALOG_IDS) batches.push(ids.slice(i, i + MAX_CATALOG_IDS).sort());
  }
  return batches;
}

const named = new WeakMap<Item, { product: CatalogProduct; item: Item }>();

/** The item under its Store title, with its publisher and description (what free text searches) and box art. */
export function namedItem<T extends Item>(item: T, product: CatalogProduct | undefined): T {
  if (!product) return item;
  const kept = named.get(item);
  if (kept?.product === product) return kept.item as T;
  const result: T = {
    ...item,
    name: product.title,
    description: [product.publisher && `By ${product.publisher}.`, product.description].filter(Boolean).join(' '),
    icon: product.art ? artAt(product.art, 96) : item.icon,
  };
  named.set(item, { product, item: result });
  return result;
}

/** Each bucket's last named form: a new catalog batch leaves the buckets it renames nothing in as they were. */
const namedBuckets = new WeakMap<Bucket, Bucket>();

function renameBucket(bucket: Bucket, catalog: Catalog): Bucket {
  const items = bucket.items.map((item) =>
    namedItem(item as EntitledItem, catalog.get(item.definitionId.toUpperCase())),
  );
  const previous = namedBuckets.get(bucket) ?? bucket;
  if (items.every((item, i) => item === previous.items[i])) return previous;
  const result = { ...bucket, items };
  namedBuckets.set(bucket, result);
  return result;
}

/** The inventory with every product the catalog knows under its own name; unchanged buckets keep their identity. */
export function namedInventory(inventory: XboxInventory, catalog: Catalog): XboxInventory {
  if (catalog.size === 0) return inventory;
  const groups = inventory.groups.map((group): BucketGroup => ({
    ...group,
    buckets: group.buckets.map((bucket) => renameBucket(bucket, catalog)),
  }));
  return { ...inventory, groups };
}

let lastParts: readonly (Catalog | undefined)[] = [];
let lastCatalog: Catalog = new Map();

/** The batches' answers as one catalog; the same answers give the same object, so nothing downstream recomputes. */
export function mergeCatalogs(parts: readonly (Catalog | undefined)[]): Catalog {
  if (parts.length === lastParts.length && parts.every((part, i) => part === lastParts[i])) return lastCatalog;
  const merged = new Map<string, CatalogProduct>();
  for (const part of parts) if (part) for (const [id, product] of part) merged.set(id, product);
  lastParts = parts;
  lastCatalog = merged;
  return merged;
}

/** The catalog batch an item page asks for: its own product and the games it belongs to. */
export function itemCatalogIds(entitlement: { productId: string; containers: string[] }): string[] {
  return storeIds([entitlement.productId, ...entitlement.containers]);
}

/** One catalog batch of these products: the Store-shaped ids, once each, sorted, at most 20. */
export function storeIds(productIds: string[]): string[] {
  const ids = productIds.map((id) => id.toUpperCase());
  return [...new Set(ids.filter((id) => STORE_ID.test(id)))].sort().slice(0, MAX_CATALOG_IDS);
}
