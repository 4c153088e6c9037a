import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { startQuery } from '../query-client.ts';
import { playfabQueries } from '../providers/playfab/queries.ts';
import { readCharacterParams, refuseMalformedLink } from '../providers/playfab/route-params.ts';

/** Every page under a character reads its inventory: the item page too, as PlayFab has no per-item call. */
export function loader(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  const { titleId, playFabId, characterId } = readCharacterParams(params);
  refuseMalformedLink(params);
  startQuery(queryClient, playfabQueries.inventory(titleId, playFabId, characterId));
  return null;
}
