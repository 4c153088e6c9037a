import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { BucketGroup, Item } from '../inventory/model.ts';
import { useInventorySearch } from '../inventory/search/use-inventory-search.ts';
import { withParam } from '../inventory/search/with-param.ts';
import { CatalogFilter } from '../providers/playfab/CatalogFilter.tsx';
import { CharacterLinks } from '../providers/playfab/CharacterLinks.tsx';
import { playfabPaths } from '../providers/playfab/paths.ts';
import { playfabQueries } from '../providers/playfab/queries.ts';
import { readCharacterParams } from '../providers/playfab/route-params.ts';
import { selectCatalog } from '../providers/playfab/select-catalog.ts';
import { BackLink } from '../ui/BackLink.tsx';
import { InventoryPageFrame } from './InventoryPageFrame.tsx';

const NO_GROUPS: BucketGroup[] = [];

/** The player's and the character's loaders started what this page reads. */
export function Component() {
  const { titleId, playFabId, characterId } = readCharacterParams(useParams());
  const [search] = useSearchParams();
  const catalog = search.get('catalog');
  const characters = useQuery(playfabQueries.characters(titleId, playFabId));
  const inventory = useQuery({
    ...playfabQueries.inventory(titleId, playFabId, characterId),
    select: selectCatalog(catalog),
  });
  const character = characters.data?.find((c) => c.characterId === characterId);
  const playerPath = playfabPaths.player(titleId, playFabId);
  const inventoryPath = playfabPaths.inventory(titleId, playFabId, characterId);
  const groups = inventory.data?.groups ?? NO_GROUPS;
  const itemSearch = useInventorySearch(groups, 'playfab');
  const itemHref = useCallback(
    (item: Item) => playfabPaths.item(titleId, playFabId, characterId, item.instanceId ?? item.key),
    [titleId, playFabId, characterId],
  );

  return (
    <InventoryPageFrame
      provider="playfab"
      crumbs={[
        { label: 'Start', to: '/' },
        { label: 'PlayFab player', to: playerPath },
        { label: character?.name ?? 'Character' },
      ]}
      heading={character ? `${character.name}'s inventory` : 'Character inventory'}
      titleContext="PlayFab"
      byline={
        <>
          {character?.type && `${character.type} · `}Title <span className="font-mono">{titleId}</span>
        </>
      }
      navigation={
        characters.data &&
        characters.data.length > 1 && (
          <nav aria-label="Characters">
            <CharacterLinks
              characters={characters.data}
              currentId={characterId}
              hrefFor={(id) => playfabPaths.inventory(titleId, playFabId, id)}
            />
          </nav>
        )
      }
      inventory={inventory}
      errorActions={<BackLink to={playerPath}>Back to the player</BackLink>}
      currencies={inventory.data?.currencies}
      filter={
        inventory.data &&
        inventory.data.catalogVersions.length > 1 && (
          <CatalogFilter
            versions={inventory.data.catalogVersions}
            current={catalog}
            hrefFor={(version) => {
              // Switching catalogs keeps the search: the box's, which the URL gets only once typing pauses.
              const next = withParam(withParam(search, 'q', itemSearch.query), 'catalog', version);
              return next.size > 0 ? `${inventoryPath}?${next}` : inventoryPath;
            }}
          />
        )
      }
      groups={groups}
      sourceLabel={character?.name}
      search={itemSearch}
      itemHref={itemHref}
    />
  );
}
