import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BucketGroup, Inventory, InventorySource } from '../../inventory/model.ts';
import type { DestinyCharacter } from './adapt-account.ts';
import { destinyQueries } from './queries.ts';

export interface AccountInventory {
  /** Every character (in the account's order), then the vault when the answer has one. */
  sources: InventorySource[];
  /** The account or some character's inventory is still on its way. */
  isPending: boolean;
  /** Calls that failed, each with its own retry; what did load is still in `sources`. */
  failures: { label: string; error: unknown; retry: () => void }[];
}

const noCharacters: DestinyCharacter[] = [];

/** The vault's source id: no character id is a word. */
export const VAULT_SOURCE_ID = 'vault';

/** Structurally shared by the query library, so the sources below are rebuilt only when an inventory changes. */
const combineInventories = (results: UseQueryResult<Inventory>[]) => ({
  groups: results.map((result): BucketGroup[] | undefined => result.data?.groups),
  pending: results.some((result) => result.isPending),
  errors: results.map((result) => (result.isError ? { error: result.error, retry: result.refetch } : null)),
});

/** The whole account's items, one source per character and the vault: what the account view, compare and the organizer read. */
export function useAccountInventory(membershipType: number, membershipId: string): AccountInventory {
  const account = useQuery(destinyQueries.account(membershipType, membershipId));
  const characters = account.data?.characters ?? noCharacters;
  const inventories = useQueries({
    queries: characters.map((character) =>
      destinyQueries.inventory(membershipType, membershipId, character.characterId),
    ),
    combine: combineInventories,
  });
  const vault = account.data?.vault;
  const sources = useMemo(() => {
    const list: InventorySource[] = [];
    characters.forEach((character, index) => {
      const groups = inventories.groups[index];
      if (groups) list.push({ id: character.characterId, label: character.className, groups });
    });
    if (vault) list.push({ id: VAULT_SOURCE_ID, label: 'Vault', groups: vault.inventory.groups });
    return list;
  }, [characters, inventories.groups, vault]);
  const failures: AccountInventory['failures'] = [];
  if (account.isError) failures.push({ label: 'Account', error: account.error, retry: () => account.refetch() });
  inventories.errors.forEach((failure, index) => {
    if (failure)
      failures.push({ label: characters[index]!.className, error: failure.error, retry: () => failure.retry() });
  });
  return { sources, isPending: account.isPending || inventories.pending, failures };
}
