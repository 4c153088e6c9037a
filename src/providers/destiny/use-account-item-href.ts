import { useCallback } from 'react';
import type { Item } from '../../inventory/model.ts';
import type { DestinyAccount } from './adapt-account.ts';
import { IN_PARAM } from './item-place.ts';
import { destinyPaths } from './paths.ts';
import { VAULT_SOURCE_ID } from './use-account-inventory.ts';

/**
 * An item's page from where it is kept. Bungie reads a vault item's details through any of the
 * account's characters: the first one; a vault stack says it is the vault's.
 */
export function useAccountItemHref(account: DestinyAccount): (item: Item, sourceId: string) => string {
  const { membershipType, membershipId } = account;
  const viewerId = account.characters[0]?.characterId ?? '0';
  return useCallback(
    (item, sourceId) => {
      const inVault = sourceId === VAULT_SOURCE_ID;
      const characterId = inVault ? viewerId : sourceId;
      if (item.instanceId) return destinyPaths.item(membershipType, membershipId, characterId, item.instanceId);
      const stack = destinyPaths.stack(membershipType, membershipId, characterId, item.definitionId);
      return inVault ? `${stack}&${IN_PARAM}=vault` : stack;
    },
    [membershipType, membershipId, viewerId],
  );
}
