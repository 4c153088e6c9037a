import type { ParseTask } from '../../parsing/parse-task.ts';
import { catalogVersionsHint } from './catalog-versions.ts';
import { parseData, unwrapEnvelope } from './envelope.ts';
import { characterInventorySchema, type RawCharacterInventory } from './schema.ts';

/**
 * A character's inventory, validated in the parse worker. It stops at the raw inventory, because
 * the catalog join needs the query cache; the early read names the catalogs to ask for meanwhile.
 */
export const inventoryTask: ParseTask<RawCharacterInventory, string[]> = {
  parse: (body, retryAfterSeconds) =>
    parseData(characterInventorySchema, unwrapEnvelope(body, retryAfterSeconds), 'character inventory'),
  earlyRead: catalogVersionsHint,
};
