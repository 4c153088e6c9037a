import { BucketHash } from './bucket-table.ts';

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
  {
    id: 'weapons',
    name: 'Weapons',
    buckets: [BucketHash.Subclass, BucketHash.PrimaryWeapons, BucketHash.SpecialWeapons, BucketHash.HeavyWeapons],
  },
  {
    id: 'armor',
    name: 'Armor',
    buckets: [
      BucketHash.Helmet,
      BucketHash.Gauntlets,
      BucketHash.ChestArmor,
      BucketHash.LegArmor,
      BucketHash.ClassArmor,
      BucketHash.Artifacts,
      BucketHash.Ghost,
    ],
  },
  {
    id: 'general',
    name: 'General',
    buckets: [
      BucketHash.Vehicle,
      BucketHash.SparrowHorn,
      BucketHash.Ships,
      BucketHash.Shaders,
      BucketHash.Emblems,
      BucketHash.Emotes,
      BucketHash.Consumables,
      BucketHash.Materials,
      BucketHash.Ornaments,
    ],
  },
  {
    id: 'progress',
    name: 'Progress',
    buckets: [
      BucketHash.Bounties,
      BucketHash.Quests,
      BucketHash.Mission,
      BucketHash.LostItems,
      BucketHash.Messages,
      BucketHash.SpecialOrders,
    ],
  },
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
