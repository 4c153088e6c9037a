import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { startQuery } from '../query-client.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { readAccountParams, refuseMalformedLink, waitsForItem } from '../providers/destiny/route-params.ts';
import { startPlayerName } from '../providers/destiny/use-player-name.ts';

/**
 * Every page under an account shows its characters and the player's name: started once, for them
 * all (an instanced item's page starts the account once the item's call is answered: waitsForItem).
 */
export function loader(queryClient: QueryClient, { params, request }: LoaderFunctionArgs) {
  const { membershipType, membershipId } = readAccountParams(params);
  refuseMalformedLink(params, new URL(request.url).searchParams);
  if (!waitsForItem(params)) startQuery(queryClient, destinyQueries.account(membershipType, membershipId));
  startPlayerName(queryClient, membershipType, request);
  return null;
}
