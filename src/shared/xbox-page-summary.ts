/**
 * Declared shared: what an Xbox inventory, item or compare link unfurls as. The inventory says which
 * filters it shows, from the link alone; an item is read as its page reads it, with the Store's
 * title and art where the Store lists it.
 */

import * as v from 'valibot';
import { readCompareRequest } from '../inventory/compare/compare-params.ts';
import { adaptCatalog, type CatalogProduct } from '../providers/xbox/adapt-catalog.ts';
import { adaptEntitlement, entitlementItem } from '../providers/xbox/adapt-inventory.ts';
import { catalogAnswerSchema } from '../providers/xbox/catalog-schema.ts';
import { filterNames, readXboxFilters } from '../providers/xbox/filters.ts';
import { xboxApiPaths } from '../providers/xbox/paths.ts';
import { storeIds } from '../providers/xbox/named-items.ts';
import { isItemId, readItemParams } from '../providers/xbox/route-params.ts';
import { xboxPatterns } from '../providers/xbox/route-patterns.ts';
import { inventoryItemSchema } from '../providers/xbox/schema.ts';
import type { ItemSummary, ReadApi } from './destiny-item-summary.ts';
import { compareSummary } from './compare-summary.ts';
import { matchPattern } from './path-pattern.ts';

const parseItem = (json: unknown) => entitlementItem(adaptEntitlement(v.parse(inventoryItemSchema, json)));
const parseCatalog = (json: unknown) => adaptCatalog(v.parse(catalogAnswerSchema, json));

/** The Xbox page behind `url`, read with `read`; null for any other URL. */
export async function xboxPageSummary(read: ReadApi, url: URL): Promise<ItemSummary | null> {
  if (matchPattern(xboxPatterns.inventory, url.pathname)) {
    const filters = readXboxFilters(url.searchParams);
    const shown = filterNames.flatMap((name) => (filters[name] ? [`${name}: ${filters[name]}`] : []));
    return {
      title: 'Xbox Live inventory',
      description: shown.length
        ? `Entitlements with ${shown.join(', ')}`
        : 'Every entitlement: games, add-ons, consumables',
      image: null,
    };
  }
  if (matchPattern(xboxPatterns.compare, url.pathname)) return compareSummaryOf(read, url);
  const params = matchPattern(xboxPatterns.item, url.pathname);
  if (!params) return null;
  const item = await read(xboxApiPaths.item(readItemParams(params).itemId), parseItem);
  const productId = item.entitlement.productId;
  const product = await storeCatalog(read, [productId]).then((catalog) => catalog.get(productId.toUpperCase()));
  return {
    title: product?.title ?? item.name,
    description: [item.typeName, product?.publisher, item.tierName || item.entitlement.state]
      .filter(Boolean)
      .join(' · '),
    image: product?.art ?? null,
  };
}

/** The Store's names for these products; a catalog outage leaves them unnamed, not the preview unmade. */
async function storeCatalog(read: ReadApi, productIds: string[]): Promise<Map<string, CatalogProduct>> {
  const ids = storeIds(productIds);
  return ids.length ? read(xboxApiPaths.catalog(ids), parseCatalog).catch(() => new Map()) : new Map();
}

/** Each entitlement the link names, read as its own page reads it (one gone is left out), named from the Store. */
async function compareSummaryOf(read: ReadApi, url: URL): Promise<ItemSummary> {
  const { ids } = readCompareRequest(url.searchParams, isItemId);
  const items = (await Promise.all(ids.map((id) => read(xboxApiPaths.item(id), parseItem).catch(() => null)))).filter(
    (item) => item !== null,
  );
  const catalog = await storeCatalog(
    read,
    items.map((item) => item.entitlement.productId),
  );
  const products = items.map((item) => catalog.get(item.entitlement.productId.toUpperCase()));
  return compareSummary(
    items.map((item, i) => products[i]?.title ?? item.name),
    ids.length,
    'an Xbox Live inventory',
    products[0]?.art ?? null,
  );
}
