import type { Params } from 'react-router';
import { AppError } from '../../inventory/app-error.ts';

export interface PlayFabRouteParams {
  titleId: string;
  playFabId: string;
  characterId?: string;
  itemInstanceId?: string;
}

const TITLE_ID = /^[A-Za-z0-9]{1,32}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function invalid(what: string): AppError {
  return new AppError({ kind: 'bad-request', provider: 'playfab', message: `The ${what} in this link is not valid.` });
}

/** Checks a PlayFab URL's parts before anything is fetched; the proxy would refuse the same ones. */
export function readPlayFabParams(params: Params): PlayFabRouteParams {
  const { titleId = '', playFabId = '', characterId, itemInstanceId } = params;
  if (!TITLE_ID.test(titleId)) throw invalid('title id');
  if (!ID.test(playFabId)) throw invalid('PlayFab id');
  if (characterId !== undefined && !ID.test(characterId)) throw invalid('character id');
  if (itemInstanceId !== undefined && (itemInstanceId.length < 1 || itemInstanceId.length > 100))
    throw invalid('item id');
  return { titleId, playFabId, characterId, itemInstanceId };
}
