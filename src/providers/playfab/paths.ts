import { compareHref } from '../../inventory/compare/compare-params.ts';
import { fillPattern } from '../../shared/path-pattern.ts';
import { playfabPatterns } from './route-patterns.ts';

/** App URLs of PlayFab views: the share links. */
export const playfabPaths = {
  player: (titleId: string, playFabId: string) => fillPattern(playfabPatterns.player, { titleId, playFabId }),
  inventory: (titleId: string, playFabId: string, characterId: string) =>
    fillPattern(playfabPatterns.character, { titleId, playFabId, characterId }),
  item: (titleId: string, playFabId: string, characterId: string, itemInstanceId: string) =>
    fillPattern(playfabPatterns.item, { titleId, playFabId, characterId, itemInstanceId }),
  compare: (
    titleId: string,
    playFabId: string,
    characterId: string,
    itemInstanceIds: readonly string[] = [],
    ref?: string,
  ) => compareHref(fillPattern(playfabPatterns.compare, { titleId, playFabId, characterId }), itemInstanceIds, ref),
};

export type PlayFabCallName = 'GetCharacterInventory' | 'GetCatalogItems' | 'GetAllUsersCharacters';

/** The proxy URL of one of the three allowlisted Server calls. */
export const playfabApiPath = (titleId: string, call: PlayFabCallName) => `/api/playfab/${titleId}/Server/${call}`;
