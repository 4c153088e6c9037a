import type { Item, Tier } from './model.ts';

/** Orders the grid can show within each bucket; `default` keeps the provider's own order. */
export const sortKeys = ['default', 'name', 'tier', 'power', 'quantity', 'acquired'] as const;
export type SortKey = (typeof sortKeys)[number];

export const sortLabels: Record<SortKey, string> = {
  default: 'Game order',
  name: 'Name',
  tier: 'Rarity',
  power: 'Power',
  quantity: 'Quantity',
  acquired: 'Newest first',
};

export type ItemComparator = (a: Item, b: Item) => number;

/** Rarer is higher: how every view orders tiers. */
export const tierRank: Record<Tier, number> = {
  exotic: 6,
  legendary: 5,
  rare: 4,
  uncommon: 3,
  common: 2,
  basic: 1,
  currency: 0,
};
const byName: ItemComparator = (a, b) => a.name.localeCompare(b.name);
// Ties fall back to the name, so every order is total and stable across renders.
const comparators: Record<Exclude<SortKey, 'default'>, ItemComparator> = {
  name: byName,
  tier: (a, b) => tierRank[b.tier] - tierRank[a.tier] || byName(a, b),
  power: (a, b) => (b.primaryStat?.value ?? -1) - (a.primaryStat?.value ?? -1) || byName(a, b),
  quantity: (a, b) => b.quantity - a.quantity || byName(a, b),
  // Undated items (a provider that does not say) go last.
  acquired: (a, b) => (b.acquiredAt ?? -Infinity) - (a.acquiredAt ?? -Infinity) || byName(a, b),
};

/** The sort in the URL (`?sort=`); anything unknown is the provider's order. */
export function readSortKey(value: string | null): SortKey {
  return (sortKeys as readonly string[]).includes(value ?? '') ? (value as SortKey) : 'default';
}

export function comparatorFor(key: SortKey): ItemComparator | null {
  return key === 'default' ? null : comparators[key];
}
