import { compareHref } from '../../inventory/compare/compare-params.ts';
import { fillPattern } from '../../shared/path-pattern.ts';
import { destinyPatterns } from './route-patterns.ts';

/** The query parameter that carries a player's display name from page to page (see use-player-name.ts). */
export const PLAYER_PARAM = 'player';

const named = (path: string, player: string | null | undefined) =>
  player ? `${path}?${PLAYER_PARAM}=${encodeURIComponent(player)}` : path;

/** App URLs of Destiny views: the share links. Account and character links may name the player. */
export const destinyPaths = {
  account: (membershipType: number, membershipId: string, player?: string | null) =>
    named(fillPattern(destinyPatterns.account, { membershipType, membershipId }), player),
  inventory: (membershipType: number, membershipId: string, characterId: string, player?: string | null) =>
    named(fillPattern(destinyPatterns.character, { membershipType, membershipId, characterId }), player),
  item: (membershipType: number, membershipId: string, characterId: string, itemInstanceId: string) =>
    fillPattern(destinyPatterns.item, { membershipType, membershipId, characterId, itemInstanceId }),
  /** Stacks have no instance id: instance "0" and the item's hash say which stack. */
  stack: (membershipType: number, membershipId: string, characterId: string, itemHash: string) =>
    `${destinyPaths.item(membershipType, membershipId, characterId, '0')}?hash=${itemHash}`,
  /** Instances from any character or the vault, side by side; `ref` is the one the others are measured against. */
  compare: (membershipType: number, membershipId: string, itemInstanceIds: readonly string[] = [], ref?: string) =>
    compareHref(fillPattern(destinyPatterns.compare, { membershipType, membershipId }), itemInstanceIds, ref),
};

const API = '/api/bungie/Platform/Destiny';

/** Proxy URLs of Bungie calls. The server's link previews ask for the same URLs, so both share one cache entry. */
export const destinyApiPaths = {
  search: (membershipType: number, displayName: string) =>
    `${API}/SearchDestinyPlayer/${membershipType}/${encodeURIComponent(displayName)}/`,
  account: (membershipType: number, membershipId: string) =>
    `${API}/${membershipType}/Account/${membershipId}/?definitions=true`,
  inventory: (membershipType: number, membershipId: string, characterId: string) =>
    `${API}/${membershipType}/Account/${membershipId}/Character/${characterId}/Inventory/?definitions=true`,
  item: (membershipType: number, membershipId: string, characterId: string, itemInstanceId: string) =>
    `${API}/${membershipType}/Account/${membershipId}/Character/${characterId}/Inventory/${itemInstanceId}/?definitions=true`,
};
