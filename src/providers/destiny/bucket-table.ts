/**
 * The 40 Destiny 1 buckets: hash, identifier, name, category, order and capacity are fixed by the
 * format, so the app names and places buckets itself when an answer comes without definitions.
 */

/** Each bucket's hash by the name it goes by; the vault's three carry `Vault` to tell them from the character's. */
export const BucketHash = {
  Subclass: 3284755031,
  PrimaryWeapons: 1498876634,
  SpecialWeapons: 2465295065,
  HeavyWeapons: 953998645,
  Ghost: 4023194814,
  Helmet: 3448274439,
  Gauntlets: 3551918588,
  ChestArmor: 14239492,
  LegArmor: 20886954,
  ClassArmor: 1585787867,
  Artifacts: 434908299,
  Vehicle: 2025709351,
  SparrowHorn: 3796357825,
  Ships: 284967655,
  Shaders: 2973005342,
  Emblems: 4274335291,
  Emotes: 3054419239,
  VaultArmor: 3003523923,
  Materials: 3865314626,
  Ornaments: 3313201758,
  VaultWeapons: 4046403665,
  VaultGeneral: 138197802,
  Consumables: 1469714392,
  Mission: 375726501,
  Bounties: 2197472680,
  CurrencyGlimmer: 2689798308,
  CurrencyLegendaryMarks: 2689798304,
  CurrencySilver: 2689798311,
  LostItems: 215593132,
  SpecialOrders: 1367666825,
  // The one bucket Bungie gives neither a name nor an identifier.
  Unnamed: 1626737477,
  Temporary: 2422292810,
  Messages: 3161908920,
  Hidden: 3621873013,
  LegacyCurrency: 3772930460,
  CurrencyVanguardMarks: 2689798309,
  CurrencyCrucibleMarks: 2689798310,
  Quests: 1801258597,
  RecordBooks: 2987185182,
  LegacyRecordBooks: 549485690,
} as const;

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
  [BucketHash.Subclass, 'BUCKET_BUILD', 'Subclass', 3, 10, 3],
  [BucketHash.PrimaryWeapons, 'BUCKET_PRIMARY_WEAPON', 'Primary Weapons', 3, 20, 10],
  [BucketHash.SpecialWeapons, 'BUCKET_SPECIAL_WEAPON', 'Special Weapons', 3, 30, 10],
  [BucketHash.HeavyWeapons, 'BUCKET_HEAVY_WEAPON', 'Heavy Weapons', 3, 40, 10],
  [BucketHash.Ghost, 'BUCKET_GHOST', 'Ghost', 3, 45, 10],
  [BucketHash.Helmet, 'BUCKET_HEAD', 'Helmet', 3, 50, 10],
  [BucketHash.Gauntlets, 'BUCKET_ARMS', 'Gauntlets', 3, 60, 10],
  [BucketHash.ChestArmor, 'BUCKET_CHEST', 'Chest Armor', 3, 70, 10],
  [BucketHash.LegArmor, 'BUCKET_LEGS', 'Leg Armor', 3, 80, 10],
  [BucketHash.ClassArmor, 'BUCKET_CLASS_ITEMS', 'Class Armor', 3, 90, 10],
  [BucketHash.Artifacts, 'BUCKET_ARTIFACT', 'Artifacts', 3, 95, 10],
  [BucketHash.Vehicle, 'BUCKET_VEHICLE', 'Vehicle', 3, 110, 10],
  [BucketHash.SparrowHorn, 'BUCKET_HORN', 'Sparrow Horn', 3, 120, 10],
  [BucketHash.Ships, 'BUCKET_SHIP', 'Ships', 3, 130, 10],
  [BucketHash.Shaders, 'BUCKET_SHADER', 'Shaders', 3, 140, 10],
  [BucketHash.Emblems, 'BUCKET_EMBLEM', 'Emblems', 3, 150, 10],
  [BucketHash.Emotes, 'BUCKET_EMOTES', 'Emotes', 3, 160, 10],
  [BucketHash.VaultArmor, 'BUCKET_VAULT_ARMOR', 'Armor', 1, 10, 108],
  [BucketHash.Materials, 'BUCKET_MATERIALS', 'Materials', 1, 10, 20],
  [BucketHash.Ornaments, 'BUCKET_MODS', 'Ornaments', 1, 20, 12],
  [BucketHash.VaultWeapons, 'BUCKET_VAULT_WEAPONS', 'Weapons', 1, 20, 108],
  [BucketHash.VaultGeneral, 'BUCKET_VAULT_ITEMS', 'General', 1, 30, 72],
  [BucketHash.Consumables, 'BUCKET_CONSUMABLES', 'Consumables', 1, 30, 20],
  [BucketHash.Mission, 'BUCKET_MISSION', 'Mission', 1, 40, 10],
  [BucketHash.Bounties, 'BUCKET_BOUNTIES', 'Bounties', 1, 50, 16],
  [BucketHash.CurrencyGlimmer, 'BUCKET_CURRENCY_GLIMMER', 'Glimmer', 2, 10, 1],
  [BucketHash.CurrencyLegendaryMarks, 'BUCKET_CURRENCY_LEGENDARY', 'Legendary Marks', 2, 50, 1],
  [BucketHash.CurrencySilver, 'BUCKET_CURRENCY_SILVER', 'Silver', 2, 60, 1],
  [BucketHash.LostItems, 'BUCKET_RECOVERY', 'Lost Items', 0, 0, 20],
  [BucketHash.SpecialOrders, 'BUCKET_COMMERCIALIZATION', 'Special Orders', 0, 0, 20],
  [BucketHash.Unnamed, undefined, undefined, 0, 0, 5],
  [BucketHash.Temporary, 'BUCKET_TEMPORARY', undefined, 0, 0, 1],
  [BucketHash.Messages, 'BUCKET_MAIL', 'Messages', 0, 0, 20],
  [BucketHash.Hidden, 'BUCKET_HIDDEN', undefined, 0, 0, 1],
  [BucketHash.LegacyCurrency, 'BUCKET_LEGACY_CURRENCY', 'Currency', 0, 0, 0],
  [BucketHash.CurrencyVanguardMarks, 'BUCKET_CURRENCY_FACTION_PVE', 'Vanguard Marks', 0, 30, 1],
  [BucketHash.CurrencyCrucibleMarks, 'BUCKET_CURRENCY_FACTION_PVP', 'Crucible Marks', 0, 40, 1],
  [BucketHash.Quests, 'BUCKET_QUESTS', 'Quests', 0, 60, 32],
  [BucketHash.RecordBooks, 'BUCKET_BOOK_LARGE', 'Record Books', 0, 70, 1],
  [BucketHash.LegacyRecordBooks, 'BUCKET_BOOK_SMALL', 'Legacy Record Books', 0, 80, 6],
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
