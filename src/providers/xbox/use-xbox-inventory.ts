import { useInfiniteQuery, useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { Catalog } from './adapt-catalog.ts';
import type { XboxFilters } from './filters.ts';
import { mergeCatalogs, namedInventory } from './named-items.ts';
import { xboxQueries } from './queries.ts';
import { usePaced } from './use-paced.ts';

/**
 * One page (100 entitlements and its five catalog calls) at a time, a pause apart: about 15 calls a
 * second, half of what one visitor may make of the proxy, leaving the rest to box art and clicks.
 */
const PAGE_PAUSE_MS = 400;
/** Past this many entitlements still loading, the page is shown anew in steps, not on every page. */
const PACED_FROM_ITEMS = 1_000;
/** Background paging stops here (the 10,000-entitlement collector); "Load more" goes on. */
export const MAX_BACKGROUND_ITEMS = 10_000;

export interface CatalogState {
  /** Batches still on their first try. */
  pending: number;
  /** Batches the Store (or the proxy) refused: their items keep their type and id. */
  failed: number;
  error: Error | null;
  retry: () => void;
}

function combineCatalog(results: UseQueryResult<Catalog>[]): { parts: (Catalog | undefined)[]; state: CatalogState } {
  const failed = results.filter((result) => result.isError);
  return {
    parts: results.map((result) => result.data),
    state: {
      // On their first try: a batch being retried (the Store failing) must not hold up the inventory's pages.
      pending: results.filter(
        (result) => result.isPending && result.fetchStatus !== 'idle' && result.failureCount === 0,
      ).length,
      failed: failed.length,
      error: failed[0]?.error ?? null,
      retry: () => failed.forEach((result) => void result.refetch()),
    },
  };
}

/**
 * The Xbox inventory as the page shows it: every page loaded in the background (bounded, paced),
 * each page's products named from the Store as their batches answer. A catalog failure leaves the
 * items as they are (type and id), with a retry; it never fails the inventory.
 */
export function useXboxInventory(filters: XboxFilters) {
  const inventory = useInfiniteQuery(xboxQueries.inventory(filters));
  const batches = inventory.data?.catalogBatches;
  // The same array while no page arrives: useQueries then does not hash and default every batch's
  // options again on each of the hundreds of renders its answers cause.
  const catalogQueries = useMemo(() => (batches ?? []).map((ids) => xboxQueries.catalog(ids)), [batches]);
  const catalog = useQueries({ queries: catalogQueries, combine: combineCatalog });
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = inventory;
  const shown = inventory.data?.shown ?? 0;
  // Paced before naming: merging every name and renaming every entitlement is then done once a
  // step, not on each of the hundreds of catalog answers in between.
  const loaded = useMemo(() => ({ inventory: inventory.data, names: catalog.parts }), [inventory.data, catalog.parts]);
  const paced = usePaced(loaded, hasNextPage && !isError && shown >= PACED_FROM_ITEMS);
  const names = mergeCatalogs(paced.names);
  const data = useMemo(() => paced.inventory && namedInventory(paced.inventory, names), [paced.inventory, names]);
  const waiting = catalog.state.pending > 0;
  const background = hasNextPage && !isFetchingNextPage && !isError && !waiting && shown < MAX_BACKGROUND_ITEMS;
  useEffect(() => {
    if (!background) return;
    const timer = setTimeout(() => void fetchNextPage(), PAGE_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [background, fetchNextPage, shown]);

  return {
    inventory,
    data,
    catalog: catalog.state,
    /** Pages are still coming: search and sort do not yet cover every entitlement. */
    complete: inventory.data !== undefined && !hasNextPage,
    loadingMore: hasNextPage && !isError && shown < MAX_BACKGROUND_ITEMS,
  };
}
