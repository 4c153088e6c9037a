import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { startQuery } from '../query-client.ts';
import { playfabQueries } from '../providers/playfab/queries.ts';
import { readPlayerParams, refuseMalformedLink } from '../providers/playfab/route-params.ts';

/** Every page under a player names its characters: started once, for them all. */
export function loader(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  const { titleId, playFabId } = readPlayerParams(params);
  refuseMalformedLink(params);
  startQuery(queryClient, playfabQueries.characters(titleId, playFabId));
  return null;
}
