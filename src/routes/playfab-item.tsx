import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { AppError } from '../inventory/app-error.ts';
import { MAX_COMPARED } from '../inventory/compare/compare-params.ts';
import { sameTypeIds } from '../inventory/compare/compare-model.ts';
import { CompareActions } from '../inventory/compare/CompareActions.tsx';
import { tierBorder, tierTint } from '../inventory/tier-styles.ts';
import { InstanceFacts } from '../providers/playfab/InstanceFacts.tsx';
import { playfabPaths } from '../providers/playfab/paths.ts';
import { playfabQueries } from '../providers/playfab/queries.ts';
import { readItemParams } from '../providers/playfab/route-params.ts';
import { Breadcrumbs } from '../ui/Breadcrumbs.tsx';
import { QueryError } from '../ui/QueryError.tsx';
import { ItemHeadingRow } from '../ui/ItemHeadingRow.tsx';
import { ShareLink } from '../ui/ShareLink.tsx';
import { ErrorPanel } from '../ui/ErrorPanel.tsx';
import { BackLink } from '../ui/BackLink.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

/**
 * PlayFab has no per-item call, so this route has no loader: the item page reads its instance from
 * the character inventory, which the character's loader started.
 */
export function Component() {
  const { titleId, playFabId, characterId, itemInstanceId } = readItemParams(useParams());
  const characters = useQuery(playfabQueries.characters(titleId, playFabId));
  const inventory = useQuery(playfabQueries.inventory(titleId, playFabId, characterId));
  const character = characters.data?.find((c) => c.characterId === characterId);
  const inventoryPath = playfabPaths.inventory(titleId, playFabId, characterId);
  const found = inventory.data?.instances.find((candidate) => candidate.item.instanceId === itemInstanceId);
  const missing =
    inventory.data && !found
      ? new AppError({
          kind: 'not-found',
          subject: 'item',
          provider: 'playfab',
          message: `This character no longer holds item ${itemInstanceId}.`,
        })
      : null;
  usePageTitle(found?.item.name ?? 'Item', character?.name);
  const backToInventory = <BackLink to={inventoryPath}>Back to the inventory</BackLink>;
  const groups = inventory.data?.groups;
  const sameType = useMemo(
    () => (groups && found ? sameTypeIds([{ id: characterId, label: '', groups }], found.item, MAX_COMPARED) : []),
    [groups, found, characterId],
  );

  return (
    <div className="space-y-6">
      <Breadcrumbs
        crumbs={[
          { label: 'Start', to: '/' },
          { label: 'PlayFab player', to: playfabPaths.player(titleId, playFabId) },
          { label: character?.name ?? 'Character', to: inventoryPath },
          { label: found?.item.name ?? 'Item' },
        ]}
      />
      <QueryError query={inventory} actions={backToInventory} />
      {missing && <ErrorPanel error={missing} actions={backToInventory} />}
      {inventory.isPending && (
        <div aria-busy="true" aria-label="Loading item" className="h-40 animate-pulse rounded-lg bg-slate-800" />
      )}
      {found && (
        <article className="space-y-6">
          <header>
            <ItemHeadingRow
              actions={<ShareLink title={found.item.name} />}
              icon={
                <span
                  className={`relative block size-24 shrink-0 overflow-hidden rounded-lg border-2 ${tierBorder[found.item.tier]} ${tierTint[found.item.tier]}`}
                >
                  {found.item.icon ? (
                    <img src={found.item.icon} alt="" className="relative size-full object-cover" />
                  ) : (
                    <span
                      aria-hidden="true"
                      className="relative grid size-full place-items-center text-4xl font-bold text-slate-300"
                    >
                      {found.item.name.charAt(0)}
                    </span>
                  )}
                </span>
              }
            >
              <h1 className="text-3xl font-bold text-slate-50">{found.item.name}</h1>
              <p className="text-slate-400">
                {[found.item.tierName, found.item.typeName].filter(Boolean).join(' ')}
                <span className="ml-2 font-mono text-xs text-slate-400">
                  {found.item.definitionId} · {itemInstanceId}
                </span>
              </p>
              {found.orphaned && (
                <p className="text-sm text-amber-300">This item is no longer in its catalog; only its ids are known.</p>
              )}
              {found.item.description && <p className="max-w-2xl text-slate-200">{found.item.description}</p>}
              {found.tags.length > 0 && (
                <ul aria-label="Tags" className="flex flex-wrap gap-1.5 pt-1">
                  {found.tags.map((tag) => (
                    <li key={tag} className="rounded-full bg-slate-800 px-2 py-0.5 text-xs text-slate-300">
                      {tag}
                    </li>
                  ))}
                </ul>
              )}
            </ItemHeadingRow>
          </header>
          <CompareActions
            scope={playfabPaths.compare(titleId, playFabId, characterId)}
            id={itemInstanceId}
            sameTypeIds={sameType}
          />
          <InstanceFacts
            item={found}
            now={inventory.dataUpdatedAt}
            hrefFor={(id) => playfabPaths.item(titleId, playFabId, characterId, id)}
          />
        </article>
      )}
    </div>
  );
}
