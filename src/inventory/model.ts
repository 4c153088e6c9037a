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
  /** Short flags worth a glance on the tile (expiring soon, a bundle), said in words too. */
  marks?: ItemMark[];
  /** Facts search asks about (`is:trial`) that no other field carries; adapters set what their provider knows. */
  flags?: ItemFlag[];
  /** Names of the item's perks (for Destiny, its talent nodes' too), where the inventory lists them: for `perk:` and free text. */
  perkNames?: string[];
  /** When the player got it (epoch ms), where the provider says (PlayFab's PurchaseDate, Xbox's obtained). */
  acquiredAt?: number;
  /** A quest's or bounty's steps and how far each has got; absent for everything else. */
  objectives?: Objective[];
}

export interface Objective {
  /** What to do, in words; empty when the provider did not describe it. */
  description: string;
  progress: number;
  /** The progress that completes it; 0 when the provider did not say. */
  completionValue: number;
  complete: boolean;
}

export type ItemFlag = 'trial' | 'expired' | 'consumable';

export interface ItemMark {
  kind: 'expiring' | 'bundle';
  label: string;
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
  /** For currencies that refill over time: the next +1 (epoch ms) and where refilling stops. */
  recharge?: { nextAt: number; maximum: number };
}

export interface Inventory {
  groups: BucketGroup[];
  currencies: Currency[];
}

/** A stat on the item page: how to draw it and which way is better. */
export interface DetailStat extends StatValue {
  /** A bar against `maximum`, or a plain number (magazine size, inventory size). */
  display: 'bar' | 'number';
  /** Not shown in the game's own view (aim assistance, equip speed); listed apart. */
  hidden: boolean;
  /** Lower is better (charge time, draw time): decides the colour of a delta. */
  smallerIsBetter: boolean;
}

export interface Perk {
  id: string;
  name: string;
  description: string;
  icon: string | null;
  active: boolean;
}

/** Everything the item page shows that every provider can fill; provider-only parts (talent grids) live beside it. */
export interface ItemDetail {
  item: Item;
  /** Where it sits, to find the item equipped in the same place; null when unknown. */
  bucketId: string | null;
  bucketName: string | null;
  stats: DetailStat[];
  perks: Perk[];
  /** Level and XP towards the next one, for items that level up; `complete` when XP has nothing left to unlock. */
  progress?: { level: number; current: number; next: number; complete?: boolean };
  requiredLevel?: number;
  /** Why it cannot be equipped, in words; empty when it can. */
  equipBlockers: string[];
  /** Binding and transfer status, in words ("Bound to character", "Cannot be transferred"). */
  notes: string[];
}

/**
 * One place items are kept, shown as a column of its own: a character, or an account's vault.
 * An account view lays several side by side; a character's page has one.
 */
export interface InventorySource {
  /** Stable within the view: a character id, or `vault`. */
  id: string;
  /** How the place is named to a person ("Titan", "Vault"). */
  label: string;
  groups: BucketGroup[];
}
