import { useMemo } from 'react';
import type { InventorySource, Item } from '../inventory/model.ts';
import { organizerFileName } from '../inventory/organizer/organizer-csv.ts';
import { OrganizerTable } from '../inventory/organizer/OrganizerTable.tsx';
import { InventoryViewBar } from '../inventory/InventoryViewBar.tsx';
import { useInventoryView } from '../inventory/organizer/use-organizer-params.ts';
import { SearchBox } from '../inventory/SearchBox.tsx';
import { useInventorySearch } from '../inventory/search/use-inventory-search.ts';
import type { DestinyAccount } from '../providers/destiny/adapt-account.ts';
import { AccountColumns } from '../providers/destiny/AccountColumns.tsx';
import type { SourceFailure } from '../providers/destiny/use-account-inventory.ts';
import { useAccountItemHref } from '../providers/destiny/use-account-item-href.ts';
import { providerOrganizerColumns } from './organizer-columns.ts';

interface DestinyAccountItemsProps {
  account: DestinyAccount;
  sources: InventorySource[];
  loading: ReadonlySet<string>;
  failures: SourceFailure[];
  characterHref: (characterId: string) => string;
}

/** Everything the account holds, searched as one: columns side by side, or the organizer's table of all of it. */
export function DestinyAccountItems({ account, sources, loading, failures, characterHref }: DestinyAccountItemsProps) {
  const groups = useMemo(() => sources.flatMap((source) => source.groups), [sources]);
  const search = useInventorySearch(groups, 'destiny');
  const view = useInventoryView();
  const accountHref = useAccountItemHref(account);
  // The table's rows are items alone: where each is kept is looked up once, when a link is first drawn.
  const organizerHref = useMemo(() => {
    let sourceOf: Map<Item, string> | undefined;
    return (item: Item) => {
      sourceOf ??= new Map(
        sources.flatMap((source) =>
          source.groups.flatMap((group) =>
            group.buckets.flatMap((bucket) => bucket.items.map((entry) => [entry, source.id] as const)),
          ),
        ),
      );
      return accountHref(item, sourceOf.get(item) ?? '');
    };
  }, [sources, accountHref]);

  return (
    <>
      <SearchBox provider="destiny" groups={groups} search={search} gridControls={view === 'grid'} />
      <InventoryViewBar view={view} />
      {view === 'organizer' ? (
        <OrganizerTable
          sources={sources}
          search={search}
          itemHref={organizerHref}
          extraColumns={providerOrganizerColumns.destiny}
          fileName={organizerFileName('destiny', new Date())}
        />
      ) : (
        <AccountColumns
          account={account}
          sources={sources}
          search={search}
          loading={loading}
          failures={failures}
          characterHref={characterHref}
        />
      )}
    </>
  );
}
