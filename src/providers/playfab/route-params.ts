import type { Params } from 'react-router';
import { AppError } from '../../inventory/app-error.ts';

/** What every page under a player reads: which title, and which player of it. */
export interface PlayFabPlayerParams {
  titleId: string;
  playFabId: string;
}

/** What every page under a character reads. */
export interface PlayFabCharacterParams extends PlayFabPlayerParams {
  characterId: string;
}

export interface PlayFabItemParams extends PlayFabCharacterParams {
  itemInstanceId: string;
}

const TITLE_ID = /^[A-Za-z0-9]{1,32}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const HEX_ID = /^[0-9a-f]{16}$/i;

function invalid(what: string): AppError {
  return new AppError({ kind: 'bad-request', provider: 'playfab', message: `The ${what} in this link is not valid.` });
}

/** Checks a PlayFab URL's parts before anything is fetched; the proxy would refuse the same ones. */
export function readPlayerParams(params: Params): PlayFabPlayerParams {
  const { titleId, playFabId } = params;
  if (titleId === undefined || !TITLE_ID.test(titleId)) throw invalid('title id');
  if (playFabId === undefined || !ID.test(playFabId)) throw invalid('PlayFab id');
  // PlayFab writes its 16-hex-digit ids in upper case: a link typed in lower case means the same player.
  return { titleId, playFabId: HEX_ID.test(playFabId) ? playFabId.toUpperCase() : playFabId };
}

export function readCharacterParams(params: Params): PlayFabCharacterParams {
  const player = readPlayerParams(params);
  const { characterId } = params;
  if (characterId === undefined || !ID.test(characterId)) throw invalid('character id');
  return { ...player, characterId };
}

/** Loaders run side by side: each level refuses a link whose deeper parts are malformed too, so it sends no request. */
export function refuseMalformedLink(params: Params): void {
  if (params.characterId !== undefined) readCharacterParams(params);
  if (params.itemInstanceId !== undefined) readItemParams(params);
}

/** An item route's id: PlayFab's own are shorter than this. */
export const isInstanceId = (id: string) => id.length >= 1 && id.length <= 100;

export function readItemParams(params: Params): PlayFabItemParams {
  const character = readCharacterParams(params);
  const { itemInstanceId } = params;
  if (itemInstanceId === undefined || !isInstanceId(itemInstanceId)) throw invalid('item id');
  return { ...character, itemInstanceId };
}
