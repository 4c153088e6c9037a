import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { appConfigQuery } from '../app-config.ts';
import { BucketGrid } from '../inventory/BucketGrid.tsx';
import { BucketGridSkeleton } from '../inventory/BucketGridSkeleton.tsx';
import { CurrencyList } from '../inventory/CurrencyList.tsx';
import type { Item } from '../inventory/model.ts';
import { startQuery } from '../query-client.ts';
import { groupByClass } from '../providers/playfab/adapt-inventory.ts';
import { CatalogFilter } from '../providers/playfab/CatalogFilter.tsx';
import { CharacterLinks } from '../providers/playfab/CharacterLinks.tsx';
import { playfabPaths } from '../providers/playfab/paths.ts';
import { playfabQueries } from '../providers/playfab/queries.ts';
import { readPlayFabParams } from '../providers/playfab/route-params.ts';
import { Breadcrumbs } from '../ui/Breadcrumbs.tsx';
import { DataAge } from '../ui/DataAge.tsx';
import { DemoBadge } from '../ui/DemoBadge.tsx';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';

export function loader(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  const { titleId, playFabId, characterId } = readPlayFabParams(params);
  startQuery(queryClient, playfabQueries.characters(titleId, playFabId));
  startQuery(queryClient, playfabQueries.inventory(titleId, playFabId, characterId!));
  return null;
}

export function Component() {
  const { titleId, playFabId, characterId = '' } = readPlayFabParams(useParams());
  const [search] = useSearchParams();
  const characters = useQuery(playfabQueries.characters(titleId, playFabId));
  const inventory = useQuery(playfabQueries.inventory(titleId, playFabId, characterId));
  const { data: config } = useQuery(appConfigQuery);
  const character = characters.data?.find((c) => c.characterId === characterId);
  const playerPath = playfabPaths.player(titleId, playFabId);
  const inventoryPath = playfabPaths.inventory(titleId, playFabId, characterId);
  const catalog = search.get('catalog');

  const groups = useMemo(
    () => (inventory.data ? groupByClass(catalog === null ? inventory.data.items : inventory.data.items.filter((item) => item.catalogVersion === catalog)) : []),
    [inventory.data, catalog],
  );
  const itemHref = useCallback((item: Item) => playfabPaths.item(titleId, playFabId, characterId, item.instanceId ?? item.key), [titleId, playFabId, characterId]);

  return (
    <div className="space-y-6">
      <Breadcrumbs crumbs={[{ label: 'Start', to: '/' }, { label: 'PlayFab player', to: playerPath }, { label: character?.name ?? 'Character' }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-slate-50">{character ? `${character.name}'s inventory` : 'Character inventory'}</h1>
          <p className="text-sm text-slate-400">
            {character?.type && `${character.type} · `}Title <span className="font-mono">{titleId}</span>
          </p>
        </div>
        <div className="flex items-center gap-3">
          {config?.providers.playfab.mode === 'demo' && <DemoBadge />}
          {inventory.data && <DataAge updatedAt={inventory.dataUpdatedAt} refreshing={inventory.isFetching} onRefresh={() => inventory.refetch()} />}
        </div>
      </div>

      {characters.data && characters.data.length > 1 && (
        <nav aria-label="Characters">
          <CharacterLinks characters={characters.data} currentId={characterId} hrefFor={(id) => playfabPaths.inventory(titleId, playFabId, id)} />
        </nav>
      )}

      {inventory.isError && (
        <ErrorPanel
          compact={!!inventory.data}
          error={inventory.error}
          errorKey={inventory.errorUpdatedAt}
          onRetry={() => inventory.refetch()}
          actions={
            <Link to={playerPath} className="rounded-md border border-slate-600 px-4 py-2 text-sm font-semibold text-slate-100 hover:bg-slate-800">
              Back to the player
            </Link>
          }
        />
      )}

      {inventory.isPending && <BucketGridSkeleton />}
      {inventory.data && (
        <>
          <section aria-labelledby="currencies-heading" className="space-y-2">
            <h2 id="currencies-heading" className="text-sm font-semibold tracking-wide text-slate-400 uppercase">
              Currencies
            </h2>
            <CurrencyList currencies={inventory.data.currencies} />
          </section>
          {inventory.data.catalogVersions.length > 1 && (
            <CatalogFilter
              versions={inventory.data.catalogVersions}
              current={catalog}
              hrefFor={(version) => (version === null ? inventoryPath : `${inventoryPath}?catalog=${encodeURIComponent(version)}`)}
            />
          )}
          <BucketGrid groups={groups} itemHref={itemHref} />
        </>
      )}
    </div>
  );
}
