import type { Item } from '../../inventory/model.ts';
import { builtInBucketDefinitions } from './bucket-table.ts';
import { bungieIcon } from './bungie-icon.ts';
import { builtInDamageTypeDefinitions } from './damage-type-table.ts';
import type { RawDefinitions } from './schema.ts';
import { builtInStatDefinitions } from './stat-table.ts';

/**
 * The answer's definitions over the format's fixed tables: buckets, stats and damage types keep
 * their names and places when Bungie sends no definitions (or leaves one out); the answer wins.
 */
export function withBuiltInDefinitions<T extends RawDefinitions>(definitions: T): T {
  return {
    ...definitions,
    buckets: { ...builtInBucketDefinitions, ...definitions.buckets },
    stats: { ...builtInStatDefinitions, ...definitions.stats },
    damageTypes: { ...builtInDamageTypeDefinitions, ...definitions.damageTypes },
  };
}

/** An item Bungie sent no definition for is called by its hash, not given a made-up name. */
export const placeholderItemName = (itemHash: number | string) => `Item ${itemHash}`;

/** An item whose definition came without a name: not counted among those Bungie sent no definition for. */
export const unnamedItemName = (itemHash: number | string) => `Unnamed item ${itemHash}`;

/** Bungie's own picture for an item without one. */
export const placeholderItemIcon = bungieIcon('/img/misc/missing_icon.png');

/** Whether the adapter had to name this item by its hash. */
export const hasPlaceholderName = (item: Item) => item.name === placeholderItemName(item.definitionId);
