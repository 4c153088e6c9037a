import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { tierBorder, tierTint } from '../inventory/tier-styles.ts';
import { startQuery } from '../query-client.ts';
import { useProviderMode } from '../use-provider-mode.ts';
import { entitlementName, typeInfo } from '../providers/xbox/adapt-inventory.ts';
import { EntitlementFacts } from '../providers/xbox/EntitlementFacts.tsx';
import { xboxPaths } from '../providers/xbox/paths.ts';
import { xboxQueries } from '../providers/xbox/queries.ts';
import { readItemParams } from '../providers/xbox/route-params.ts';
import { Breadcrumbs } from '../ui/Breadcrumbs.tsx';
import { ItemHeadingRow } from '../ui/ItemHeadingRow.tsx';
import { ShareLink } from '../ui/ShareLink.tsx';
import { DemoBadge } from '../ui/DemoBadge.tsx';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';
import { BackLink } from '../ui/BackLink.tsx';

export function loader(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  startQuery(queryClient, xboxQueries.item(readItemParams(params).itemId));
  return null;
}

const NO_CONTAINERS = new Map<string, string>();

export function Component() {
  const { itemId } = readItemParams(useParams());
  const item = useQuery(xboxQueries.item(itemId));
  const mode = useProviderMode('xbox');
  const containerIds = item.data?.containers.filter((id) => id !== item.data?.productId) ?? [];
  // Started here, not in the loader: which games to look up is only known once the item is read.
  const containers = useQuery(xboxQueries.products(containerIds));
  const info = item.data ? typeInfo(item.data.itemType) : null;

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
      {item.isError && (
        <ErrorPanel
          error={item.error}
          errorKey={item.errorUpdatedAt}
          onRetry={() => item.refetch()}
          actions={backToInventory}
        />
      )}
      {item.isPending && <p className="text-slate-400">Loading the item…</p>}
      {item.data && info && (
        <>
          <ItemHeadingRow
            actions={
              <>
                {mode === 'demo' && <DemoBadge />}
                <ShareLink title={entitlementName(item.data)} />
              </>
            }
            icon={
              <span
                aria-hidden="true"
                className={`relative grid size-16 shrink-0 place-items-center rounded-md border-2 ${tierBorder[info.tier]} ${tierTint[info.tier]} text-2xl font-bold text-slate-100`}
              >
                <img src={info.icon} alt="" className="relative size-full" />
              </span>
            }
          >
            <h1 className="text-2xl font-bold text-slate-50">{entitlementName(item.data)}</h1>
            <p className="text-sm text-slate-400">
              {item.data.trial ? `${info.name} trial` : info.name} · {item.data.state}
            </p>
          </ItemHeadingRow>
          <EntitlementFacts entitlement={item.data} containerItems={containers.data ?? NO_CONTAINERS} />
        </>
      )}
    </div>
  );
}
