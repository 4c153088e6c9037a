import type { Bucket, Inventory, Item, ItemDetail } from './model.ts';

function* bucketsOf(inventory: Inventory) {
  for (const group of inventory.groups) yield* group.buckets;
}

/** The item equipped in a bucket, to compare another item of that bucket with. */
export function equippedIn(inventory: Inventory, bucketId: string | null): Item | null {
  for (const bucket of bucketsOf(inventory)) {
    if (bucket.id === bucketId) return bucket.items.find((item) => item.isEquipped) ?? null;
  }
  return null;
}

/** The bucket holding an item, for item pages whose own answer does not say where it is kept. */
export function bucketHolding(inventory: Inventory, key: string): Bucket | null {
  for (const bucket of bucketsOf(inventory)) if (bucket.items.some((item) => item.key === key)) return bucket;
  return null;
}

/**
 * A non-instanced stack (materials, consumables) has no page of its own at the provider: what the
 * inventory knows is all there is, so its page is built from that.
 */
export function stackDetail(inventory: Inventory, definitionId: string): ItemDetail | null {
  for (const bucket of bucketsOf(inventory)) {
    const item = bucket.items.find(
      (candidate) => candidate.instanceId === null && candidate.definitionId === definitionId,
    );
    if (item)
      return { item, bucketId: bucket.id, bucketName: bucket.name, stats: [], perks: [], equipBlockers: [], notes: [] };
  }
  return null;
}
