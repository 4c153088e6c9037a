import type { ProviderId } from '../model.ts';
import { allIsKeywords, filterKeys, type FilterKey } from './search-keywords.ts';

/**
 * The words of the search a page speaks: the filters and `is:` keywords whose facts its provider's
 * items can carry. Suggestions, the placeholder, the help and the "try …" lists use these alone, and
 * a query is checked against them; another provider's word (`is:trial` on Destiny) is named as such.
 */
export interface QueryWords {
  /** Whose words, for messages ("Destiny"); absent for every provider's. */
  name?: string;
  filterKeys: readonly FilterKey[];
  isKeywords: readonly string[];
}

export interface ProviderWords extends QueryWords {
  name: string;
  /** The box's placeholder: a query that works on this provider's pages. */
  placeholder: string;
}

/** Every word of every provider: what the grid's own parse accepts. */
export const allWords: QueryWords = { filterKeys, isKeywords: allIsKeywords };

/** Kept in the order of `allWords`, whatever order they are listed in below. */
const pick = <T extends string>(all: readonly T[], wanted: readonly T[]) => all.filter((word) => wanted.includes(word));

export const providerWords: Record<ProviderId, ProviderWords> = {
  // Destiny items are worn, locked, have a headline stat (Attack, Defense: power or light), perks and talent nodes.
  destiny: {
    name: 'Destiny',
    filterKeys: pick(filterKeys, ['is', 'tier', 'type', 'bucket', 'perk', 'stat', 'power', 'light', 'quantity']),
    isKeywords: pick(allIsKeywords, [
      'equipped',
      'locked',
      'weapon',
      'armor',
      'consumable',
      'stackable',
      'dupe',
      'maxpower',
      'basic',
      'common',
      'uncommon',
      'rare',
      'legendary',
      'exotic',
      'currency',
    ]),
    placeholder: 'Search: iron is:weapon -is:locked power:>=300 "hand cannon"',
  },
  // PlayFab instances expire, come in bundles and have uses left; rarity is a catalog tag. No stats, no perks.
  playfab: {
    name: 'PlayFab',
    filterKeys: pick(filterKeys, ['is', 'tier', 'type', 'bucket', 'quantity']),
    isKeywords: pick(allIsKeywords, [
      'weapon',
      'armor',
      'consumable',
      'expired',
      'expiring',
      'bundle',
      'dupe',
      'basic',
      'common',
      'uncommon',
      'rare',
      'legendary',
      'exotic',
    ]),
    placeholder: 'Search: potion is:consumable -is:expired type:weapon quantity:>1',
  },
  // Xbox Live entitlements: trials, expired or suspended (locked) ones, consumables with a balance.
  xbox: {
    name: 'Xbox Live',
    filterKeys: pick(filterKeys, ['is', 'tier', 'type', 'bucket', 'quantity']),
    isKeywords: pick(allIsKeywords, [
      'locked',
      'consumable',
      'stackable',
      'expired',
      'trial',
      'dupe',
      'common',
      'uncommon',
      'rare',
      'legendary',
      'exotic',
    ]),
    placeholder: 'Search: is:trial type:game -is:expired quantity:>1',
  },
};
