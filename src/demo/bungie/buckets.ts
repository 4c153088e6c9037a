/** The Destiny 1 bucket table: the format's own (shared with the browser adapter) plus what only the demo emits; descriptions are ours. */

import { BucketHash, knownBuckets } from '../../providers/destiny/bucket-table.ts';

export const BucketCategory = { Invisible: 0, Item: 1, Currency: 2, Equippable: 3 } as const;
export type BucketCategoryName = keyof typeof BucketCategory;

/** Group order of `data.buckets` in GetCharacterInventory. */
export const categoryOrder: readonly BucketCategoryName[] = ['Invisible', 'Equippable', 'Item', 'Currency'];

export interface BucketInfo {
  hash: number;
  identifier?: string;
  name?: string;
  description?: string;
  category: number;
  order: number;
  itemCount: number;
  scope: number;
  location: number;
  /** t = hasTransferDestination, e = enabled, f = fifo. */
  flags: string;
}

/** What the demo adds to each bucket of the format's table: scope, location, flags and our own description. */
type Extra = [scope: number, location: number, flags: string, description?: string];

const extras: Record<number, Extra> = {
  [BucketHash.Subclass]: [0, 1, 'e', 'The discipline your Light follows.'],
  [BucketHash.PrimaryWeapons]: [0, 1, 'te', 'Everyday sidearms and rifles.'],
  [BucketHash.SpecialWeapons]: [0, 1, 'te', 'Precision and close-quarters tools.'],
  [BucketHash.HeavyWeapons]: [0, 1, 'te', 'For when subtlety has failed.'],
  [BucketHash.Ghost]: [0, 1, 'te', 'Shells for your companion.'],
  [BucketHash.Helmet]: [0, 1, 'te', 'Head protection.'],
  [BucketHash.Gauntlets]: [0, 1, 'te', 'Arm protection.'],
  [BucketHash.ChestArmor]: [0, 1, 'te', 'Torso protection.'],
  [BucketHash.LegArmor]: [0, 1, 'te', 'Leg protection.'],
  [BucketHash.ClassArmor]: [0, 1, 'te', 'Marks of your order.'],
  [BucketHash.Artifacts]: [0, 1, 'te', 'Relics that bend your abilities.'],
  [BucketHash.Vehicle]: [0, 1, 'te', 'Ground transport.'],
  [BucketHash.SparrowHorn]: [0, 1, 'te', 'Announce your arrival.'],
  [BucketHash.Ships]: [0, 1, 'te', 'Jump-capable craft.'],
  [BucketHash.Shaders]: [0, 1, 'te', 'Colour schemes for your gear.'],
  [BucketHash.Emblems]: [0, 1, 'te', 'Banners that tell your story.'],
  [BucketHash.Emotes]: [0, 1, 'te', 'Gestures.'],
  [BucketHash.VaultArmor]: [1, 2, 'e', 'Armor kept in the vault.'],
  [BucketHash.Materials]: [0, 1, 'te', 'Salvage and reagents.'],
  [BucketHash.Ornaments]: [0, 1, 'te', 'Cosmetic attachments.'],
  [BucketHash.VaultWeapons]: [1, 2, 'e', 'Weapons kept in the vault.'],
  [BucketHash.VaultGeneral]: [1, 2, 'e', 'Everything else in the vault.'],
  [BucketHash.Consumables]: [0, 1, 'te', 'Single-use supplies.'],
  [BucketHash.Mission]: [0, 1, 'e', 'Keys and coordinates for missions.'],
  [BucketHash.Bounties]: [0, 1, 'e', 'Contracts in progress.'],
  [BucketHash.CurrencyGlimmer]: [1, 0, 'e', 'Everyday currency.'],
  [BucketHash.CurrencyLegendaryMarks]: [1, 0, 'e', 'Hard-won currency.'],
  [BucketHash.CurrencySilver]: [1, 0, 'e', 'Premium currency.'],
  [BucketHash.LostItems]: [0, 4, 'ef', 'Items waiting at the postmaster.'],
  [BucketHash.SpecialOrders]: [1, 4, 'e', 'Orders to collect.'],
  [BucketHash.Unnamed]: [0, 1, ''],
  [BucketHash.Temporary]: [0, 1, 'f'],
  [BucketHash.Messages]: [0, 4, 'ef', 'Messages for you.'],
  [BucketHash.Hidden]: [0, 1, 'f'],
  [BucketHash.LegacyCurrency]: [0, 1, '', 'Older currencies.'],
  [BucketHash.CurrencyVanguardMarks]: [0, 1, '', 'Currency earned in cooperative play.'],
  [BucketHash.CurrencyCrucibleMarks]: [0, 1, '', 'Currency earned in competitive play.'],
  [BucketHash.Quests]: [0, 1, 'e', 'Journeys in progress.'],
  [BucketHash.RecordBooks]: [1, 0, 'ef', 'Records of your deeds.'],
  [BucketHash.LegacyRecordBooks]: [1, 0, 'ef', 'Older records.'],
};

export const bucketTable: readonly BucketInfo[] = knownBuckets.map((bucket) => {
  const extra = extras[bucket.hash];
  if (!extra) throw new Error(`no demo extras for bucket ${bucket.hash}`);
  const [scope, location, flags, description] = extra;
  return { ...bucket, description, scope, location, flags };
});

const byHash = new Map(bucketTable.map((bucket) => [bucket.hash, bucket]));

export function bucketInfo(hash: number): BucketInfo {
  const bucket = byHash.get(hash);
  if (!bucket) throw new Error(`unknown bucket ${hash}`);
  return bucket;
}

export function categoryName(category: number): BucketCategoryName {
  const name = categoryOrder.find((key) => BucketCategory[key] === category);
  if (!name) throw new Error(`bucket category ${category} is not listed in responses`);
  return name;
}

/** Bucket definition, keys in the order Bungie emits them. */
export function bucketDefinition(bucket: BucketInfo) {
  return {
    bucketHash: bucket.hash,
    ...(bucket.name === undefined ? {} : { bucketName: bucket.name, bucketDescription: bucket.description ?? '' }),
    scope: bucket.scope,
    category: bucket.category,
    bucketOrder: bucket.order,
    ...(bucket.identifier === undefined ? {} : { bucketIdentifier: bucket.identifier }),
    itemCount: bucket.itemCount,
    location: bucket.location,
    hasTransferDestination: bucket.flags.includes('t'),
    enabled: bucket.flags.includes('e'),
    fifo: bucket.flags.includes('f'),
    hash: bucket.hash,
    index: 0,
    redacted: false,
  };
}
