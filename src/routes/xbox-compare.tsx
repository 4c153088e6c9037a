import type { QueryClient } from '@tanstack/react-query';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { toAppError } from '../inventory/app-error.ts';
import { readCompareRequest } from '../inventory/compare/compare-params.ts';
import type { CompareEntry } from '../inventory/compare/compare-model.ts';
import { ComparePageFrame } from '../inventory/compare/ComparePageFrame.tsx';
import { startQuery } from '../query-client.ts';
import { namedItem, storeIds } from '../providers/xbox/named-items.ts';
import { xboxPaths } from '../providers/xbox/paths.ts';
import { xboxQueries } from '../providers/xbox/queries.ts';
import { isItemId } from '../providers/xbox/route-params.ts';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';

const requestOf = (search: URLSearchParams) => readCompareRequest(search, isItemId);

/** Each item is its own call, as on its page: every one a link names starts here, side by side. */
export function loader(queryClient: QueryClient, { request }: LoaderFunctionArgs) {
  for (const id of requestOf(new URL(request.url).searchParams).ids) startQuery(queryClient, xboxQueries.item(id));
  return null;
}

export function Component() {
  const [search] = useSearchParams();
  const request = useMemo(() => requestOf(search), [search]);
  const details = useQueries({ queries: request.ids.map((id) => xboxQueries.item(id)) });
  // Named from the Store once their products are known; until then (or if it fails), by type and id.
  const store = useQuery(
    xboxQueries.catalog(
      storeIds(details.flatMap((detail) => (detail.data ? [detail.data.entitlement.productId] : []))),
    ),
  );
  const entries: CompareEntry[] = [];
  const missing: string[] = [];
  const refused: string[] = [];
  const failures = [];
  for (const [index, detail] of details.entries()) {
    const id = request.ids[index]!;
    if (detail.data) {
      const item = namedItem(detail.data.item, store.data?.get(detail.data.entitlement.productId.toUpperCase()));
      entries.push({ id, item, location: 'Xbox Live', href: xboxPaths.item(id) });
    }
    if (!detail.isError) continue;
    const kind = toAppError(detail.error).kind;
    if (kind === 'not-found') missing.push(id);
    else if (kind === 'bad-request') refused.push(id);
    else failures.push(<ErrorPanel key={id} compact error={detail.error} onRetry={() => void detail.refetch()} />);
  }

  return (
    <ComparePageFrame
      crumbs={[
        { label: 'Start', to: '/' },
        { label: 'Xbox Live inventory', to: xboxPaths.inventory() },
        { label: 'Compare' },
      ]}
      back={{ to: xboxPaths.inventory(), label: 'Back to the inventory' }}
      request={{ ...request, malformed: [...request.malformed, ...refused] }}
      entries={entries}
      missing={missing}
      missingWhere="in this inventory"
      pending={details.some((detail) => detail.isPending)}
      failures={failures}
    />
  );
}
