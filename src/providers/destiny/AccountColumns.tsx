import { useCallback } from 'react';
import type { InventorySource, Item } from '../../inventory/model.ts';
import type { InventorySearch } from '../../inventory/search/use-inventory-search.ts';
import { SourceColumns } from '../../inventory/SourceColumns.tsx';
import type { DestinyAccount } from './adapt-account.ts';
import { CharacterCard } from './CharacterCard.tsx';
import { useAccountItemHref } from './use-account-item-href.ts';
import { VAULT_SOURCE_ID, type SourceFailure } from './use-account-inventory.ts';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import { VaultHeader } from './VaultHeader.tsx';

interface AccountColumnsProps {
  account: DestinyAccount;
  sources: InventorySource[];
  search: Pick<InventorySearch, 'matching' | 'hideNonMatching' | 'sort'>;
  /** A character's inventory page, with whatever the person has searched for. */
  characterHref: (characterId: string) => string;
  loading: ReadonlySet<string>;
  failures: SourceFailure[];
}

/** Every character and the vault side by side, each headed by its card. */
export function AccountColumns({ account, sources, search, characterHref, loading, failures }: AccountColumnsProps) {
  const { characters, vault } = account;
  const accountHref = useAccountItemHref(account);
  const itemHref = useCallback((item: Item, source: InventorySource) => accountHref(item, source.id), [accountHref]);
  const headerFor = (source: InventorySource) => {
    if (source.id === VAULT_SOURCE_ID) return <VaultHeader space={vault?.space ?? []} />;
    const character = characters.find((candidate) => candidate.characterId === source.id);
    const failure = failures.find((candidate) => candidate.sourceId === source.id);
    return (
      character && (
        <div className="space-y-2">
          <CharacterCard character={character} href={characterHref(character.characterId)} />
          {loading.has(source.id) && (
            <div aria-busy="true" aria-label={`Loading the ${character.className}'s inventory`} className="space-y-2">
              <div className="h-24 animate-pulse rounded-lg bg-slate-800" />
              <div className="h-24 animate-pulse rounded-lg bg-slate-800" />
            </div>
          )}
          {failure && <ErrorPanel compact error={failure.error} errorKey={failure.errorKey} onRetry={failure.retry} />}
        </div>
      )
    );
  };
  return <SourceColumns sources={sources} headerFor={headerFor} itemHref={itemHref} search={search} />;
}
