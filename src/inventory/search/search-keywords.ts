import type { Item, ItemFlag, Tier } from '../model.ts';

/**
 * The `is:` keywords, each a fact of the shared model. Providers name kinds differently, so
 * weapon and armour are read from the bucket first and the type name second.
 */
const weaponWords = /weapon|rifle|cannon|launcher|shotgun|sword|sidearm|pistol|machine gun|\bbow\b/i;
const armorWords = /armou?r|helmet|gauntlet|chest|leg|cloak|mark\b|bond\b|boots|gloves|hood|mask/i;

export const tiers: readonly Tier[] = ['basic', 'common', 'uncommon', 'rare', 'legendary', 'exotic', 'currency'];

type Fact = (item: Item, bucketName: string) => boolean;

const hasFlag = (item: Item, flag: ItemFlag) => item.flags?.includes(flag) ?? false;

/** The keywords one item answers alone. */
export const isKeywords: Record<string, Fact> = {
  equipped: (item) => item.isEquipped,
  locked: (item) => item.locked,
  weapon: (item, bucket) => weaponWords.test(bucket) || weaponWords.test(item.typeName),
  armor: (item, bucket) => armorWords.test(bucket) || (!weaponWords.test(bucket) && armorWords.test(item.typeName)),
  consumable: (item, bucket) =>
    hasFlag(item, 'consumable') || /consumable/i.test(bucket) || /consumable/i.test(item.typeName),
  expired: (item) => hasFlag(item, 'expired'),
  trial: (item) => hasFlag(item, 'trial'),
  expiring: (item) => item.marks?.some((mark) => mark.kind === 'expiring') ?? false,
  bundle: (item) => item.marks?.some((mark) => mark.kind === 'bundle') ?? false,
  stackable: (item) => item.maxStackSize > 1,
  ...Object.fromEntries(tiers.map((tier) => [tier, (item: Item) => item.tier === tier])),
};

/**
 * The keywords that ask about every item searched, not one: `is:dupe` (its definition is there more
 * than once) and `is:maxpower` (no item in a bucket of the same id has a higher headline stat).
 * A SearchContext answers them.
 */
export const contextKeywords = ['dupe', 'maxpower'] as const;
export type ContextKeyword = (typeof contextKeywords)[number];

/** Every `is:` keyword any provider knows, in the order suggestions list them. */
export const allIsKeywords: readonly string[] = [...Object.keys(isKeywords), ...contextKeywords];

/** The filters `key:value` takes, in the order suggestions list them. */
export const filterKeys = ['is', 'tier', 'type', 'bucket', 'perk', 'stat', 'power', 'light', 'quantity'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** The filters that compare a number: `stat:impact>=40`, `power:>=300`, `light:300` (equal), `quantity:>1`. */
export const compareKeys = ['stat', 'power', 'light', 'quantity'] as const;
export type CompareKey = (typeof compareKeys)[number];
export const isCompareKey = (key: string): key is CompareKey => (compareKeys as readonly string[]).includes(key);
