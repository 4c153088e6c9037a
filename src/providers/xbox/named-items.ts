import type { Item } from '../../inventory/model.ts';
import { artAt, type CatalogProduct } from './adapt-catalog.ts';
import { MAX_CATALOG_IDS } from './paths.ts';

/** Ids the Store can know: 12 letters and digits. Others (GUIDs of old titles) keep their type-and-id name. */
const STORE_ID = /^[A-Za-z0-9]{12}$/;

/** The id the Store knows an item's product by (upper case), or null for a product it cannot know. */
export function storeProductId(item: Item): string | null {
  const id = item.definitionId.toUpperCase();
  return STORE_ID.test(id) ? id : null;
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

/** The catalog batch an item page asks for: its own product and the games it belongs to. */
export function itemCatalogIds(entitlement: { productId: string; containers: string[] }): string[] {
  return storeIds([entitlement.productId, ...entitlement.containers]);
}

/** One catalog batch of these products: the Store-shaped ids, once each, sorted, at most 20. */
export function storeIds(productIds: string[]): string[] {
  const ids = productIds.map((id) => id.toUpperCase());
  return [...new Set(ids.filter((id) => STORE_ID.test(id)))].sort().slice(0, MAX_CATALOG_IDS);
}
