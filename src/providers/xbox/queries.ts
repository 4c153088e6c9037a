import { infiniteQueryOptions, queryOptions, type InfiniteData } from '@tanstack/react-query';
import * as v from 'valibot';
import { AppError } from '../../inventory/app-error.ts';
import { getJson } from '../../http/api-client.ts';
import {
  adaptEntitlement,
  adaptInventoryPage,
  entitlementItem,
  type InventoryPage,
  type XboxItem,
} from './adapt-inventory.ts';
import { adaptCatalog } from './adapt-catalog.ts';
import { catalogAnswerSchema } from './catalog-schema.ts';
import type { XboxFilters } from './filters.ts';
import { pagedInventory } from './paged-inventory.ts';
import { xboxApiPaths } from './paths.ts';
import { inventoryItemSchema, inventoryPageSchema } from './schema.ts';

async function getXbox<S extends v.GenericSchema>(
  path: string,
  schema: S,
  what: string,
  signal: AbortSignal,
): Promise<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, await getJson(path, { signal, provider: 'xbox', failOnStatus: true }));
  if (parsed.success) return parsed.output;
  throw new AppError({
    kind: 'bad-response',
    provider: 'xbox',
    message: `The ${what} did not match the Xbox Live format.`,
  });
}

/**
 * The next token, unless the service repeats one it already sent: a loop guard, since paging
 * otherwise follows tokens until there are none.
 */
export function nextToken(
  lastPage: InventoryPage,
  _pages: unknown,
  _lastParam: unknown,
  params: (string | undefined)[],
): string | undefined {
  const token = lastPage.continuationToken;
  return token && !params.includes(token) ? token : undefined;
}

/** Module-level, so the query runs it only when a page arrives; it groups only the new page's items. */
const selectInventory = (data: InfiniteData<InventoryPage, string | undefined>) => pagedInventory(data.pages);

/** Store names change rarely; the server keeps them a day too. */
const CATALOG_STALE_MS = 60 * 60 * 1000;

export const xboxQueries = {
  all: () => ['xbox'] as const,

  inventory: (filters: XboxFilters) =>
    infiniteQueryOptions({
      queryKey: ['xbox', 'inventory', filters] as const,
      queryFn: async ({ signal, pageParam }) =>
        adaptInventoryPage(
          await getXbox(xboxApiPaths.inventory(filters, pageParam), inventoryPageSchema, 'inventory page', signal),
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: nextToken,
      select: selectInventory,
      staleTime: 60_000,
    }),

  /** The Store's names and art for up to 20 product ids (one of an inventory's `catalogBatches`). */
  catalog: (productIds: readonly string[]) =>
    queryOptions({
      queryKey: ['xbox', 'catalog', productIds] as const,
      queryFn: async ({ signal }) =>
        adaptCatalog(
          await getXbox(xboxApiPaths.catalog(productIds), catalogAnswerSchema, 'Store catalog answer', signal),
        ),
      enabled: productIds.length > 0,
      staleTime: CATALOG_STALE_MS,
      // Names are not the inventory: their wait or failure is the page's CatalogNotice, not the global indicator.
      meta: { quiet: true },
    }),

  /** Where these products sit in the inventory (product id to item id), to link an add-on to its game. */
  products: (productIds: string[]) =>
    queryOptions({
      queryKey: ['xbox', 'products', productIds] as const,
      queryFn: async ({ signal }) => {
        const filters = { availability: 'All', productIds: productIds.join(',') };
        const page = adaptInventoryPage(
          await getXbox(xboxApiPaths.inventory(filters), inventoryPageSchema, 'inventory page', signal),
        );
        const located = new Map<string, string>();
        for (const item of page.items) if (item.instanceId) located.set(item.definitionId, item.instanceId);
        return located;
      },
      enabled: productIds.length > 0,
      staleTime: 60_000,
    }),

  item: (itemId: string) =>
    queryOptions({
      queryKey: ['xbox', 'item', itemId] as const,
      queryFn: async ({ signal }): Promise<XboxItem> => {
        try {
          const entitlement = adaptEntitlement(
            await getXbox(xboxApiPaths.item(itemId), inventoryItemSchema, 'item', signal),
          );
          return { item: entitlementItem(entitlement), entitlement };
        } catch (error) {
          if (error instanceof AppError && error.kind === 'not-found')
            throw new AppError({ ...error, kind: 'not-found', message: error.message, subject: 'item' });
          throw error;
        }
      },
      staleTime: 60_000,
    }),
};
