import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { readCompareRequest } from '../inventory/compare/compare-params.ts';
import { locateItems, type CompareEntry } from '../inventory/compare/compare-model.ts';
import { ComparePageFrame } from '../inventory/compare/ComparePageFrame.tsx';
import { playfabPaths } from '../providers/playfab/paths.ts';
import { playfabQueries } from '../providers/playfab/queries.ts';
import { isInstanceId, readCharacterParams } from '../providers/playfab/route-params.ts';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';

/** A character's items side by side; the character's loader started its inventory. */
export function Component() {
  const { titleId, playFabId, characterId } = readCharacterParams(useParams());
  const [search] = useSearchParams();
  const request = useMemo(() => readCompareRequest(search, isInstanceId), [search]);
  const characters = useQuery(playfabQueries.characters(titleId, playFabId));
  const inventory = useQuery(playfabQueries.inventory(titleId, playFabId, characterId));
  const name = characters.data?.find((c) => c.characterId === characterId)?.name ?? 'Character';
  const inventoryPath = playfabPaths.inventory(titleId, playFabId, characterId);
  const groups = inventory.data?.groups;
  const { found, missing } = useMemo(
    () => locateItems(groups ? [{ id: characterId, label: name, groups }] : [], request.ids),
    [groups, characterId, name, request.ids],
  );
  const entries = useMemo(
    () =>
      found.map(({ id, item, source }): CompareEntry => ({
        id,
        item,
        location: source.label,
        href: playfabPaths.item(titleId, playFabId, characterId, id),
      })),
    [found, titleId, playFabId, characterId],
  );

  return (
    <ComparePageFrame
      crumbs={[
        { label: 'Start', to: '/' },
        { label: 'PlayFab player', to: playfabPaths.player(titleId, playFabId) },
        { label: name, to: inventoryPath },
        { label: 'Compare' },
      ]}
      back={{ to: inventoryPath, label: 'Back to the inventory' }}
      request={request}
      entries={entries}
      missing={inventory.data ? missing : []}
      missingWhere="held by this character"
      pending={inventory.isPending}
      failures={
        inventory.isError
          ? [
              <ErrorPanel
                key="inventory"
                error={inventory.error}
                errorKey={inventory.errorUpdatedAt}
                onRetry={() => void inventory.refetch()}
              />,
            ]
          : []
      }
    />
  );
}
