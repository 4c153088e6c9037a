import { useMemo } from 'react';
import { MAX_COMPARED } from '../../inventory/compare/compare-params.ts';
import { sameTypeIds } from '../../inventory/compare/compare-model.ts';
import { CompareActions } from '../../inventory/compare/CompareActions.tsx';
import type { Item } from '../../inventory/model.ts';
import { destinyPaths } from './paths.ts';
import { useAccountInventory } from './use-account-inventory.ts';

interface DestinyCompareActionsProps {
  membershipType: number;
  membershipId: string;
  item: Item;
}

/** An item page's compare actions, over the whole account: every character and the vault. Stacks have none. */
export function DestinyCompareActions({ membershipType, membershipId, item }: DestinyCompareActionsProps) {
  const { sources } = useAccountInventory(membershipType, membershipId);
  const sameType = useMemo(() => sameTypeIds(sources, item, MAX_COMPARED), [sources, item]);
  if (!item.instanceId) return null;
  return (
    <CompareActions
      scope={destinyPaths.compare(membershipType, membershipId)}
      id={item.instanceId}
      sameTypeIds={sameType}
    />
  );
}
