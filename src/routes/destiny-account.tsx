import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { BucketGridSkeleton } from '../inventory/BucketGridSkeleton.tsx';
import { CurrencySection } from '../inventory/CurrencySection.tsx';
import { MissingDefinitionsNotice } from '../providers/destiny/MissingDefinitionsNotice.tsx';
import { destinyPaths } from '../providers/destiny/paths.ts';
import { platformName } from '../providers/destiny/platforms.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { readAccountParams } from '../providers/destiny/route-params.ts';
import { useAccountInventory } from '../providers/destiny/use-account-inventory.ts';
import { usePlayerName } from '../providers/destiny/use-player-name.ts';
import { startQuery } from '../query-client.ts';
import { BackLink } from '../ui/BackLink.tsx';
import { Breadcrumbs } from '../ui/Breadcrumbs.tsx';
import { DemoBadge } from '../ui/DemoBadge.tsx';
import { QueryError } from '../ui/QueryError.tsx';
import { ShareLink } from '../ui/ShareLink.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { useProviderMode } from '../use-provider-mode.ts';
import { DestinyAccountItems } from './DestinyAccountItems.tsx';
import { keepSearch } from './keep-search.ts';

const backHome = <BackLink to="/">Find another player</BackLink>;

/** The account's loader started the account; this page also wants every character's inventory, as soon as it is known who they are. */
export function loader(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  const { membershipType, membershipId } = readAccountParams(params);
  queryClient
    .query(destinyQueries.account(membershipType, membershipId))
    .then(({ characters }) => {
      for (const { characterId } of characters)
        startQuery(queryClient, destinyQueries.inventory(membershipType, membershipId, characterId));
    })
    .catch(() => {});
  return null;
}

/** The whole account: every character and the vault side by side, one search over all of them. */
export function Component() {
  const { membershipType, membershipId } = readAccountParams(useParams());
  const [params] = useSearchParams();
  const account = useQuery(destinyQueries.account(membershipType, membershipId));
  const playerName = usePlayerName(membershipType, membershipId);
  usePageTitle(playerName, 'Destiny account');
  const { sources, loading, failures } = useAccountInventory(membershipType, membershipId);
  const demo = useProviderMode('destiny') === 'demo';
  const currencies = account.data?.vault?.inventory.currencies;

  return (
    <div className="space-y-4 sm:space-y-6">
      <Breadcrumbs
        crumbs={[{ label: 'Start', to: '/' }, { label: playerName ?? `${platformName(membershipType)} account` }]}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-slate-50">{playerName ?? 'Destiny account'}</h1>
          <p className="text-sm text-slate-400">
            {playerName && 'Destiny account · '}
            {platformName(membershipType)} · <span className="font-mono">{membershipId}</span>
            {account.data?.clan && ` · ${account.data.clan}`}
            {account.data?.grimoireScore != null && ` · Grimoire ${account.data.grimoireScore}`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          {demo && <DemoBadge />}
          <ShareLink title={playerName ?? 'Destiny account'} />
        </div>
      </div>
      <QueryError query={account} actions={backHome} />
      {account.data?.definitionsMissing && <MissingDefinitionsNotice page="account" />}
      {account.data && !account.data.vault && (
        <p className="rounded-lg border border-slate-700 bg-slate-900 p-3 text-sm text-slate-300">
          Bungie’s answer has no vault for this account (its inventory may be private). The characters are shown without
          it.
        </p>
      )}
      {account.data?.characters.length === 0 && <p className="text-slate-400">This account has no characters yet.</p>}
      {currencies && currencies.length > 0 && <CurrencySection currencies={currencies} />}
      {account.data && sources.length > 0 && (
        <DestinyAccountItems
          account={account.data}
          sources={sources}
          loading={loading}
          failures={failures}
          characterHref={(characterId) =>
            keepSearch(destinyPaths.inventory(membershipType, membershipId, characterId, playerName), params)
          }
        />
      )}
      {account.isPending && <BucketGridSkeleton />}
    </div>
  );
}
