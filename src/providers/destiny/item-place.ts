import { bucketHolding } from '../../inventory/inventory-lookup.ts';
import type { DestinyAccount } from './adapt-account.ts';
import type { DestinyItemRef } from './route-params.ts';

/** The query parameter of a vault item's page naming the character whose equipped item it is compared with. */
export const VERSUS_PARAM = 'vs';
/** A vault stack's link says so (`in=vault`): stacks have no instance id to look up. */
export const IN_PARAM = 'in';

export interface ItemPlace {
  /** The item is kept in the account's vault, not on the character in the link. */
  inVault: boolean;
  /** The character whose equipped item of the same bucket the page compares with. */
  versusId: string;
}

/**
 * Where an item page's item is kept. A vault item's link names any of the account's characters
 * (Bungie reads its details through one); its comparison is with the character the person picks
 * (`?vs=`), the one in the link until then.
 */
export function placeItem(
  ref: DestinyItemRef,
  search: URLSearchParams,
  characterId: string,
  account: DestinyAccount | undefined,
): ItemPlace {
  const vault = account?.vault?.inventory;
  const inVault =
    ref.kind === 'stack'
      ? search.get(IN_PARAM) === 'vault'
      : vault !== undefined && bucketHolding(vault, ref.instanceId) !== null;
  const wanted = search.get(VERSUS_PARAM);
  const known = account?.characters.some((character) => character.characterId === wanted);
  return { inVault, versusId: inVault && wanted && known ? wanted : characterId };
}
