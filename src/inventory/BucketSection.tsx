import { memo, useId } from 'react';
import type { Bucket, Item } from './model.ts';
import { ItemTile } from './ItemTile.tsx';
import type { ItemPredicate } from './search/compile-query.ts';
import type { ItemComparator } from './sort-items.ts';

interface BucketSectionProps {
  bucket: Bucket;
  itemHref: (item: Item) => string;
  matches: ItemPredicate | null;
  hideNonMatching: boolean;
  sort: ItemComparator | null;
}

/** A bucket: a section named by its heading, the equipped item first and set apart. */
export const BucketSection = memo(function BucketSection({ bucket, itemHref, matches, hideNonMatching, sort }: BucketSectionProps) {
  const headingId = useId();
  const matching = matches ? new Set(bucket.items.filter((item) => matches(item, bucket.name))) : null;
  const shown = matching && hideNonMatching ? bucket.items.filter((item) => matching.has(item)) : bucket.items;
  // A search that hides what it rejects hides buckets left with nothing to show, too.
  if (matching && hideNonMatching && shown.length === 0) return null;
  const equipped = shown.filter((item) => item.isEquipped);
  const unequipped = shown.filter((item) => !item.isEquipped);
  const rest = sort ? unequipped.sort(sort) : unequipped;
  const tile = (item: Item) => <ItemTile key={item.key} item={item} href={itemHref(item)} dimmed={matching !== null && !matching.has(item)} />;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-800 bg-slate-900/60 p-3">
      <header className="mb-2 flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold tracking-wide text-slate-200 uppercase">
          {bucket.name}
        </h3>
        <span className="text-xs text-slate-500 tabular-nums">
          {matching && `${matching.size} of `}
          {bucket.items.length}
          {bucket.capacity ? ` / ${bucket.capacity}` : ''}
        </span>
      </header>
      {bucket.items.length === 0 ? (
        <p className="py-3 text-sm text-slate-500">Nothing here.</p>
      ) : (
        <div className="flex gap-3">
          {equipped.length > 0 && (
            <div className="flex shrink-0 flex-col gap-2 border-r border-slate-700 pr-3">
              {equipped.map(tile)}
            </div>
          )}
          <div className="flex flex-wrap content-start gap-2">
            {rest.map(tile)}
          </div>
        </div>
      )}
    </section>
  );
});
