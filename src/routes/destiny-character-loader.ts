import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { startQuery } from '../query-client.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { readCharacterParams, refuseMalformedLink, waitsForItem } from '../providers/destiny/route-params.ts';

/**
 * Every page under a character reads its inventory: the item page too, for stacks and the equipped
 * item (an instanced item's page starts it once the item's call is answered: waitsForItem).
 */
export function loader(queryClient: QueryClient, { params, request }: LoaderFunctionArgs) {
  const { membershipType, membershipId, characterId } = readCharacterParams(params);
  refuseMalformedLink(params, new URL(request.url).searchParams);
  if (!waitsForItem(params))
    startQuery(queryClient, destinyQueries.inventory(membershipType, membershipId, characterId));
  return null;
}
