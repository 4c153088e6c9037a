import type { Inventory } from '../../inventory/model.ts';
import { adaptCharacterInventory } from './adapt-inventory.ts';
import { bucketGroupLayout } from './bucket-layout.ts';
import { builtInBucketDefinitions } from './bucket-table.ts';
import { emptyDefinitions, type RawAccount } from './schema.ts';

export interface VaultSpace {
  id: string;
  name: string;
  count: number;
  capacity: number | undefined;
}

export interface DestinyVault {
  /** Each item in the bucket it would sit in on a character, so the vault's rows line up with theirs. */
  inventory: Inventory;
  /** The vault's own buckets (weapons, armour, general), each with how full it is. */
  space: VaultSpace[];
}

const characterBuckets = new Set(bucketGroupLayout.flatMap((group) => group.buckets));

/**
 * GetAccount's vault (`inventory.buckets.Item`), or null when the answer has none (a private or
 * partial answer). Items whose own bucket is unknown stay in the vault bucket that holds them.
 */
export function adaptVault(raw: RawAccount): DestinyVault | null {
  const held = raw.data.inventory?.buckets.Item;
  if (!held) return null;
  const definitions = raw.definitions ?? emptyDefinitions;
  const rows = new Map<number, (typeof held)[number]>();
  for (const group of held) {
    for (const item of group.items) {
      const own = definitions.items[item.itemHash]?.bucketTypeHash;
      const row = own !== undefined && characterBuckets.has(own) ? own : group.bucketHash;
      const bucket = rows.get(row) ?? { bucketHash: row, items: [] };
      bucket.items.push(item);
      rows.set(row, bucket);
    }
  }
  const adapted = adaptCharacterInventory({
    data: { buckets: { Item: [...rows.values()] }, currencies: raw.data.inventory?.currencies ?? [] },
    definitions,
  });
  // A character bucket's capacity is not the vault's: the vault's limits are per vault bucket, in `space`.
  const groups = adapted.groups.map((group) => ({
    ...group,
    buckets: group.buckets.map((bucket) => ({ ...bucket, capacity: undefined })),
  }));
  const space = held.map((group) => {
    const known = definitions.buckets[group.bucketHash] ?? builtInBucketDefinitions[group.bucketHash];
    return {
      id: String(group.bucketHash),
      name: known?.bucketName || 'Vault',
      count: group.items.length,
      capacity: known?.itemCount,
    };
  });
  return { inventory: { groups, currencies: adapted.currencies }, space };
}
