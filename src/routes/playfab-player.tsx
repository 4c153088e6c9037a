import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { CharacterLinks } from '../providers/playfab/CharacterLinks.tsx';
import { playfabPaths } from '../providers/playfab/paths.ts';
import { playfabQueries } from '../providers/playfab/queries.ts';
import { readPlayerParams } from '../providers/playfab/route-params.ts';
import { Breadcrumbs } from '../ui/Breadcrumbs.tsx';
import { BackLink } from '../ui/BackLink.tsx';
import { QueryError } from '../ui/QueryError.tsx';
import { ShareLink } from '../ui/ShareLink.tsx';
import { usePageTitle } from '../ui/use-page-title.ts';

const backHome = <BackLink to="/">Open another player</BackLink>;

/** The player's own page; playfab-player-loader.ts started the characters for it and every page below. */
export function Component() {
  const { titleId, playFabId } = readPlayerParams(useParams());
  const characters = useQuery(playfabQueries.characters(titleId, playFabId));
  usePageTitle(`PlayFab player ${playFabId}`);
  return (
    <div className="space-y-6">
      <Breadcrumbs crumbs={[{ label: 'Start', to: '/' }, { label: 'PlayFab player' }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-slate-50">PlayFab player</h1>
          <p className="text-sm text-slate-400">
            Title <span className="font-mono">{titleId}</span> · <span className="font-mono">{playFabId}</span>
          </p>
        </div>
        <ShareLink title={`PlayFab player ${playFabId}`} />
      </div>
      <QueryError query={characters} actions={backHome} />
      {characters.isPending && (
        <div aria-busy="true" aria-label="Loading characters" className="grid gap-3 md:grid-cols-3">
          {[0, 1, 2].map((i) => (
            <div key={i} className="h-16 animate-pulse rounded-lg bg-slate-800" />
          ))}
        </div>
      )}
      {characters.data && (
        <section aria-labelledby="characters" className="space-y-3">
          <h2 id="characters" className="text-lg font-semibold text-slate-100">
            Characters
          </h2>
          {characters.data.length === 0 ? (
            <p className="text-slate-400">This player has no characters.</p>
          ) : (
            <CharacterLinks
              characters={characters.data}
              hrefFor={(id) => playfabPaths.inventory(titleId, playFabId, id)}
            />
          )}
        </section>
      )}
    </div>
  );
}
