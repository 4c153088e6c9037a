import { adaptCharacterInventory as adaptDestinyInventory } from '../providers/destiny/adapt-inventory.ts';
import { parseResponse, unwrapEnvelope as unwrapDestiny } from '../providers/destiny/envelope.ts';
import { characterInventorySchema as destinyInventorySchema } from '../providers/destiny/schema.ts';
import { catalogVersionsHint } from '../providers/playfab/catalog-versions.ts';
import { parseData, unwrapEnvelope as unwrapPlayFab } from '../providers/playfab/envelope.ts';
import { characterInventorySchema as playfabInventorySchema } from '../providers/playfab/schema.ts';

/**
 * The work done on responses big enough to freeze a page (a 10,000-item inventory is megabytes of
 * JSON): each turns a parsed body into what its query returns, and runs in the parse worker.
 * PlayFab's stops at the validated raw inventory, because its catalog join needs the query cache.
 */
export const parseTasks = {
  'destiny.inventory': (body: unknown) =>
    adaptDestinyInventory(parseResponse(destinyInventorySchema, unwrapDestiny(body), 'character inventory')),
  'playfab.inventory': (body: unknown, retryAfterSeconds?: number) =>
    parseData(playfabInventorySchema, unwrapPlayFab(body, retryAfterSeconds), 'character inventory'),
};

export type ParseTaskName = keyof typeof parseTasks;
export type ParseTaskResult<T extends ParseTaskName> = ReturnType<(typeof parseTasks)[T]>;

/**
 * What a task can read from a body before it validates it, for the page to start what the result
 * will need (PlayFab's catalogs) while the worker is still busy. Cheap, and never throws.
 */
export const earlyReads = {
  'playfab.inventory': catalogVersionsHint,
} satisfies Partial<Record<ParseTaskName, (body: unknown) => unknown>>;

export type EarlyRead<T extends ParseTaskName> = T extends keyof typeof earlyReads
  ? ReturnType<(typeof earlyReads)[T]>
  : never;
