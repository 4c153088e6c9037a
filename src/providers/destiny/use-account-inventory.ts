import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BucketGroup, Inventory, InventorySource } from '../../inventory/model.ts';
import type { DestinyCharacter } from './adapt-account.ts';
import { destinyQueries } from './queries.ts';

export interface SourceFailure {
  sourceId: string;
  /** The character, named for a person. */
  label: string;
  error: unknown;
  errorKey: unknown;
  retry: () => void;
}

export interface AccountInventory {
  /** Every character (in the account's order), then the vault when the answer has one; a character still loading has no groups yet. */
  sources: InventorySource[];
  /** Sources whose inventory is still on its way. */
  loading: ReadonlySet<string>;
  /** Characters whose inventory failed, each with its own retry; the rest are still in `sources`. */
  failures: SourceFailure[];
  /** The account or some character's inventory is still on its way. */
  isPending: boolean;
}

const noCharacters: DestinyCharacter[] = [];
const noGroups: BucketGroup[] = [];

/** The vault's source id: no character id is a word. */
export const VAULT_SOURCE_ID = 'vault';

/** Structurally shared by the query library, so the sources below are rebuilt only when an inventory changes. */
const combineInventories = (results: UseQueryResult<Inventory>[]) => ({
  groups: results.map((result): BucketGroup[] | undefined => result.data?.groups),
  pending: results.map((result) => result.isPending),
  errors: results.map((result) =>
    result.isError ? { error: result.error, errorKey: result.errorUpdatedAt, retry: result.refetch } : null,
  ),
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
    const list: InventorySource[] = characters.map((character, index) => ({
      id: character.characterId,
      label: character.className,
      groups: inventories.groups[index] ?? noGroups,
    }));
    if (vault) list.push({ id: VAULT_SOURCE_ID, label: 'Vault', groups: vault.inventory.groups });
    return list;
  }, [characters, inventories.groups, vault]);
  const loading = new Set(characters.filter((_, index) => inventories.pending[index]).map((c) => c.characterId));
  const failures: SourceFailure[] = [];
  inventories.errors.forEach((failure, index) => {
    if (failure)
      failures.push({
        sourceId: characters[index]!.characterId,
        label: characters[index]!.className,
        error: failure.error,
        errorKey: failure.errorKey,
        retry: () => failure.retry(),
      });
  });
  return { sources, loading, failures, isPending: account.isPending || loading.size > 0 };
}
