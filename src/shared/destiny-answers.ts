/**
 * Declared shared: what the server makes of Destiny's answers, with the browser's own schema and
 * adapters. One function per kind of answer, used by every page's preview and first screen alike:
 * the server keeps what a function made of an answer by the function (link-preview.ts), so each
 * answer is parsed once however many of them read it.
 */

import * as v from 'valibot';
import { adaptAccount } from '../providers/destiny/adapt-account.ts';
import { adaptCharacterInventory } from '../providers/destiny/adapt-inventory.ts';
import { adaptItemDetail } from '../providers/destiny/adapt-item-detail.ts';
import { unwrapEnvelope } from '../providers/destiny/envelope.ts';
import { accountSchema, characterInventorySchema, itemDetailSchema } from '../providers/destiny/schema.ts';

export const parseAccount = (json: unknown) => adaptAccount(v.parse(accountSchema, unwrapEnvelope(json)));

export const parseInventory = (json: unknown) =>
  adaptCharacterInventory(v.parse(characterInventorySchema, unwrapEnvelope(json)));

export const parseItemDetail = (json: unknown) => adaptItemDetail(v.parse(itemDetailSchema, unwrapEnvelope(json)));
