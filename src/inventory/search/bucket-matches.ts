import type { Bucket, Item } from '../model.ts';
import type { ItemPredicate } from './compile-query.ts';

/** What a query matched in one bucket, as the grid asks about it. A `Set<Item>` is one too. */
export interface BucketMatches {
  readonly size: number;
  has(item: Item): boolean;
}

// Each item's place in its bucket, made once per bucket and shared by every query's matches.
const positions = new WeakMap<Bucket, Map<Item, number>>();
function positionsIn(bucket: Bucket): Map<Item, number> {
  let at = positions.get(bucket);
  if (!at) {
    at = new Map(bucket.items.map((item, index) => [item, index]));
    positions.set(bucket, at);
  }
  return at;
}

/**
 * Runs a query over a bucket, keeping a flag per item rather than a Set of the matches: typing runs
 * the query over every item of a vault at each keystroke, and the Sets were the largest part of
 * the garbage whose collections made the slowest keystrokes.
 */
export function matchBucket(bucket: Bucket, matches: ItemPredicate): BucketMatches {
  const { items, name } = bucket;
  const flags = new Uint8Array(items.length);
  let size = 0;
  for (let index = 0; index < items.length; index++) {
    if (matches(items[index]!, name)) {
      flags[index] = 1;
      size++;
    }
  }
  // Looked up at the first question, once: hiding asks about every item of the bucket.
  let at: Map<Item, number> | undefined;
  return {
    size,
    has: (item) => {
      const index = (at ??= positionsIn(bucket)).get(item);
      return index !== undefined && flags[index] === 1;
    },
  };
}
