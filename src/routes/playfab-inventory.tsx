import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { appConfigQuery } from '../app-config.ts';
import { BucketGrid } from '../inventory/BucketGrid.tsx';
import { BucketGridSkeleton } from '../inventory/BucketGridSkeleton.tsx';
import type { BucketGroup, Item } from '../inventory/model.ts';
import { SearchBox } from '../inventory/SearchBox.tsx';
import { useInventorySearch } from '../inventory/search/use-inventory-search.ts';
import { withParam } from '../inventory/search/with-param.ts';
import { loadCharacterPage } from './playfab-character-loader.ts';
import { CatalogFilter } from '../providers/playfab/CatalogFilter.tsx';
import { CharacterLinks } from '../providers/playfab/CharacterLinks.tsx';
import { playfabPaths } from '../providers/playfab/paths.ts';
import { playfabQueries } from '../providers/playfab/queries.ts';
import { readPlayFabParams } from '../providers/playfab/route-params.ts';
import { selectCatalog } from '../providers/playfab/select-catalog.ts';
import { Breadcrumbs } from '../ui/Breadcrumbs.tsx';
import { DataAge } from '../ui/DataAge.tsx';
import { DemoBadge } from '../ui/DemoBadge.tsx';
import { BackLink } from '../ui/BackLink.tsx';
import { QueryError } from '../ui/QueryError.tsx';
import { CurrencySection } from '../inventory/CurrencySection.tsx';

export const loader = loadCharacterPage;

const NO_GROUPS: BucketGroup[] = [];

export function Component() {
  const { titleId, playFabId, characterId = '' } = readPlayFabParams(useParams());
  const [search] = useSearchParams();
  const catalog = search.get('catalog');
  const characters = useQuery(playfabQueries.characters(titleId, playFabId));
  const inventory = useQuery({
    ...playfabQueries.inventory(titleId, playFabId, characterId),
    select: selectCatalog(catalog),
  });
  const { data: config } = useQuery(appConfigQuery);
  const character = characters.data?.find((c) => c.characterId === characterId);
  const playerPath = playfabPaths.player(titleId, playFabId);
  const inventoryPath = playfabPaths.inventory(titleId, playFabId, characterId);
  const groups = inventory.data?.groups ?? NO_GROUPS;
  const itemSearch = useInventorySearch(groups);
  const itemHref = useCallback(
    (item: Item) => playfabPaths.item(titleId, playFabId, characterId, item.instanceId ?? item.key),
    [titleId, playFabId, characterId],
  );

  return (
    <div className="space-y-6">
      <Breadcrumbs
        crumbs={[
          { label: 'Start', to: '/' },
          { label: 'PlayFab player', to: playerPath },
          { label: character?.name ?? 'Character' },
        ]}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-slate-50">
            {character ? `${character.name}'s inventory` : 'Character inventory'}
          </h1>
          <p className="text-sm text-slate-400">
            {character?.type && `${character.type} · `}Title <span className="font-mono">{titleId}</span>
          </p>
        </div>
        <div className="flex items-center gap-3">
          {config?.providers.playfab.mode === 'demo' && <DemoBadge />}
          {inventory.data && (
            <DataAge
              updatedAt={inventory.dataUpdatedAt}
              refreshing={inventory.isFetching}
              onRefresh={() => inventory.refetch()}
            />
          )}
        </div>
      </div>

      {characters.data && characters.data.length > 1 && (
        <nav aria-label="Characters">
          <CharacterLinks
            characters={characters.data}
            currentId={characterId}
            hrefFor={(id) => playfabPaths.inventory(titleId, playFabId, id)}
          />
        </nav>
      )}

      <QueryError query={inventory} actions={<BackLink to={playerPath}>Back to the player</BackLink>} />

      {inventory.isPending && <BucketGridSkeleton />}
      {inventory.data && (
        <>
          <CurrencySection currencies={inventory.data.currencies} />
          {inventory.data.catalogVersions.length > 1 && (
            <CatalogFilter
              versions={inventory.data.catalogVersions}
              current={catalog}
              hrefFor={(version) => {
                // Switching catalogs keeps the search: the box's, which the URL gets only once typing pauses.
                const next = withParam(withParam(search, 'q', itemSearch.query), 'catalog', version);
                return next.size > 0 ? `${inventoryPath}?${next}` : inventoryPath;
              }}
            />
          )}
          <SearchBox groups={groups} search={itemSearch} />
          <BucketGrid groups={groups} itemHref={itemHref} search={itemSearch} />
        </>
      )}
    </div>
  );
}
