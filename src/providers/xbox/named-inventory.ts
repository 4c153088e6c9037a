import type { Bucket, BucketGroup } from '../../inventory/model.ts';
import type { Catalog, CatalogProduct } from './adapt-catalog.ts';
import type { XboxInventory } from './adapt-inventory.ts';
import { namedItem, storeProductId } from './named-items.ts';

/** One bucket as last named. */
interface NamedBucket {
  /** The bucket as grouped. */
  source: Bucket;
  /** Its named form: the source itself while the catalog names none of its items. */
  named: Bucket;
  /** Where each Store product's items are in the bucket, for the answer that names them. */
  places: Map<string, number[]>;
}

/** The bucket is the one named before with items added at its end (as a loading inventory's are). */
const grewFrom = (before: Bucket, bucket: Bucket) =>
  bucket === before ||
  (bucket.items.length >= before.items.length && before.items.every((item, index) => bucket.items[index] === item));

function nameBucket(
  last: NamedBucket | undefined,
  bucket: Bucket,
  names: Catalog,
  answered: readonly string[],
): NamedBucket {
  const grown = last !== undefined && grewFrom(last.source, bucket);
  const places = grown ? last.places : new Map<string, number[]>();
  let items = grown ? last.named.items : [];
  // The named items given out before never change: they are copied at the first change.
  let owned = !grown;
  const own = () => {
    if (!owned) items = items.slice();
    owned = true;
    return items;
  };
  let renamed = grown && last.named !== last.source;
  for (const id of answered) {
    for (const index of places.get(id) ?? []) {
      const item = namedItem(bucket.items[index]!, names.get(id));
      if (item === items[index]) continue;
      own()[index] = item;
      renamed = true;
    }
  }
  for (let index = grown ? last.source.items.length : 0; index < bucket.items.length; index++) {
    const source = bucket.items[index]!;
    const id = storeProductId(source);
    const item = id === null ? source : namedItem(source, names.get(id));
    own().push(item);
    if (item !== source) renamed = true;
    if (id === null) continue;
    const at = places.get(id);
    if (at) at.push(index);
    else places.set(id, [index]);
  }
  const unchanged = grown && !owned && bucket === last.source;
  return { source: bucket, named: unchanged ? last.named : renamed ? { ...bucket, items } : bucket, places };
}

const extendsAnswers = (before: readonly Catalog[], answers: readonly Catalog[]) =>
  before.length <= answers.length && before.every((answer, index) => answers[index] === answer);

/**
 * Names an inventory with the catalog's answers, as both grow: each call names the items added
 * since the last call, and the items of the products answered since, not every item again (a
 * 10,000-entitlement inventory is named anew every 1.5 s while it loads). Unchanged buckets keep
 * their identity; with no names at all, the inventory is given back as it is. Answers that are
 * not the last ones plus more (batches dropped) start it over.
 */
export function inventoryNamer(): <T extends XboxInventory>(inventory: T, answers: readonly Catalog[]) => T {
  let answeredBefore: readonly Catalog[] = [];
  let names = new Map<string, CatalogProduct>();
  let buckets = new Map<string, NamedBucket>();
  let last: { inventory: XboxInventory; answers: readonly Catalog[]; named: XboxInventory } | null = null;
  return <T extends XboxInventory>(inventory: T, answers: readonly Catalog[]): T => {
    if (last?.inventory === inventory && last.answers === answers) return last.named as T;
    const grown = extendsAnswers(answeredBefore, answers);
    if (!grown) {
      names = new Map();
      buckets = new Map();
    }
    // The products answered since the last call, whose items named before may now be renamed.
    const answered: string[] = [];
    for (const answer of answers.slice(grown ? answeredBefore.length : 0))
      for (const [id, product] of answer) {
        names.set(id, product);
        if (grown) answered.push(id);
      }
    answeredBefore = answers;
    const next = new Map<string, NamedBucket>();
    let changed = false;
    // Xbox inventories have one group, so a bucket's id names it.
    const groups = inventory.groups.map((group): BucketGroup => ({
      ...group,
      buckets: group.buckets.map((bucket) => {
        const state = nameBucket(buckets.get(bucket.id), bucket, names, answered);
        next.set(bucket.id, state);
        if (state.named !== bucket) changed = true;
        return state.named;
      }),
    }));
    buckets = next;
    const named = changed ? { ...inventory, groups } : inventory;
    last = { inventory, answers, named };
    return named;
  };
}
