import { memo, useId } from 'react';
import type { Bucket, Item } from './model.ts';
import { ItemTile } from './ItemTile.tsx';

interface BucketSectionProps {
  bucket: Bucket;
  itemHref: (item: Item) => string;
}

/** A bucket: a section named by its heading, the equipped item first and set apart. */
export const BucketSection = memo(function BucketSection({ bucket, itemHref }: BucketSectionProps) {
  const headingId = useId();
  const equipped = bucket.items.filter((item) => item.isEquipped);
  const rest = bucket.items.filter((item) => !item.isEquipped);
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-800 bg-slate-900/60 p-3">
      <header className="mb-2 flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold tracking-wide text-slate-200 uppercase">
          {bucket.name}
        </h3>
        <span className="text-xs text-slate-500 tabular-nums">
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
              {equipped.map((item) => (
                <ItemTile key={item.key} item={item} href={itemHref(item)} />
              ))}
            </div>
          )}
          <div className="flex flex-wrap content-start gap-2">
            {rest.map((item) => (
              <ItemTile key={item.key} item={item} href={itemHref(item)} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
});
