import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { InventorySource } from '../../inventory/model.ts';
import type { InventoryPage } from './adapt-inventory.ts';
import type { Catalog } from './adapt-catalog.ts';
import { inventoryNamer } from './named-inventory.ts';
import { inventoryOfPages } from './paged-inventory.ts';
import { xboxQueries } from './queries.ts';

/**
 * Every entitlement the inventory has loaded so far, under any filters, as one place: what an item
 * page can compare with without asking Xbox Live for more.
 */
export function loadedEntitlements(queryClient: QueryClient): InventorySource {
  const pages = queryClient
    .getQueriesData<InfiniteData<InventoryPage>>({ queryKey: [...xboxQueries.all(), 'inventory'] })
    .flatMap(([, data]) => data?.pages ?? []);
  // Under the Store names already fetched, as the inventory shows them.
  const answers = queryClient
    .getQueriesData<Catalog>({ queryKey: [...xboxQueries.all(), 'catalog'] })
    .flatMap(([, data]) => (data ? [data] : []));
  return { id: 'xbox', label: 'Xbox Live', groups: inventoryNamer()(inventoryOfPages(pages), answers).groups };
}
