import type { Inventory } from '../../inventory/model.ts';
import { packInventory, type PackedInventory } from '../../parsing/pack-inventory.ts';
import type { ParseTask } from '../../parsing/parse-task.ts';
import { adaptCharacterInventory } from './adapt-inventory.ts';
import { parseResponse, unwrapEnvelope } from './envelope.ts';
import { characterInventorySchema } from './schema.ts';

/** A character's or the vault's inventory, validated and adapted in the parse worker; it crosses as columns. */
export const inventoryTask: ParseTask<Inventory, never, PackedInventory> = {
  parse: (body) =>
    adaptCharacterInventory(parseResponse(characterInventorySchema, unwrapEnvelope(body), 'character inventory')),
  pack: packInventory,
};
