import { adaptAccount } from './adapt-account.ts';
import { adaptItemDetail } from './adapt-item-detail.ts';
import { parseResponse, unwrapEnvelope } from './envelope.ts';
import { accountSchema, itemDetailSchema, playerSearchSchema } from './schema.ts';

/*
 * What the page makes of Destiny's answers: validated at the boundary, then adapted. Loaded beside
 * the answer it reads (queries.ts), so the loaders that start the calls stay in the app's first script.
 */

export const readPlayerSearch = (body: unknown) =>
  parseResponse(playerSearchSchema, unwrapEnvelope(body), 'player search');

export const readAccount = (body: unknown) =>
  adaptAccount(parseResponse(accountSchema, unwrapEnvelope(body), 'account'));

export const readItemDetail = (body: unknown) =>
  adaptItemDetail(parseResponse(itemDetailSchema, unwrapEnvelope(body), 'item details'));
