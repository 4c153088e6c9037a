import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { startQuery } from '../../query-client.ts';
import { PLAYER_PARAM } from './paths.ts';
import { destinyQueries } from './queries.ts';

/*
 * Destiny 1 names a player only in SearchDestinyPlayer's answer, never in GetAccount's. A link
 * carries the name it was made with in `?player=`, and a page shows it only once a search for that
 * name lists this very account, so a link cannot put just any name beside an account.
 */

const LONGEST_NAME = 64;

function claimedName(search: URLSearchParams): string | null {
  const name = search.get(PLAYER_PARAM)?.trim();
  return name && name.length <= LONGEST_NAME ? name : null;
}

/** For loaders: starts the search that confirms the name a link carries, if it carries one. */
export function startPlayerName(queryClient: QueryClient, membershipType: number, request: Request): void {
  const claimed = claimedName(new URL(request.url).searchParams);
  if (claimed) startQuery(queryClient, destinyQueries.search(membershipType, claimed));
}

/** The player's display name as Bungie spells it, or null while unconfirmed or when the link names nobody. */
export function usePlayerName(membershipType: number, membershipId: string): string | null {
  const [search] = useSearchParams();
  const claimed = claimedName(search);
  const { data } = useQuery({ ...destinyQueries.search(membershipType, claimed ?? ''), enabled: claimed !== null });
  return data?.find((player) => player.membershipId === membershipId)?.displayName ?? null;
}
