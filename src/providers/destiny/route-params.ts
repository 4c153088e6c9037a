import type { Params } from 'react-router';
import { AppError } from '../../inventory/app-error.ts';
import { parseId, parseMembershipType, type MembershipType } from './platforms.ts';

/** What every page under an account reads: which account. */
export interface DestinyAccountParams {
  membershipType: MembershipType;
  membershipId: string;
}

/** What every page under a character reads: which account, and which of its characters. */
export interface DestinyCharacterParams extends DestinyAccountParams {
  characterId: string;
}

function invalid(what: string): AppError {
  return new AppError({ kind: 'bad-request', provider: 'destiny', message: `The ${what} in this link is not valid.` });
}

/** Checks a Destiny URL's parts before anything is fetched; a malformed link gets a clear page. */
export function readAccountParams(params: Params): DestinyAccountParams {
  const membershipType = parseMembershipType(params.membershipType);
  if (!membershipType) throw invalid('platform (1 for Xbox, 2 for PlayStation)');
  const membershipId = parseId(params.membershipId);
  if (!membershipId) throw invalid('account id');
  return { membershipType, membershipId };
}

export function readCharacterParams(params: Params): DestinyCharacterParams {
  const account = readAccountParams(params);
  const characterId = parseId(params.characterId);
  if (!characterId) throw invalid('character id');
  return { ...account, characterId };
}

/**
 * Loaders run side by side, so each level refuses a link whose deeper parts are malformed too:
 * a bad character or item id anywhere in it sends no request at all.
 */
export function refuseMalformedLink(params: Params, search: URLSearchParams): void {
  if (params.characterId !== undefined) readCharacterParams(params);
  if (params.itemInstanceId !== undefined) readItemRef(params, search);
}

/**
 * An instanced item's link: its heading needs only the item's own call, so the account's and the
 * inventory's calls (names, the equipped item to compare with) wait for it, and their parsing never
 * delays the heading (destiny-item-loader.ts starts them).
 */
export const waitsForItem = (params: Params): boolean =>
  params.itemInstanceId !== undefined && params.itemInstanceId !== '0';

/** An item link names an instance, or, for a non-instanced stack, instance "0" and the item's hash. */
export type DestinyItemRef = { kind: 'instance'; instanceId: string } | { kind: 'stack'; itemHash: string };

export function readItemRef(params: Params, search: URLSearchParams): DestinyItemRef {
  const instanceId = parseId(params.itemInstanceId);
  if (!instanceId) throw invalid('item id');
  if (instanceId !== '0') return { kind: 'instance', instanceId };
  const itemHash = parseId(search.get('hash') ?? undefined);
  if (!itemHash) throw invalid('item hash');
  return { kind: 'stack', itemHash };
}
