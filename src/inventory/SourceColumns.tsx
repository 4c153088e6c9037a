import { useId, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { BucketSection } from './BucketSection.tsx';
import type { InventorySource, Item } from './model.ts';
import type { InventorySearch } from './search/use-inventory-search.ts';
import { alignSourceRows } from './source-rows.ts';
import { TileTooltip } from './TileTooltip.tsx';
import { useTileNavigation } from './use-tile-navigation.ts';
import { useTileTooltip } from './use-tile-tooltip.ts';

interface SourceColumnsProps {
  sources: InventorySource[];
  /** Atop each column: who or what it is (a character's card, the vault's space). */
  headerFor: (source: InventorySource) => ReactNode;
  itemHref: (item: Item, source: InventorySource) => string;
  search: Pick<InventorySearch, 'matching' | 'hideNonMatching' | 'sort'>;
}

/**
 * Sources side by side, one column each (a region named after it), with each bucket's row lined
 * up across the columns (CSS subgrid). On a phone one column shows at a time, chosen by a switch.
 */
export function SourceColumns({ sources, headerFor, itemHref, search }: SourceColumnsProps) {
  const { matching, hideNonMatching, sort } = search;
  const allGroups = useMemo(() => sources.flatMap((source) => source.groups), [sources]);
  const tooltip = useTileTooltip(allGroups);
  const openTile = useTileNavigation();
  const [chosen, setChosen] = useState<string | null>(null);
  const shownId = sources.some((source) => source.id === chosen) ? chosen : (sources[0]?.id ?? null);
  const switchId = useId();
  // A search that hides what it rejects drops a row when no column has a match in it.
  const rows = alignSourceRows(sources).filter(
    (row) => !(matching && hideNonMatching) || row.cells.some((bucket) => bucket && matching.get(bucket)?.size),
  );
  const hrefs = useMemo(() => sources.map((source) => (item: Item) => itemHref(item, source)), [sources, itemHref]);

  return (
    <div className="space-y-3">
      <TileTooltip target={tooltip.target} />
      <div role="group" aria-labelledby={switchId} className="flex flex-wrap items-center gap-1.5 md:hidden">
        <span id={switchId} className="text-sm text-slate-400">
          Show
        </span>
        {sources.map((source) => (
          <button
            key={source.id}
            type="button"
            aria-pressed={source.id === shownId}
            onClick={() => setChosen(source.id)}
            className="min-h-11 rounded-md border border-slate-700 px-2.5 text-sm font-semibold text-slate-200 aria-pressed:border-accent aria-pressed:bg-slate-800"
          >
            {source.label}
          </button>
        ))}
      </div>
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- delegation: the clicks come from the tile links inside, which keys activate too */}
      <div
        onClick={openTile}
        {...tooltip.handlers}
        className="grid grid-cols-1 gap-x-3 gap-y-3 md:grid-cols-[repeat(var(--columns),minmax(0,1fr))]"
        style={{ '--columns': sources.length } as CSSProperties}
      >
        {sources.map((source, column) => (
          <section
            key={source.id}
            aria-label={source.label}
            className={`grid-rows-subgrid gap-y-3 ${source.id === shownId ? 'grid' : 'hidden md:grid'}`}
            style={{ gridRow: `span ${rows.length + 1}` }}
          >
            <div>{headerFor(source)}</div>
            {rows.map((row) => {
              const bucket = row.cells[column];
              // Every cell holds its place, even empty, so the columns' rows stay in line.
              return (
                <div key={row.id} className="min-w-0">
                  {bucket && (
                    <BucketSection
                      bucket={bucket}
                      itemHref={hrefs[column]!}
                      matching={matching?.get(bucket) ?? null}
                      hideNonMatching={hideNonMatching}
                      sort={sort}
                    />
                  )}
                </div>
              );
            })}
          </section>
        ))}
      </div>
    </div>
  );
}
