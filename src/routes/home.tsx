import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { appConfigQuery } from '../app-config.ts';
import { startQuery } from '../query-client.ts';
import { DemoDirectory } from '../providers/destiny/DemoDirectory.tsx';
import { PlayerSearchForm } from '../providers/destiny/PlayerSearchForm.tsx';
import { PlayerSearchResults } from '../providers/destiny/PlayerSearchResults.tsx';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { PlayFabDemoDirectory } from '../providers/playfab/PlayFabDemoDirectory.tsx';
import { PlayFabEntryForm } from '../providers/playfab/PlayFabEntryForm.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';
import { DemoScenarios } from './DemoScenarios.tsx';
import { ProviderCards } from './ProviderCards.tsx';

const SEARCH_PLATFORMS = new Set(['-1', '1', '2']);

/** The search in the URL, when it is one we can send. */
function readSearch(params: URLSearchParams): { membershipType: number; name: string } | null {
  const name = params.get('name')?.trim() ?? '';
  const platform = params.get('platform') ?? '-1';
  if (!name || name.length > 100 || !SEARCH_PLATFORMS.has(platform)) return null;
  return { membershipType: Number(platform), name };
}

export function loader(queryClient: QueryClient, { request }: LoaderFunctionArgs) {
  const search = readSearch(new URL(request.url).searchParams);
  if (search) startQuery(queryClient, destinyQueries.search(search.membershipType, search.name));
  return null;
}

export function Component() {
  const [params] = useSearchParams();
  const { data: config } = useQuery(appConfigQuery);
  const search = readSearch(params);
  usePageTitle();
  const demo = config?.demo;
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-50">Your gear, one link away</h1>
        <p className="max-w-2xl text-slate-300">
          Browse a character's inventory, inspect any item, check currency balances, and share exactly what you see:
          every view in Gearview is a link.
        </p>
      </section>
      {(demo?.destiny || demo?.playfab) && (
        <section aria-labelledby="demo-players" className="space-y-4">
          <h2 id="demo-players" className="text-xl font-semibold text-slate-50">
            Try a demo player
          </h2>
          <div className="grid gap-6 lg:grid-cols-2">
            {demo.destiny && <DemoDirectory accounts={demo.destiny.accounts} />}
            {demo.playfab && <PlayFabDemoDirectory demo={demo.playfab} />}
          </div>
        </section>
      )}
      <ProviderCards config={config} />
      <section
        aria-labelledby="destiny-search"
        className="space-y-4 rounded-xl border border-slate-800 bg-slate-900/50 p-5"
      >
        <h2 id="destiny-search" className="text-xl font-semibold text-slate-50">
          Find a Destiny player
        </h2>
        <PlayerSearchForm
          key={params.toString()}
          platform={params.get('platform') ?? '-1'}
          name={params.get('name') ?? ''}
        />
        {params.has('name') && !search && (
          <p className="text-sm text-amber-300">Enter a player name of 1 to 100 characters.</p>
        )}
        {search && <PlayerSearchResults membershipType={search.membershipType} name={search.name} />}
      </section>
      <section
        aria-labelledby="playfab-entry"
        className="space-y-4 rounded-xl border border-slate-800 bg-slate-900/50 p-5"
      >
        <h2 id="playfab-entry" className="text-xl font-semibold text-slate-50">
          Open a PlayFab player
        </h2>
        <PlayFabEntryForm key={config?.demo?.playfab?.titleId} titleId={config?.demo?.playfab?.titleId} />
      </section>
      {demo && <DemoScenarios demo={demo} />}
    </div>
  );
}
