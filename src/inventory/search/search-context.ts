import type { BucketGroup, Item } from '../model.ts';
import type { ContextKeyword } from './search-keywords.ts';

/**
 * What `is:dupe` and `is:maxpower` ask about every item searched at once. Made once per set of
 * groups (not per keystroke), and each answer only when a query first asks for it: a page that is
 * never searched for duplicates never counts them.
 */
export type SearchContext = Record<ContextKeyword, () => ReadonlySet<Item>>;

function* itemsOf(groups: readonly BucketGroup[]) {
  for (const group of groups)
    for (const bucket of group.buckets) for (const item of bucket.items) yield { bucket, item };
}

/** Items whose definition is there more than once, anywhere in the groups. */
function findDupes(groups: readonly BucketGroup[]): Set<Item> {
  const first = new Map<string, Item>();
  const dupes = new Set<Item>();
  for (const { item } of itemsOf(groups)) {
    const earlier = first.get(item.definitionId);
    if (earlier === undefined) {
      first.set(item.definitionId, item);
    } else {
      dupes.add(earlier);
      dupes.add(item);
    }
  }
  return dupes;
}

/**
 * Items with the highest headline stat among the buckets of their bucket's id across the groups (a
 * character's helmets and the vault's, say); ties all count, an item without the stat never does.
 */
function findMaxPower(groups: readonly BucketGroup[]): Set<Item> {
  const best = new Map<string, number>();
  for (const { bucket, item } of itemsOf(groups)) {
    if (!item.primaryStat) continue;
    const value = item.primaryStat.value;
    if (value > (best.get(bucket.id) ?? -Infinity)) best.set(bucket.id, value);
  }
  const found = new Set<Item>();
  for (const { bucket, item } of itemsOf(groups))
    if (item.primaryStat && item.primaryStat.value === best.get(bucket.id)) found.add(item);
  return found;
}

export function createSearchContext(groups: readonly BucketGroup[]): SearchContext {
  let dupes: Set<Item> | undefined;
  let maxPower: Set<Item> | undefined;
  return {
    dupe: () => (dupes ??= findDupes(groups)),
    maxpower: () => (maxPower ??= findMaxPower(groups)),
  };
}
