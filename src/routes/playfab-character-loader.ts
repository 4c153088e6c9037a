import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { startQuery } from '../query-client.ts';
import { playfabQueries } from '../providers/playfab/queries.ts';
import { readPlayFabParams } from '../providers/playfab/route-params.ts';

/**
 * The loader of every PlayFab page about one character (its inventory, one of its items): both
 * read the player's characters and the character's inventory, as PlayFab has no per-item call.
 */
export function loadCharacterPage(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  const { titleId, playFabId, characterId } = readPlayFabParams(params);
  startQuery(queryClient, playfabQueries.characters(titleId, playFabId));
  startQuery(queryClient, playfabQueries.inventory(titleId, playFabId, characterId!));
  return null;
}
