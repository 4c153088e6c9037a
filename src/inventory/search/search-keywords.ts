import type { Item, ItemFlag, Tier } from '../model.ts';

/**
 * The `is:` keywords, each a fact of the shared model. Providers name kinds differently, so
 * weapon and armour are read from the bucket first and the type name second.
 */
const weaponWords = /weapon|rifle|cannon|launcher|shotgun|sword|sidearm|pistol|machine gun|\bbow\b/i;
const armorWords = /armou?r|helmet|gauntlet|chest|leg|cloak|mark\b|bond\b|boots|gloves|hood|mask/i;

const tiers: Tier[] = ['basic', 'common', 'uncommon', 'rare', 'legendary', 'exotic', 'currency'];

type Fact = (item: Item, bucketName: string) => boolean;

const hasFlag = (item: Item, flag: ItemFlag) => item.flags?.includes(flag) ?? false;

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

/** The filters `key:value` takes, in the order suggestions list them. */
export const filterKeys = ['is', 'tier', 'type', 'bucket', 'perk', 'stat', 'quantity'] as const;
export type FilterKey = (typeof filterKeys)[number];
