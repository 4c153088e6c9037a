import { memo, useId, useMemo, type Key } from 'react';
import { useCompareScope } from './compare/compare-scope.ts';
import type { Bucket, Item } from './model.ts';
import { formatNumber } from './item-label.ts';
import { ItemTile } from './ItemTile.tsx';
import type { BucketMatches } from './search/bucket-matches.ts';
import type { ItemComparator } from './sort-items.ts';
import { useRovingTiles } from './use-roving-tiles.ts';
import { VirtualTileRows } from './VirtualTileRows.tsx';

interface BucketSectionProps {
  bucket: Bucket;
  itemHref: (item: Item) => string;
  /** The bucket's items the search matched; null when nothing filters. */
  matching: BucketMatches | null;
  hideNonMatching: boolean;
  sort: ItemComparator | null;
  /** Tiles show their names under their pictures. */
  captioned?: boolean;
}

/** Past this many tiles a bucket takes the full width and draws only the rows on screen. */
export const VIRTUAL_FROM = 120;

/** A bucket: a section named by its heading, the equipped item first and set apart; one tab stop, then the arrow keys. */
export const BucketSection = memo(function BucketSection({
  bucket,
  itemHref,
  matching,
  hideNonMatching,
  sort,
  captioned = false,
}: BucketSectionProps) {
  const headingId = useId();
  const roving = useRovingTiles();
  // From context, so every grid of the page (one per character, the vault) chooses alike.
  const compare = useCompareScope();
  const chooseIn = compare?.choosing ? compare.path : undefined;
  // Sorting is the costly part on a big vault and does not change while someone types: kept apart from matching.
  const [equipped, rest] = useMemo(() => {
    const unequipped = bucket.items.filter((item) => !item.isEquipped);
    return [bucket.items.filter((item) => item.isEquipped), sort ? unequipped.sort(sort) : unequipped];
  }, [bucket.items, sort]);
  const hiding = matching !== null && hideNonMatching;
  const shownEquipped = hiding ? equipped.filter((item) => matching.has(item)) : equipped;
  const shownRest = useMemo(
    () => (hiding ? rest.filter((item) => matching.has(item)) : rest),
    [hiding, rest, matching],
  );
  // A search that hides what it rejects hides buckets left with nothing to show, too.
  if (hiding && matching.size === 0) return null;
  const tile = (item: Item, key: Key = item.key, pictured = true) => (
    <ItemTile
      key={key}
      pictured={pictured}
      item={item}
      href={itemHref(item)}
      dimmed={matching !== null && !matching.has(item)}
      chooseIn={chooseIn}
      chosen={chooseIn !== undefined && item.instanceId !== null && compare!.chosen.has(item.instanceId)}
      captioned={captioned}
    />
  );
  const virtual = shownRest.length > VIRTUAL_FROM;
  return (
    // The keys come from the tiles inside (links or buttons); the section only listens as they bubble.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      ref={roving.ref}
      aria-labelledby={headingId}
      onFocus={roving.onFocus}
      onKeyDown={roving.onKeyDown}
      className={`rounded-lg border border-slate-800 bg-slate-900/60 p-3 ${virtual ? 'col-span-full' : ''}`}
    >
      <header className="mb-2 flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold tracking-wide text-slate-200 uppercase">
          {bucket.name}
        </h3>
        <span className="text-xs text-slate-400 tabular-nums">
          {matching && `${formatNumber(matching.size)} of `}
          {formatNumber(bucket.items.length)}
          {bucket.capacity ? ` / ${bucket.capacity}` : ''}
        </span>
      </header>
      {bucket.items.length === 0 ? (
        <p className="py-3 text-sm text-slate-400">Nothing here.</p>
      ) : (
        <div className="flex gap-3">
          {shownEquipped.length > 0 && (
            <div className="flex shrink-0 flex-col gap-2 border-r border-slate-700 pr-3">
              {shownEquipped.map((item) => tile(item))}
            </div>
          )}
          {virtual ? (
            <VirtualTileRows items={shownRest} tile={tile} onDrawn={roving.sync} captioned={captioned} />
          ) : (
            <div className="flex flex-wrap content-start gap-2">{shownRest.map((item) => tile(item))}</div>
          )}
        </div>
      )}
    </section>
  );
});
