/** The Destiny 1 bucket table (hashes, identifiers, categories: format constants); descriptions are ours. */

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

type Row = [number, string | undefined, string | undefined, number, number, number, number, number, string, string?];

const rows: Row[] = [
  [3284755031, 'BUCKET_BUILD', 'Subclass', 3, 10, 3, 0, 1, 'e', 'The discipline your Light follows.'],
  [1498876634, 'BUCKET_PRIMARY_WEAPON', 'Primary Weapons', 3, 20, 10, 0, 1, 'te', 'Everyday sidearms and rifles.'],
  [2465295065, 'BUCKET_SPECIAL_WEAPON', 'Special Weapons', 3, 30, 10, 0, 1, 'te', 'Precision and close-quarters tools.'],
  [953998645, 'BUCKET_HEAVY_WEAPON', 'Heavy Weapons', 3, 40, 10, 0, 1, 'te', 'For when subtlety has failed.'],
  [4023194814, 'BUCKET_GHOST', 'Ghost', 3, 45, 10, 0, 1, 'te', 'Shells for your companion.'],
  [3448274439, 'BUCKET_HEAD', 'Helmet', 3, 50, 10, 0, 1, 'te', 'Head protection.'],
  [3551918588, 'BUCKET_ARMS', 'Gauntlets', 3, 60, 10, 0, 1, 'te', 'Arm protection.'],
  [14239492, 'BUCKET_CHEST', 'Chest Armor', 3, 70, 10, 0, 1, 'te', 'Torso protection.'],
  [20886954, 'BUCKET_LEGS', 'Leg Armor', 3, 80, 10, 0, 1, 'te', 'Leg protection.'],
  [1585787867, 'BUCKET_CLASS_ITEMS', 'Class Armor', 3, 90, 10, 0, 1, 'te', 'Marks of your order.'],
  [434908299, 'BUCKET_ARTIFACT', 'Artifacts', 3, 95, 10, 0, 1, 'te', 'Relics that bend your abilities.'],
  [2025709351, 'BUCKET_VEHICLE', 'Vehicle', 3, 110, 10, 0, 1, 'te', 'Ground transport.'],
  [3796357825, 'BUCKET_HORN', 'Sparrow Horn', 3, 120, 10, 0, 1, 'te', 'Announce your arrival.'],
  [284967655, 'BUCKET_SHIP', 'Ships', 3, 130, 10, 0, 1, 'te', 'Jump-capable craft.'],
  [2973005342, 'BUCKET_SHADER', 'Shaders', 3, 140, 10, 0, 1, 'te', 'Colour schemes for your gear.'],
  [4274335291, 'BUCKET_EMBLEM', 'Emblems', 3, 150, 10, 0, 1, 'te', 'Banners that tell your story.'],
  [3054419239, 'BUCKET_EMOTES', 'Emotes', 3, 160, 10, 0, 1, 'te', 'Gestures.'],
  [3003523923, 'BUCKET_VAULT_ARMOR', 'Armor', 1, 10, 108, 1, 2, 'e', 'Armor kept in the vault.'],
  [3865314626, 'BUCKET_MATERIALS', 'Materials', 1, 10, 20, 0, 1, 'te', 'Salvage and reagents.'],
  [3313201758, 'BUCKET_MODS', 'Ornaments', 1, 20, 12, 0, 1, 'te', 'Cosmetic attachments.'],
  [4046403665, 'BUCKET_VAULT_WEAPONS', 'Weapons', 1, 20, 108, 1, 2, 'e', 'Weapons kept in the vault.'],
  [138197802, 'BUCKET_VAULT_ITEMS', 'General', 1, 30, 72, 1, 2, 'e', 'Everything else in the vault.'],
  [1469714392, 'BUCKET_CONSUMABLES', 'Consumables', 1, 30, 20, 0, 1, 'te', 'Single-use supplies.'],
  [375726501, 'BUCKET_MISSION', 'Mission', 1, 40, 10, 0, 1, 'e', 'Keys and coordinates for missions.'],
  [2197472680, 'BUCKET_BOUNTIES', 'Bounties', 1, 50, 16, 0, 1, 'e', 'Contracts in progress.'],
  [2689798308, 'BUCKET_CURRENCY_GLIMMER', 'Glimmer', 2, 10, 1, 1, 0, 'e', 'Everyday currency.'],
  [2689798304, 'BUCKET_CURRENCY_LEGENDARY', 'Legendary Marks', 2, 50, 1, 1, 0, 'e', 'Hard-won currency.'],
  [2689798311, 'BUCKET_CURRENCY_SILVER', 'Silver', 2, 60, 1, 1, 0, 'e', 'Premium currency.'],
  [215593132, 'BUCKET_RECOVERY', 'Lost Items', 0, 0, 20, 0, 4, 'ef', 'Items waiting at the postmaster.'],
  [1367666825, 'BUCKET_COMMERCIALIZATION', 'Special Orders', 0, 0, 20, 1, 4, 'e', 'Orders to collect.'],
  [1626737477, undefined, undefined, 0, 0, 5, 0, 1, ''],
  [2422292810, 'BUCKET_TEMPORARY', undefined, 0, 0, 1, 0, 1, 'f'],
  [3161908920, 'BUCKET_MAIL', 'Messages', 0, 0, 20, 0, 4, 'ef', 'Messages for you.'],
  [3621873013, 'BUCKET_HIDDEN', undefined, 0, 0, 1, 0, 1, 'f'],
  [3772930460, 'BUCKET_LEGACY_CURRENCY', 'Currency', 0, 0, 0, 0, 1, '', 'Older currencies.'],
  [2689798309, 'BUCKET_CURRENCY_FACTION_PVE', 'Vanguard Marks', 0, 30, 1, 0, 1, '', 'Currency earned in cooperative play.'],
  [2689798310, 'BUCKET_CURRENCY_FACTION_PVP', 'Crucible Marks', 0, 40, 1, 0, 1, '', 'Currency earned in competitive play.'],
  [1801258597, 'BUCKET_QUESTS', 'Quests', 0, 60, 32, 0, 1, 'e', 'Journeys in progress.'],
  [2987185182, 'BUCKET_BOOK_LARGE', 'Record Books', 0, 70, 1, 1, 0, 'ef', 'Records of your deeds.'],
  [549485690, 'BUCKET_BOOK_SMALL', 'Legacy Record Books', 0, 80, 6, 1, 0, 'ef', 'Older records.'],
];

export const bucketTable: readonly BucketInfo[] = rows.map(
  ([hash, identifier, name, category, order, itemCount, scope, location, flags, description]) => ({
    hash, identifier, name, description, category, order, itemCount, scope, location, flags,
  }),
);

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
