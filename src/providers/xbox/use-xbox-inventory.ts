import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useCatalog } from './catalog-store.ts';
import type { XboxFilters } from './filters.ts';
import { inventoryNamer } from './named-inventory.ts';
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

const NO_BATCHES: string[][] = [];

/**
 * The Xbox inventory as the page shows it: every page loaded in the background (bounded, paced),
 * each page's products named from the Store as their batches answer. A catalog failure leaves the
 * items as they are (type and id), with a retry; it never fails the inventory.
 */
export function useXboxInventory(filters: XboxFilters) {
  const inventory = useInfiniteQuery(xboxQueries.inventory(filters));
  const catalog = useCatalog(inventory.data?.catalogBatches ?? NO_BATCHES);
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = inventory;
  const shown = inventory.data?.shown ?? 0;
  // Paced before naming: the items new since the last step, and those the answers since name, are
  // named once a step, not on each of the hundreds of pages and catalog answers in between.
  const loaded = useMemo(
    () => ({ inventory: inventory.data, answers: catalog.answers }),
    [inventory.data, catalog.answers],
  );
  const paced = usePaced(loaded, hasNextPage && !isError && shown >= PACED_FROM_ITEMS);
  const [named] = useState(inventoryNamer);
  const data = useMemo(() => paced.inventory && named(paced.inventory, paced.answers), [named, paced]);
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
