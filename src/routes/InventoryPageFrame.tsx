import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useFirstScreenHandOff } from '../first-screen/first-screen-hand-off.ts';
import { BucketGrid } from '../inventory/BucketGrid.tsx';
import { BucketGridSkeleton } from '../inventory/BucketGridSkeleton.tsx';
import { CurrencySection } from '../inventory/CurrencySection.tsx';
import type { BucketGroup, Currency, InventorySource, Item, ProviderId } from '../inventory/model.ts';
import { organizerFileName } from '../inventory/organizer/organizer-csv.ts';
import { OrganizerTable } from '../inventory/organizer/OrganizerTable.tsx';
import { InventoryViewBar } from '../inventory/InventoryViewBar.tsx';
import { useInventoryView } from '../inventory/organizer/use-organizer-params.ts';
import { SearchBox } from '../inventory/SearchBox.tsx';
import type { InventorySearch } from '../inventory/search/use-inventory-search.ts';
import { Breadcrumbs, type Crumb } from '../ui/Breadcrumbs.tsx';
import { DataAge } from '../ui/DataAge.tsx';
import { DemoBadge } from '../ui/DemoBadge.tsx';
import { QueryError } from '../ui/QueryError.tsx';
import { ShareLink } from '../ui/ShareLink.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { useProviderMode } from '../use-provider-mode.ts';
import { providerOrganizerColumns } from './organizer-columns.ts';

/** What the frame reads of the page's inventory query: its data, its age and its failure. */
type InventoryQuery = Pick<
  UseQueryResult<unknown>,
  'data' | 'dataUpdatedAt' | 'isPending' | 'isFetching' | 'isError' | 'error' | 'errorUpdatedAt' | 'refetch'
>;

interface InventoryPageFrameProps {
  provider: ProviderId;
  crumbs: Crumb[];
  heading: string;
  /** After the heading in the tab's title: whose inventory (a player's name, a provider). */
  titleContext?: string | null;
  /** Under the heading: whose inventory this is. */
  byline?: ReactNode;
  /** Beside the demo mark; by default how old the inventory is, with Refresh, and Copy link. */
  actions?: ReactNode;
  /** Between the heading and the inventory: other characters, filters. */
  navigation?: ReactNode;
  inventory: InventoryQuery;
  /** The way back offered when the inventory fails. */
  errorActions?: ReactNode;
  /** Once loaded: a notice above the currencies, a filter below them. */
  notice?: ReactNode;
  currencies?: Currency[];
  filter?: ReactNode;
  groups: BucketGroup[];
  /** Whose items these are, as the organizer's Location column says it (the character's name). */
  sourceLabel?: string;
  search: InventorySearch;
  itemHref: (item: Item) => string;
  /** The grid's tiles show their names (see BucketGrid). */
  tileCaptions?: boolean;
  /** Below the grid. */
  footer?: ReactNode;
}

/** Every provider's inventory page: heading, demo mark, data age, error, skeleton, currencies, search, grid or organizer. */
export function InventoryPageFrame(props: InventoryPageFrameProps) {
  const { inventory, groups, search, sourceLabel = 'Inventory' } = props;
  const view = useInventoryView();
  const sources = useMemo<InventorySource[]>(
    () => [{ id: 'inventory', label: sourceLabel, groups }],
    [sourceLabel, groups],
  );
  usePageTitle(props.heading, props.titleContext);
  const demo = useProviderMode(props.provider) === 'demo';
  const loaded = inventory.data !== undefined;
  useFirstScreenHandOff(!inventory.isPending);
  const dataAge = loaded && (
    <DataAge
      updatedAt={inventory.dataUpdatedAt}
      refreshing={inventory.isFetching}
      onRefresh={() => inventory.refetch()}
    />
  );

  return (
    <div className="space-y-3 sm:space-y-6">
      <Breadcrumbs crumbs={props.crumbs} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-slate-50">{props.heading}</h1>
          {props.byline && <p className="text-sm text-slate-400">{props.byline}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          {demo && <DemoBadge />}
          {props.actions ?? (
            <>
              {dataAge}
              <ShareLink title={props.titleContext ? `${props.heading} · ${props.titleContext}` : props.heading} />
            </>
          )}
        </div>
      </div>
      {props.navigation}
      <QueryError query={inventory} actions={props.errorActions} />
      {inventory.isPending && <BucketGridSkeleton />}
      {loaded && (
        <>
          {props.notice}
          {props.currencies && <CurrencySection currencies={props.currencies} />}
          {props.filter}
          <SearchBox provider={props.provider} groups={groups} search={search} gridControls={view === 'grid'} />
          <InventoryViewBar view={view} />
          {view === 'organizer' ? (
            <OrganizerTable
              sources={sources}
              search={search}
              itemHref={props.itemHref}
              extraColumns={providerOrganizerColumns[props.provider]}
              fileName={organizerFileName(props.provider, new Date())}
            />
          ) : (
            <BucketGrid groups={groups} itemHref={props.itemHref} search={search} captions={props.tileCaptions} />
          )}
          {props.footer}
        </>
      )}
    </div>
  );
}
