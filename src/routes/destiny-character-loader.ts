import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { startQuery } from '../query-client.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { readCharacterParams } from '../providers/destiny/route-params.ts';

/** Every page under a character reads its inventory: the item page too, for stacks and the equipped item. */
export function loader(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  const { membershipType, membershipId, characterId } = readCharacterParams(params);
  startQuery(queryClient, destinyQueries.inventory(membershipType, membershipId, characterId));
  return null;
}
