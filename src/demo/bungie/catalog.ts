/** Every item we define, looked up by hash or by bucket. */

import { armorCatalog } from './catalog-armor.ts';
import { bounties, questSteps } from './catalog-contracts.ts';
import { cosmeticCatalog } from './catalog-cosmetics.ts';
import type { CatalogItem } from './catalog-item.ts';
import { consumables, materials, missionItems, salvage } from './catalog-supplies.ts';
import { weaponCatalog } from './catalog-weapons.ts';
import { bucketTable } from './buckets.ts';
import { currencies } from './currencies.ts';
import { ANY_CLASS } from './guardian-types.ts';
import { statTable } from './stats.ts';
import { UNSET_HASH } from './unset-hash.ts';

export const catalog: readonly CatalogItem[] = [
  ...weaponCatalog,
  ...armorCatalog,
  ...cosmeticCatalog,
  ...materials,
  ...consumables,
  ...missionItems,
  ...bounties,
  ...questSteps,
  salvage,
  ...currencies.map((currency) => currency.item),
];

const byHash = new Map<number, CatalogItem>();
const reserved = new Set([0, UNSET_HASH, ...bucketTable.map((b) => b.hash), ...statTable.map((s) => s.hash)]);
for (const item of catalog) {
  // Invented hashes come from FNV of our names; a clash would silently merge two definitions.
  if (byHash.has(item.hash) || reserved.has(item.hash)) throw new Error(`item hash clash: ${item.name}`);
  byHash.set(item.hash, item);
}

export function catalogItem(hash: number): CatalogItem {
  const item = byHash.get(hash);
  if (!item) throw new Error(`unknown item ${hash}`);
  return item;
}

const pools = new Map<string, CatalogItem[]>();

/** Items that may sit in `bucketHash` on a character of `classType`. */
export function itemsForBucket(bucketHash: number, classType: number): CatalogItem[] {
  const key = `${bucketHash}:${classType}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = catalog.filter(
      (item) => item.bucketHash === bucketHash && (item.classType === ANY_CLASS || item.classType === classType),
    );
    pools.set(key, pool);
  }
  return pool;
}
