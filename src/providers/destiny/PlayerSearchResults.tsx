import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import { destinyPaths } from './paths.ts';
import { platformName } from './platforms.ts';
import { destinyQueries } from './queries.ts';

/** Players matching a search, each a link to their account. */
export function PlayerSearchResults({ membershipType, name }: { membershipType: number; name: string }) {
  const search = useQuery(destinyQueries.search(membershipType, name));
  if (search.isPending) return <p className="text-sm text-slate-400">Searching for “{name}”…</p>;
  if (search.isError)
    return (
      <ErrorPanel compact error={search.error} errorKey={search.errorUpdatedAt} onRetry={() => search.refetch()} />
    );
  if (search.data.length === 0) {
    return (
      <p className="rounded-md border border-slate-800 bg-slate-900 px-4 py-3 text-sm text-slate-300">
        No Destiny player named “{name}”{membershipType > 0 ? ` on ${platformName(membershipType)}` : ''}. Check the
        spelling, or try all platforms.
      </p>
    );
  }
  return (
    <ul
      aria-label="Players found"
      className="divide-y divide-slate-800 rounded-md border border-slate-800 bg-slate-900"
    >
      {search.data.map((player) => (
        <li key={`${player.membershipType}-${player.membershipId}`}>
          <Link
            to={destinyPaths.account(player.membershipType, player.membershipId, player.displayName)}
            className="flex items-center justify-between px-4 py-3 hover:bg-slate-800"
          >
            <span className="font-medium text-slate-100">{player.displayName}</span>
            <span className="text-sm text-slate-400">{platformName(player.membershipType)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
