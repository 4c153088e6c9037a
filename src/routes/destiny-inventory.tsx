import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { BucketGroup, Item } from '../inventory/model.ts';
import { useInventorySearch } from '../inventory/search/use-inventory-search.ts';
import { hasPlaceholderName } from '../providers/destiny/built-in-definitions.ts';
import { CharacterSwitcher } from '../providers/destiny/CharacterSwitcher.tsx';
import { MissingDefinitionsNotice } from '../providers/destiny/MissingDefinitionsNotice.tsx';
import { destinyPaths } from '../providers/destiny/paths.ts';
import { platformName } from '../providers/destiny/platforms.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { readCharacterParams } from '../providers/destiny/route-params.ts';
import { usePlayerName } from '../providers/destiny/use-player-name.ts';
import { BackLink } from '../ui/BackLink.tsx';
import { InventoryPageFrame } from './InventoryPageFrame.tsx';
import { keepSearch } from './keep-search.ts';

const noGroups: BucketGroup[] = [];

/** The account's and the character's loaders started what this page reads. */
export function Component() {
  const { membershipType, membershipId, characterId } = readCharacterParams(useParams());
  const [params] = useSearchParams();
  const account = useQuery(destinyQueries.account(membershipType, membershipId));
  const inventory = useQuery(destinyQueries.inventory(membershipType, membershipId, characterId));
  const playerName = usePlayerName(membershipType, membershipId);
  const character = account.data?.characters.find((c) => c.characterId === characterId);
  const accountPath = destinyPaths.account(membershipType, membershipId, playerName);
  const groups = inventory.data?.groups ?? noGroups;
  const search = useInventorySearch(groups, 'destiny');
  const unnamed = useMemo(() => countUnnamed(groups), [groups]);

  const itemHref = useCallback(
    (item: Item) =>
      item.instanceId
        ? destinyPaths.item(membershipType, membershipId, characterId, item.instanceId)
        : destinyPaths.stack(membershipType, membershipId, characterId, item.definitionId),
    [membershipType, membershipId, characterId],
  );

  return (
    <InventoryPageFrame
      provider="destiny"
      crumbs={[
        { label: 'Start', to: '/' },
        { label: playerName ?? `${platformName(membershipType)} account`, to: keepSearch(accountPath, params) },
        { label: character?.className ?? 'Character' },
      ]}
      heading={character ? `${character.className} inventory` : 'Character inventory'}
      titleContext={playerName}
      byline={
        character && (
          <>
            {playerName && `${playerName} · `}
            {[character.raceName, character.genderName].filter(Boolean).join(' ')} · Level {character.level}
            {character.light !== null && ` · Light ${character.light}`}
          </>
        )
      }
      navigation={
        account.data &&
        account.data.characters.length > 1 && (
          <CharacterSwitcher
            characters={account.data.characters}
            currentId={characterId}
            hrefFor={(id) => keepSearch(destinyPaths.inventory(membershipType, membershipId, id, playerName), params)}
          />
        )
      }
      inventory={inventory}
      errorActions={<BackLink to={accountPath}>Back to the account</BackLink>}
      notice={unnamed.missing > 0 && <MissingDefinitionsNotice page="inventory" {...unnamed} />}
      currencies={inventory.data?.currencies}
      groups={groups}
      sourceLabel={character?.className}
      search={search}
      itemHref={itemHref}
    />
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
