import type { BucketGroup, Item } from './model.ts';
import { BucketSection } from './BucketSection.tsx';
import { TileTooltip } from './TileTooltip.tsx';
import { useTileNavigation } from './use-tile-navigation.ts';
import { useTileTooltip } from './use-tile-tooltip.ts';
import type { InventorySearch } from './search/use-inventory-search.ts';

type GridSearch = Pick<InventorySearch, 'matching' | 'hideNonMatching' | 'sort'>;

interface BucketGridProps {
  groups: BucketGroup[];
  itemHref: (item: Item) => string;
  /** What the search matched (the rest dimmed, or left out with `hideNonMatching`) and the order within buckets. */
  search?: GridSearch;
  /** Names under the tiles' pictures, where pictures alone do not tell items apart. */
  captions?: boolean;
}

const noSearch: GridSearch = { matching: null, hideNonMatching: false, sort: null };

/** Bucket groups (Weapons, Armor, …) in order, each a responsive grid of its buckets. */
export function BucketGrid({ groups, itemHref, search = noSearch, captions = false }: BucketGridProps) {
  const { matching, hideNonMatching, sort } = search;
  const openTile = useTileNavigation();
  const tooltip = useTileTooltip(groups);
  if (groups.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-700 p-10 text-center text-slate-400">
        This inventory is empty.
      </p>
    );
  }
  // A search that hides what it rejects hides a whole group when none of its buckets has a match.
  const shown =
    matching && hideNonMatching
      ? groups.filter((group) => group.buckets.some((bucket) => matching.get(bucket)?.size))
      : groups;
  if (shown.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-700 p-10 text-center text-slate-400">
        Nothing matches this search.
      </p>
    );
  }
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- delegation: the clicks come from the tile links inside, which keys activate too
    <div onClick={openTile} {...tooltip.handlers}>
      <TileTooltip target={tooltip.target} />
      <div className="space-y-8">
        {shown.map((group) => (
          <div key={group.id}>
            <h2 className="mb-3 border-b border-slate-800 pb-1 text-lg font-semibold text-slate-100">{group.name}</h2>
            {/* Captioned tiles are half as wide again: two buckets a row, not three. */}
            <div className={`grid grid-cols-1 gap-3 md:grid-cols-2 ${captions ? '' : 'xl:grid-cols-3'}`}>
              {group.buckets.map((bucket) => (
                <BucketSection
                  key={bucket.id}
                  bucket={bucket}
                  itemHref={itemHref}
                  matching={matching?.get(bucket) ?? null}
                  hideNonMatching={hideNonMatching}
                  sort={sort}
                  captioned={captions}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
