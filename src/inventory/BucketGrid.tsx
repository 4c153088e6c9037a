import type { BucketGroup, Item } from './model.ts';
import { BucketSection } from './BucketSection.tsx';
import type { ItemPredicate } from './search/compile-query.ts';
import type { ItemComparator } from './sort-items.ts';

interface BucketGridProps {
  groups: BucketGroup[];
  itemHref: (item: Item) => string;
  /** A search: items it rejects are dimmed, or left out with `hideNonMatching`. */
  matches?: ItemPredicate | null;
  hideNonMatching?: boolean;
  /** The order of each bucket's unequipped items; null keeps the provider's. */
  sort?: ItemComparator | null;
}

/** Bucket groups (Weapons, Armor, …) in order, each a responsive grid of its buckets. */
export function BucketGrid({ groups, itemHref, matches = null, hideNonMatching = false, sort = null }: BucketGridProps) {
  if (groups.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-700 p-10 text-center text-slate-400">This inventory is empty.</p>;
  }
  return (
    <div className="space-y-8">
      {groups.map((group) => (
        <div key={group.id}>
          <h2 className="mb-3 border-b border-slate-800 pb-1 text-lg font-semibold text-slate-100">{group.name}</h2>
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
            {group.buckets.map((bucket) => (
              <BucketSection key={bucket.id} bucket={bucket} itemHref={itemHref} matches={matches} hideNonMatching={hideNonMatching} sort={sort} />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
