import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useParams } from 'react-router';
import { appConfigQuery } from '../app-config.ts';
import { BucketGrid } from '../inventory/BucketGrid.tsx';
import { BucketGridSkeleton } from '../inventory/BucketGridSkeleton.tsx';
import type { BucketGroup, Item } from '../inventory/model.ts';
import { SearchBox } from '../inventory/SearchBox.tsx';
import { useInventorySearch } from '../inventory/search/use-inventory-search.ts';
import { hasPlaceholderName } from '../providers/destiny/built-in-definitions.ts';
import { CharacterSwitcher } from '../providers/destiny/CharacterSwitcher.tsx';
import { MissingDefinitionsNotice } from '../providers/destiny/MissingDefinitionsNotice.tsx';
import { destinyPaths } from '../providers/destiny/paths.ts';
import { platformName } from '../providers/destiny/platforms.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { readCharacterParams } from '../providers/destiny/route-params.ts';
import { usePlayerName } from '../providers/destiny/use-player-name.ts';
import { Breadcrumbs } from '../ui/Breadcrumbs.tsx';
import { DataAge } from '../ui/DataAge.tsx';
import { DemoBadge } from '../ui/DemoBadge.tsx';
import { BackLink } from '../ui/BackLink.tsx';
import { QueryError } from '../ui/QueryError.tsx';
import { CurrencySection } from '../inventory/CurrencySection.tsx';

const noGroups: BucketGroup[] = [];

/** The account's and the character's loaders started what this page reads. */
export function Component() {
  const { membershipType, membershipId, characterId } = readCharacterParams(useParams());
  const account = useQuery(destinyQueries.account(membershipType, membershipId));
  const inventory = useQuery(destinyQueries.inventory(membershipType, membershipId, characterId));
  const { data: config } = useQuery(appConfigQuery);
  const playerName = usePlayerName(membershipType, membershipId);
  const character = account.data?.characters.find((c) => c.characterId === characterId);
  const accountPath = destinyPaths.account(membershipType, membershipId, playerName);
  const search = useInventorySearch(inventory.data?.groups ?? noGroups);
  const unnamed = useMemo(() => countUnnamed(inventory.data?.groups ?? noGroups), [inventory.data]);

  const itemHref = useCallback(
    (item: Item) =>
      item.instanceId
        ? destinyPaths.item(membershipType, membershipId, characterId, item.instanceId)
        : destinyPaths.stack(membershipType, membershipId, characterId, item.definitionId),
    [membershipType, membershipId, characterId],
  );

  const backToAccount = <BackLink to={accountPath}>Back to the account</BackLink>;

  return (
    <div className="space-y-6">
      <Breadcrumbs
        crumbs={[
          { label: 'Start', to: '/' },
          { label: playerName ?? `${platformName(membershipType)} account`, to: accountPath },
          { label: character?.className ?? 'Character' },
        ]}
      />

      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-slate-50">
            {character ? `${character.className} inventory` : 'Character inventory'}
          </h1>
          {character && (
            <p className="text-sm text-slate-400">
              {playerName && `${playerName} · `}
              {[character.raceName, character.genderName].filter(Boolean).join(' ')} · Level {character.level}
              {character.light !== null && ` · Light ${character.light}`}
            </p>
          )}
        </div>
        <div className="flex items-center gap-3">
          {config?.providers.bungie.mode === 'demo' && <DemoBadge />}
          {inventory.data && (
            <DataAge
              updatedAt={inventory.dataUpdatedAt}
              refreshing={inventory.isFetching}
              onRefresh={() => inventory.refetch()}
            />
          )}
        </div>
      </div>

      {account.data && account.data.characters.length > 1 && (
        <CharacterSwitcher
          characters={account.data.characters}
          currentId={characterId}
          hrefFor={(id) => destinyPaths.inventory(membershipType, membershipId, id, playerName)}
        />
      )}

      <QueryError query={inventory} actions={backToAccount} />

      {inventory.isPending && <BucketGridSkeleton />}
      {inventory.data && (
        <>
          {unnamed.missing > 0 && <MissingDefinitionsNotice page="inventory" {...unnamed} />}
          <CurrencySection currencies={inventory.data.currencies} />
          <SearchBox groups={inventory.data.groups} search={search} />
          <BucketGrid groups={inventory.data.groups} itemHref={itemHref} search={search} />
        </>
      )}
    </div>
  );
}

/** Items Bungie sent without a definition, of all the items: said once above the grid. */
function countUnnamed(groups: BucketGroup[]): { missing: number; total: number } {
  let missing = 0;
  let total = 0;
  for (const bucket of groups.flatMap((group) => group.buckets)) {
    total += bucket.items.length;
    for (const item of bucket.items) if (hasPlaceholderName(item)) missing++;
  }
  return { missing, total };
}
