import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { startQuery } from '../query-client.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { readCharacterParams, readItemRef } from '../providers/destiny/route-params.ts';

/**
 * An instance has its own call, and the account's and the inventory's start once it is answered
 * (see waitsForItem); a stack is read from the inventory or the vault, which the account's and the
 * character's loaders started.
 */
export function loader(queryClient: QueryClient, { params, request }: LoaderFunctionArgs) {
  const { membershipType, membershipId, characterId } = readCharacterParams(params);
  const ref = readItemRef(params, new URL(request.url).searchParams);
  if (ref.kind === 'stack') return null;
  void queryClient
    .query(destinyQueries.item(membershipType, membershipId, characterId, ref.instanceId))
    .catch(() => {})
    .then(() => {
      startQuery(queryClient, destinyQueries.account(membershipType, membershipId));
      startQuery(queryClient, destinyQueries.inventory(membershipType, membershipId, characterId));
    });
  return null;
}
