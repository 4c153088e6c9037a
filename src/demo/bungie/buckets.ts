/** The Destiny 1 bucket table: the format's own (shared with the browser adapter) plus what only the demo emits; descriptions are ours. */

import { knownBuckets } from '../../providers/destiny/bucket-table.ts';

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
  3284755031: [0, 1, 'e', 'The discipline your Light follows.'],
  1498876634: [0, 1, 'te', 'Everyday sidearms and rifles.'],
  2465295065: [0, 1, 'te', 'Precision and close-quarters tools.'],
  953998645: [0, 1, 'te', 'For when subtlety has failed.'],
  4023194814: [0, 1, 'te', 'Shells for your companion.'],
  3448274439: [0, 1, 'te', 'Head protection.'],
  3551918588: [0, 1, 'te', 'Arm protection.'],
  14239492: [0, 1, 'te', 'Torso protection.'],
  20886954: [0, 1, 'te', 'Leg protection.'],
  1585787867: [0, 1, 'te', 'Marks of your order.'],
  434908299: [0, 1, 'te', 'Relics that bend your abilities.'],
  2025709351: [0, 1, 'te', 'Ground transport.'],
  3796357825: [0, 1, 'te', 'Announce your arrival.'],
  284967655: [0, 1, 'te', 'Jump-capable craft.'],
  2973005342: [0, 1, 'te', 'Colour schemes for your gear.'],
  4274335291: [0, 1, 'te', 'Banners that tell your story.'],
  3054419239: [0, 1, 'te', 'Gestures.'],
  3003523923: [1, 2, 'e', 'Armor kept in the vault.'],
  3865314626: [0, 1, 'te', 'Salvage and reagents.'],
  3313201758: [0, 1, 'te', 'Cosmetic attachments.'],
  4046403665: [1, 2, 'e', 'Weapons kept in the vault.'],
  138197802: [1, 2, 'e', 'Everything else in the vault.'],
  1469714392: [0, 1, 'te', 'Single-use supplies.'],
  375726501: [0, 1, 'e', 'Keys and coordinates for missions.'],
  2197472680: [0, 1, 'e', 'Contracts in progress.'],
  2689798308: [1, 0, 'e', 'Everyday currency.'],
  2689798304: [1, 0, 'e', 'Hard-won currency.'],
  2689798311: [1, 0, 'e', 'Premium currency.'],
  215593132: [0, 4, 'ef', 'Items waiting at the postmaster.'],
  1367666825: [1, 4, 'e', 'Orders to collect.'],
  1626737477: [0, 1, ''],
  2422292810: [0, 1, 'f'],
  3161908920: [0, 4, 'ef', 'Messages for you.'],
  3621873013: [0, 1, 'f'],
  3772930460: [0, 1, '', 'Older currencies.'],
  2689798309: [0, 1, '', 'Currency earned in cooperative play.'],
  2689798310: [0, 1, '', 'Currency earned in competitive play.'],
  1801258597: [0, 1, 'e', 'Journeys in progress.'],
  2987185182: [1, 0, 'ef', 'Records of your deeds.'],
  549485690: [1, 0, 'ef', 'Older records.'],
};

export const bucketTable: readonly BucketInfo[] = knownBuckets.map((bucket) => {
  const extra = extras[bucket.hash];
  if (!extra) throw new Error(`no demo extras for bucket ${bucket.hash}`);
  const [scope, location, flags, description] = extra;
  return { ...bucket, description, scope, location, flags };
});

const byHash = new Map(bucketTable.map((bucket) => [bucket.hash, bucket]));
const byIdentifier = new Map(bucketTable.map((bucket) => [bucket.identifier, bucket.hash]));

export function bucketInfo(hash: number): BucketInfo {
  const bucket = byHash.get(hash);
  if (!bucket) throw new Error(`unknown bucket ${hash}`);
  return bucket;
}

function hashOf(identifier: string): number {
  const hash = byIdentifier.get(identifier);
  if (hash === undefined) throw new Error(`unknown bucket ${identifier}`);
  return hash;
}

export const Bucket = {
  subclass: hashOf('BUCKET_BUILD'),
  primary: hashOf('BUCKET_PRIMARY_WEAPON'),
  special: hashOf('BUCKET_SPECIAL_WEAPON'),
  heavy: hashOf('BUCKET_HEAVY_WEAPON'),
  ghost: hashOf('BUCKET_GHOST'),
  helmet: hashOf('BUCKET_HEAD'),
  gauntlets: hashOf('BUCKET_ARMS'),
  chest: hashOf('BUCKET_CHEST'),
  legs: hashOf('BUCKET_LEGS'),
  classArmor: hashOf('BUCKET_CLASS_ITEMS'),
  artifact: hashOf('BUCKET_ARTIFACT'),
  vehicle: hashOf('BUCKET_VEHICLE'),
  ship: hashOf('BUCKET_SHIP'),
  shader: hashOf('BUCKET_SHADER'),
  emblem: hashOf('BUCKET_EMBLEM'),
  materials: hashOf('BUCKET_MATERIALS'),
  consumables: hashOf('BUCKET_CONSUMABLES'),
  mission: hashOf('BUCKET_MISSION'),
  bounties: hashOf('BUCKET_BOUNTIES'),
  quests: hashOf('BUCKET_QUESTS'),
  temporary: hashOf('BUCKET_TEMPORARY'),
  lostItems: hashOf('BUCKET_RECOVERY'),
  glimmer: hashOf('BUCKET_CURRENCY_GLIMMER'),
  legendaryMarks: hashOf('BUCKET_CURRENCY_LEGENDARY'),
  silver: hashOf('BUCKET_CURRENCY_SILVER'),
  factionPve: hashOf('BUCKET_CURRENCY_FACTION_PVE'),
  factionPvp: hashOf('BUCKET_CURRENCY_FACTION_PVP'),
  legacyCurrency: hashOf('BUCKET_LEGACY_CURRENCY'),
} as const;

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
