import type { Params } from 'react-router';
import { AppError } from '../../inventory/app-error.ts';
import { parseId, parseMembershipType, type MembershipType } from './platforms.ts';

export interface DestinyRouteParams {
  membershipType: MembershipType;
  membershipId: string;
  characterId?: string;
}

function invalid(what: string): AppError {
  return new AppError({ kind: 'bad-request', provider: 'destiny', message: `The ${what} in this link is not valid.` });
}

/** Checks a Destiny URL's parts before anything is fetched; a malformed link gets a clear page. */
export function readDestinyParams(params: Params): DestinyRouteParams {
  const membershipType = parseMembershipType(params.membershipType);
  if (!membershipType) throw invalid('platform (1 for Xbox, 2 for PlayStation)');
  const membershipId = parseId(params.membershipId);
  if (!membershipId) throw invalid('account id');
  if (params.characterId === undefined) return { membershipType, membershipId };
  const characterId = parseId(params.characterId);
  if (!characterId) throw invalid('character id');
  return { membershipType, membershipId, characterId };
}

/** An item link names an instance, or, for a non-instanced stack, instance "0" and the item's hash. */
export type DestinyItemRef = { kind: 'instance'; instanceId: string } | { kind: 'stack'; itemHash: string };

export function readItemRef(itemId: string | undefined, search: URLSearchParams): DestinyItemRef {
  const instanceId = parseId(itemId);
  if (!instanceId) throw invalid('item id');
  if (instanceId !== '0') return { kind: 'instance', instanceId };
  const itemHash = parseId(search.get('hash') ?? undefined);
  if (!itemHash) throw invalid('item hash');
  return { kind: 'stack', itemHash };
}
