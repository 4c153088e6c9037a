/**
 * The shared inventory model. Every provider adapter turns its raw JSON into these shapes; every
 * shared view (bucket grid, tiles, currencies, stats) reads only these.
 */

export type ProviderId = 'destiny' | 'playfab' | 'xbox';

/** Rarity, normalised across providers; drives tile colours. */
export type Tier = 'basic' | 'common' | 'uncommon' | 'rare' | 'legendary' | 'exotic' | 'currency';

export type DamageKind = 'kinetic' | 'arc' | 'solar' | 'void' | 'raid';

export interface DamageType {
  kind: DamageKind;
  name: string;
  /** Absolute or app-relative URL, or null where the provider has none. */
  icon: string | null;
}

export interface StatValue {
  id: string;
  name: string;
  value: number;
  /** Largest value the stat can take, for bars; 0 or undefined when the stat has no bar. */
  maximum?: number;
}

export interface Item {
  /** Unique within one inventory (instance id, or a composite for non-instanced stacks). */
  key: string;
  /** The provider's instance id, kept as a string (64-bit ids), or null for non-instanced stacks. */
  instanceId: string | null;
  /** Provider definition id (hash, catalog item id, product id). */
  definitionId: string;
  name: string;
  description: string;
  typeName: string;
  icon: string | null;
  tier: Tier;
  tierName: string;
  quantity: number;
  /** Largest stack the item can form; 1 for non-stackables. */
  maxStackSize: number;
  isEquipped: boolean;
  locked: boolean;
  primaryStat?: StatValue;
  damageType?: DamageType;
  stats: StatValue[];
}

export interface Bucket {
  id: string;
  name: string;
  /** Sort order within its group. */
  order: number;
  /** Capacity, where the provider has one. */
  capacity?: number;
  items: Item[];
}

/** Buckets shown together under one heading (Weapons, Armor, General, Progress). */
export interface BucketGroup {
  id: string;
  name: string;
  buckets: Bucket[];
}

export interface Currency {
  id: string;
  name: string;
  icon: string | null;
  amount: number;
  /** Cap on the balance, where the provider has one. */
  maximum?: number;
}

export interface Inventory {
  groups: BucketGroup[];
  currencies: Currency[];
}
