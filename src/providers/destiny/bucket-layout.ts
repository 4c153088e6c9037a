/**
 * Where each Destiny 1 bucket is shown: the game's own grouping and order (character screen
 * first, then inventory, then progress). Bucket hashes are part of the format, stable across
 * every server that speaks it.
 */
export interface BucketGroupLayout {
  id: 'weapons' | 'armor' | 'general' | 'progress';
  name: string;
  buckets: readonly number[];
}

export const bucketGroupLayout: readonly BucketGroupLayout[] = [
  { id: 'weapons', name: 'Weapons', buckets: [3284755031, 1498876634, 2465295065, 953998645] },
  {
    id: 'armor',
    name: 'Armor',
    buckets: [3448274439, 3551918588, 14239492, 20886954, 1585787867, 434908299, 4023194814],
  },
  {
    id: 'general',
    name: 'General',
    buckets: [
      2025709351, 3796357825, 284967655, 2973005342, 4274335291, 3054419239, 1469714392, 3865314626, 3313201758,
    ],
  },
  { id: 'progress', name: 'Progress', buckets: [2197472680, 1801258597, 375726501, 215593132, 3161908920, 1367666825] },
];

/** BucketCategory values (reference enum) that decide where an unknown bucket falls. */
const CATEGORY_INVISIBLE = 0;

/** Group and position for a bucket; buckets we have no place for go by category to the end of a group. */
export function placeBucket(
  bucketHash: number,
  category: number | undefined,
): { groupId: BucketGroupLayout['id']; rank: number } {
  for (const group of bucketGroupLayout) {
    const rank = group.buckets.indexOf(bucketHash);
    if (rank >= 0) return { groupId: group.id, rank };
  }
  return { groupId: category === CATEGORY_INVISIBLE ? 'progress' : 'general', rank: Number.MAX_SAFE_INTEGER };
}
