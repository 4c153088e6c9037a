import type { QueryClient } from '@tanstack/react-query';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { MAX_COMPARED } from '../inventory/compare/compare-params.ts';
import { sameTypeIds } from '../inventory/compare/compare-model.ts';
import { CompareActions } from '../inventory/compare/CompareActions.tsx';
import { tierBorder, tierTint } from '../inventory/tier-styles.ts';
import { useProviderMode } from '../use-provider-mode.ts';
import { artAt } from '../providers/xbox/adapt-catalog.ts';
import { CatalogNotice } from '../providers/xbox/CatalogNotice.tsx';
import { EntitlementFacts } from '../providers/xbox/EntitlementFacts.tsx';
import { itemCatalogIds } from '../providers/xbox/named-items.ts';
import { loadedEntitlements } from '../providers/xbox/loaded-entitlements.ts';
import { xboxPaths } from '../providers/xbox/paths.ts';
import { xboxQueries } from '../providers/xbox/queries.ts';
import { readItemParams } from '../providers/xbox/route-params.ts';
import { Breadcrumbs } from '../ui/Breadcrumbs.tsx';
import { ItemHeadingRow } from '../ui/ItemHeadingRow.tsx';
import { ShareLink } from '../ui/ShareLink.tsx';
import { DemoBadge } from '../ui/DemoBadge.tsx';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';
import { BackLink } from '../ui/BackLink.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

/** Starts the item, then the Store's names of it and its games: their ids are in the item. */
export function loader(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  queryClient
    .fetchQuery(xboxQueries.item(readItemParams(params).itemId))
    .then(({ entitlement }) => queryClient.prefetchQuery(xboxQueries.catalog(itemCatalogIds(entitlement))))
    .catch(() => {});
  return null;
}

const NO_CONTAINERS = new Map<string, string>();
const NO_IDS: string[] = [];
/** The item page's box art, in CSS pixels. */
const ART_SIZE = 112;

export function Component() {
  const { itemId } = readItemParams(useParams());
  const detail = useQuery(xboxQueries.item(itemId));
  const mode = useProviderMode('xbox');
  const { item, entitlement } = detail.data ?? {};
  const containerIds = entitlement?.containers.filter((id) => id !== entitlement.productId) ?? [];
  // Started here, not in the loader: which games to look up is only known once the item is read.
  const containers = useQuery(xboxQueries.products(containerIds));
  const store = useQuery(xboxQueries.catalog(entitlement ? itemCatalogIds(entitlement) : NO_IDS));
  const product = entitlement && store.data?.get(entitlement.productId.toUpperCase());
  const containerTitles = useMemo(
    () => new Map([...(store.data?.values() ?? [])].map((known) => [known.productId, known.title])),
    [store.data],
  );
  const name = product?.title ?? item?.name ?? '';
  const queryClient = useQueryClient();
  // Read as the page renders: the entitlements already loaded, never a new call.
  const sameType = item ? sameTypeIds([loadedEntitlements(queryClient)], item, MAX_COMPARED) : [];

  usePageTitle(name || 'Xbox item', 'Xbox Live');
  const backToInventory = <BackLink to={xboxPaths.inventory()}>Back to the inventory</BackLink>;

  return (
    <div className="space-y-6">
      <Breadcrumbs
        crumbs={[
          { label: 'Start', to: '/' },
          { label: 'Xbox Live inventory', to: xboxPaths.inventory() },
          { label: 'Item' },
        ]}
      />
      {detail.isError && (
        <ErrorPanel
          error={detail.error}
          errorKey={detail.errorUpdatedAt}
          onRetry={() => detail.refetch()}
          actions={backToInventory}
        />
      )}
      {detail.isPending && <p className="text-slate-400">Loading the item…</p>}
      {item && entitlement && (
        <>
          <ItemHeadingRow
            actions={
              <>
                {mode === 'demo' && <DemoBadge />}
                <ShareLink title={name} />
              </>
            }
            icon={
              product?.art ? (
                <img
                  src={artAt(product.art, ART_SIZE)}
                  alt={`Box art of ${product.title}`}
                  width={ART_SIZE}
                  height={ART_SIZE}
                  className={`size-28 shrink-0 rounded-md border-2 ${tierBorder[item.tier]} bg-slate-900`}
                />
              ) : (
                <span
                  aria-hidden="true"
                  className={`relative grid size-16 shrink-0 place-items-center rounded-md border-2 ${tierBorder[item.tier]} ${tierTint[item.tier]} text-2xl font-bold text-slate-100`}
                >
                  {item.icon && <img src={item.icon} alt="" className="relative size-full" />}
                </span>
              )
            }
          >
            <h1 className="text-2xl font-bold text-slate-50">{name}</h1>
            <p className="text-sm text-slate-300">
              {entitlement.trial ? `${item.typeName} trial` : item.typeName} · {entitlement.state}
              {product?.publisher && <> · by {product.publisher}</>}
            </p>
            {product?.description && <p className="max-w-2xl text-sm text-slate-200">{product.description}</p>}
          </ItemHeadingRow>
          <CatalogNotice
            catalog={{
              pending: 0,
              failed: store.isError ? 1 : 0,
              error: store.error,
              retry: () => void store.refetch(),
            }}
          />
          <CompareActions scope={xboxPaths.compare()} id={itemId} sameTypeIds={sameType} />
          <EntitlementFacts
            entitlement={entitlement}
            containerItems={containers.data ?? NO_CONTAINERS}
            containerTitles={containerTitles}
          />
        </>
      )}
    </div>
  );
}
