/**
 * Declared shared: what an Xbox inventory or item link unfurls as. The inventory says which
 * filters it shows, from the link alone; an item is read as its page reads it, with the Store's
 * title and art where the Store lists it.
 */

import * as v from 'valibot';
import { adaptCatalog } from '../providers/xbox/adapt-catalog.ts';
import { adaptEntitlement, entitlementItem } from '../providers/xbox/adapt-inventory.ts';
import { catalogAnswerSchema } from '../providers/xbox/catalog-schema.ts';
import { filterNames, readXboxFilters } from '../providers/xbox/filters.ts';
import { xboxApiPaths } from '../providers/xbox/paths.ts';
import { readItemParams } from '../providers/xbox/route-params.ts';
import { xboxPatterns } from '../providers/xbox/route-patterns.ts';
import { inventoryItemSchema } from '../providers/xbox/schema.ts';
import type { ItemSummary, ReadApi } from './destiny-item-summary.ts';
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
  const params = matchPattern(xboxPatterns.item, url.pathname);
  if (!params) return null;
  const item = await read(xboxApiPaths.item(readItemParams(params).itemId), parseItem);
  const productId = item.entitlement.productId;
  const product = await read(xboxApiPaths.catalog([productId]), parseCatalog)
    .then((catalog) => catalog.get(productId.toUpperCase()))
    .catch(() => undefined);
  return {
    title: product?.title ?? item.name,
    description: [item.typeName, product?.publisher, item.tierName || item.entitlement.state]
      .filter(Boolean)
      .join(' · '),
    image: product?.art ?? null,
  };
}
