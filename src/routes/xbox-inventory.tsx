import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { toAppError } from '../inventory/app-error.ts';
import type { BucketGroup, Item } from '../inventory/model.ts';
import { useInventorySearch } from '../inventory/search/use-inventory-search.ts';
import { CatalogNotice } from '../providers/xbox/CatalogNotice.tsx';
import { isRefusedCombination, readXboxFilters } from '../providers/xbox/filters.ts';
import { InventoryFilters } from '../providers/xbox/InventoryFilters.tsx';
import { LoadMore } from '../providers/xbox/LoadMore.tsx';
import { xboxPaths } from '../providers/xbox/paths.ts';
import { xboxQueries } from '../providers/xbox/queries.ts';
import { SearchCoverage } from '../providers/xbox/SearchCoverage.tsx';
import { useXboxInventory } from '../providers/xbox/use-xbox-inventory.ts';
import { ShareLink } from '../ui/ShareLink.tsx';
import { InventoryPageFrame } from './InventoryPageFrame.tsx';

/** Starts the first page, then its products' names: the catalog's ids are known only once the page is. */
export function loader(queryClient: QueryClient, { request }: LoaderFunctionArgs) {
  const options = xboxQueries.inventory(readXboxFilters(new URL(request.url).searchParams));
  queryClient
    .fetchInfiniteQuery(options)
    .then((data) => {
      for (const ids of options.select!(data).catalogBatches)
        queryClient.prefetchQuery(xboxQueries.catalog(ids)).catch(() => {});
    })
    .catch(() => {});
  return null;
}

const NO_GROUPS: BucketGroup[] = [];

export function Component() {
  const [params] = useSearchParams();
  const filters = useMemo(() => readXboxFilters(params), [params]);
  const { inventory, data, catalog, complete, loadingMore } = useXboxInventory(filters);
  const groups = data?.groups ?? NO_GROUPS;
  const search = useInventorySearch(groups, 'xbox');
  const itemHref = useCallback((item: Item) => xboxPaths.item(item.instanceId ?? ''), []);
  const { fetchNextPage, isFetchingNextPage } = inventory;
  const loadMore = useCallback(() => {
    if (!isFetchingNextPage) void fetchNextPage();
  }, [fetchNextPage, isFetchingNextPage]);
  const refused =
    inventory.isError && toAppError(inventory.error).kind === 'bad-request' && isRefusedCombination(filters);
  const loaded = data?.shown ?? 0;
  const total = data?.total ?? null;

  return (
    <InventoryPageFrame
      provider="xbox"
      crumbs={[{ label: 'Start', to: '/' }, { label: 'Xbox Live inventory' }]}
      heading="Xbox Live inventory"
      actions={<ShareLink title={'Xbox Live inventory'} />}
      navigation={
        <>
          <InventoryFilters filters={filters} />
          {refused && (
            <p
              role="note"
              className="rounded-lg border border-amber-500/40 bg-amber-950/40 px-4 py-3 text-sm text-amber-100"
            >
              Xbox Live does not include bundle and subscription contents when an item type is chosen.{' '}
              <Link
                className="font-semibold underline"
                to={xboxPaths.inventory({ ...filters, expandSatisfyingEntitlements: undefined })}
              >
                Show this type without them
              </Link>
            </p>
          )}
        </>
      }
      inventory={inventory}
      notice={<CatalogNotice catalog={catalog} />}
      groups={groups}
      search={search}
      // Right above the box: what the search does not cover yet, and why it found nothing.
      filter={<SearchCoverage search={search} filters={filters} loaded={loaded} total={total} complete={complete} />}
      itemHref={itemHref}
      // Store box art seldom says which game it is at tile size, and add-ons share their game's.
      tileCaptions
      footer={
        data && (
          <LoadMore
            shown={loaded}
            total={total}
            hasMore={inventory.hasNextPage}
            loading={isFetchingNextPage}
            inBackground={loadingMore}
            onLoad={loadMore}
          />
        )
      }
    />
  );
}
