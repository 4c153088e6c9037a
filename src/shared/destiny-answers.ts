/**
 * Declared shared: what the server makes of Destiny's answers, with the browser's own readers. One
 * function per kind of answer, used by every page's preview and first screen alike: the server
 * keeps what a function made of an answer by the function (link-preview.ts), so each answer is
 * parsed once however many of them read it.
 */

import * as v from 'valibot';
import { adaptCharacterInventory } from '../providers/destiny/adapt-inventory.ts';
import { unwrapEnvelope } from '../providers/destiny/envelope.ts';
import { characterInventorySchema } from '../providers/destiny/schema.ts';

export { readAccount as parseAccount, readItemDetail as parseItemDetail } from '../providers/destiny/read-responses.ts';

export const parseInventory = (json: unknown) =>
  adaptCharacterInventory(v.parse(characterInventorySchema, unwrapEnvelope(json)));
