/** An account's vault: gear for every class the account plays, and supplies, kept off the characters. */

import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import type { CatalogItem } from './catalog-item.ts';
import { consumables, materials } from './catalog-supplies.ts';
import { itemsForBucket } from './catalog.ts';
import { classes } from './guardian-types.ts';
import { instanceIds, rollGear, rollStack, type BucketContents, type Roller } from './inventory.ts';
import { EquipFailure, type ItemInstance } from './item-instance.ts';
import { createRng, deriveSeed, type Rng } from '../rng.ts';
import type { RosterAccount } from './roster.ts';

export interface VaultContents {
  /** The vault's three buckets, in the order GetAccount lists them: weapons, armour, general. */
  buckets: BucketContents[];
  byInstanceId: Map<string, ItemInstance>;
}

/** ItemLocation.Vault: where GetAccount says these items are. */
const VAULT_LOCATION = 2;
/** Bungie's vault limits per bucket (reference §9.3). */
const capacity = { weapons: 108, armor: 108, general: 72 };

const weaponBuckets = [BucketHash.PrimaryWeapons, BucketHash.SpecialWeapons, BucketHash.HeavyWeapons];
const armorBuckets = [
  BucketHash.Helmet,
  BucketHash.Gauntlets,
  BucketHash.ChestArmor,
  BucketHash.LegArmor,
  BucketHash.ClassArmor,
  BucketHash.Ghost,
  BucketHash.Artifacts,
];
const cosmeticBuckets = [BucketHash.Shaders, BucketHash.Emblems, BucketHash.Ships, BucketHash.Vehicle];

/** Kept in the vault: nobody wears it, and it must be moved to a character before it can be. */
function stored(instance: ItemInstance): ItemInstance {
  return {
    ...instance,
    isEquipped: false,
    canEquip: false,
    cannotEquipReason: instance.cannotEquipReason | EquipFailure.notOnCharacter,
    location: VAULT_LOCATION,
  };
}

function rollFrom(roller: Roller, pools: CatalogItem[][], count: number): ItemInstance[] {
  const pool = pools.flat();
  return Array.from({ length: count }, () => stored(rollGear(roller, roller.rng.pick(pool))));
}

function supplies(rng: Rng, count: number): ItemInstance[] {
  return rng
    .sample([...materials, ...consumables], count)
    .map((item) => stored(rollStack(item, rng.int(1, Math.min(item.maxStackSize, 250)))));
}

/**
 * Rolled from the seed and the account alone. `full` fills every bucket to Bungie's limit, as a
 * collector's vault is (the big-vault account).
 */
export function generateVault(account: RosterAccount, options: { seed: number; slot: number; full: boolean }) {
  const rng = createRng(deriveSeed(options.seed, `vault:${account.membershipId}`));
  const roller: Roller = { rng, level: 40, light: rng.int(300, 390), nextInstanceId: instanceIds(rng, options.slot) };
  const size = (limit: number, low: number, high: number) => (options.full ? limit : rng.int(low, high));
  const classTypes = [...new Set(account.characters.map((character) => classes[character.className].type))];
  const weapons = rollFrom(
    roller,
    weaponBuckets.map((bucket) => itemsForBucket(bucket, classTypes[0] ?? 0)),
    size(capacity.weapons, 18, 36),
  );
  const armor = rollFrom(
    roller,
    classTypes.flatMap((classType) => armorBuckets.map((bucket) => itemsForBucket(bucket, classType))),
    size(capacity.armor, 12, 28),
  );
  const generalCount = size(capacity.general, 10, 22);
  const cosmetics = Math.floor(generalCount / 2);
  const general = [
    ...rollFrom(
      roller,
      cosmeticBuckets.map((bucket) => itemsForBucket(bucket, classTypes[0] ?? 0)),
      cosmetics,
    ),
    ...supplies(rng, generalCount - cosmetics),
  ];
  const buckets: BucketContents[] = [
    { bucketHash: BucketHash.VaultWeapons, items: weapons },
    { bucketHash: BucketHash.VaultArmor, items: armor },
    { bucketHash: BucketHash.VaultGeneral, items: general },
  ];
  const byInstanceId = new Map<string, ItemInstance>();
  for (const { items } of buckets)
    for (const instance of items) if (instance.instanceId !== '0') byInstanceId.set(instance.instanceId, instance);
  return { buckets, byInstanceId } satisfies VaultContents;
}
