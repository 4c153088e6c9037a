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

// Each bucket's last answer, to hand back while a query matches the same items: the grid's
// memoised sections then skip the buckets a keystroke left as they were.
const lastAnswers = new WeakMap<Bucket, { flags: Uint8Array; matches: BucketMatches }>();
// The flags of the bucket being matched; copied only when they differ from its last answer.
let scratch = new Uint8Array(0);

/**
 * Runs a query over a bucket, keeping a flag per item rather than a Set of the matches: typing runs
 * the query over every item of a vault at each keystroke, and the Sets were the largest part of
 * the garbage whose collections made the slowest keystrokes. The same matches come back as the
 * same object.
 */
export function matchBucket(bucket: Bucket, matches: ItemPredicate): BucketMatches {
  const { items, name } = bucket;
  if (scratch.length < items.length) scratch = new Uint8Array(items.length);
  let size = 0;
  for (let index = 0; index < items.length; index++) {
    const matched = matches(items[index]!, name);
    scratch[index] = matched ? 1 : 0;
    if (matched) size++;
  }
  const last = lastAnswers.get(bucket);
  if (last && sameFlags(last.flags, scratch)) return last.matches;
  const flags = scratch.slice(0, items.length);
  // Looked up at the first question, once: hiding asks about every item of the bucket.
  let at: Map<Item, number> | undefined;
  const answer: BucketMatches = {
    size,
    has: (item) => {
      const index = (at ??= positionsIn(bucket)).get(item);
      return index !== undefined && flags[index] === 1;
    },
  };
  lastAnswers.set(bucket, { flags, matches: answer });
  return answer;
}

/** The bucket's last flags against the first as many of the new ones. */
function sameFlags(last: Uint8Array, next: Uint8Array): boolean {
  for (let index = 0; index < last.length; index++) if (last[index] !== next[index]) return false;
  return true;
}
