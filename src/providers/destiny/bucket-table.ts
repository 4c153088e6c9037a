/**
 * The 40 Destiny 1 buckets: hash, identifier, name, category, order and capacity are fixed by the
 * format, so the app names and places buckets itself when an answer comes without definitions.
 */

export interface KnownBucket {
  hash: number;
  identifier?: string;
  /** Absent for Bungie's unnamed system buckets. */
  name?: string;
  /** BucketCategory: Invisible 0, Item 1, Currency 2, Equippable 3. */
  category: number;
  order: number;
  itemCount: number;
}

type Row = [
  hash: number,
  identifier: string | undefined,
  name: string | undefined,
  category: number,
  order: number,
  itemCount: number,
];

const rows: Row[] = [
  [3284755031, 'BUCKET_BUILD', 'Subclass', 3, 10, 3],
  [1498876634, 'BUCKET_PRIMARY_WEAPON', 'Primary Weapons', 3, 20, 10],
  [2465295065, 'BUCKET_SPECIAL_WEAPON', 'Special Weapons', 3, 30, 10],
  [953998645, 'BUCKET_HEAVY_WEAPON', 'Heavy Weapons', 3, 40, 10],
  [4023194814, 'BUCKET_GHOST', 'Ghost', 3, 45, 10],
  [3448274439, 'BUCKET_HEAD', 'Helmet', 3, 50, 10],
  [3551918588, 'BUCKET_ARMS', 'Gauntlets', 3, 60, 10],
  [14239492, 'BUCKET_CHEST', 'Chest Armor', 3, 70, 10],
  [20886954, 'BUCKET_LEGS', 'Leg Armor', 3, 80, 10],
  [1585787867, 'BUCKET_CLASS_ITEMS', 'Class Armor', 3, 90, 10],
  [434908299, 'BUCKET_ARTIFACT', 'Artifacts', 3, 95, 10],
  [2025709351, 'BUCKET_VEHICLE', 'Vehicle', 3, 110, 10],
  [3796357825, 'BUCKET_HORN', 'Sparrow Horn', 3, 120, 10],
  [284967655, 'BUCKET_SHIP', 'Ships', 3, 130, 10],
  [2973005342, 'BUCKET_SHADER', 'Shaders', 3, 140, 10],
  [4274335291, 'BUCKET_EMBLEM', 'Emblems', 3, 150, 10],
  [3054419239, 'BUCKET_EMOTES', 'Emotes', 3, 160, 10],
  [3003523923, 'BUCKET_VAULT_ARMOR', 'Armor', 1, 10, 108],
  [3865314626, 'BUCKET_MATERIALS', 'Materials', 1, 10, 20],
  [3313201758, 'BUCKET_MODS', 'Ornaments', 1, 20, 12],
  [4046403665, 'BUCKET_VAULT_WEAPONS', 'Weapons', 1, 20, 108],
  [138197802, 'BUCKET_VAULT_ITEMS', 'General', 1, 30, 72],
  [1469714392, 'BUCKET_CONSUMABLES', 'Consumables', 1, 30, 20],
  [375726501, 'BUCKET_MISSION', 'Mission', 1, 40, 10],
  [2197472680, 'BUCKET_BOUNTIES', 'Bounties', 1, 50, 16],
  [2689798308, 'BUCKET_CURRENCY_GLIMMER', 'Glimmer', 2, 10, 1],
  [2689798304, 'BUCKET_CURRENCY_LEGENDARY', 'Legendary Marks', 2, 50, 1],
  [2689798311, 'BUCKET_CURRENCY_SILVER', 'Silver', 2, 60, 1],
  [215593132, 'BUCKET_RECOVERY', 'Lost Items', 0, 0, 20],
  [1367666825, 'BUCKET_COMMERCIALIZATION', 'Special Orders', 0, 0, 20],
  [1626737477, undefined, undefined, 0, 0, 5],
  [2422292810, 'BUCKET_TEMPORARY', undefined, 0, 0, 1],
  [3161908920, 'BUCKET_MAIL', 'Messages', 0, 0, 20],
  [3621873013, 'BUCKET_HIDDEN', undefined, 0, 0, 1],
  [3772930460, 'BUCKET_LEGACY_CURRENCY', 'Currency', 0, 0, 0],
  [2689798309, 'BUCKET_CURRENCY_FACTION_PVE', 'Vanguard Marks', 0, 30, 1],
  [2689798310, 'BUCKET_CURRENCY_FACTION_PVP', 'Crucible Marks', 0, 40, 1],
  [1801258597, 'BUCKET_QUESTS', 'Quests', 0, 60, 32],
  [2987185182, 'BUCKET_BOOK_LARGE', 'Record Books', 0, 70, 1],
  [549485690, 'BUCKET_BOOK_SMALL', 'Legacy Record Books', 0, 80, 6],
];

export const knownBuckets: readonly KnownBucket[] = rows.map(
  ([hash, identifier, name, category, order, itemCount]) => ({
    hash,
    identifier,
    name,
    category,
    order,
    itemCount,
  }),
);

/** The same buckets as a `definitions.buckets` table, for answers that came without one. */
export const builtInBucketDefinitions = Object.fromEntries(
  knownBuckets.map((bucket) => [
    bucket.hash,
    {
      bucketName: bucket.name,
      bucketIdentifier: bucket.identifier,
      bucketOrder: bucket.order,
      category: bucket.category,
      itemCount: bucket.itemCount,
    },
  ]),
);
