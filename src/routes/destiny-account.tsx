import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { CharacterCard } from '../providers/destiny/CharacterCard.tsx';
import { MissingDefinitionsNotice } from '../providers/destiny/MissingDefinitionsNotice.tsx';
import { destinyPaths } from '../providers/destiny/paths.ts';
import { platformName } from '../providers/destiny/platforms.ts';
import { destinyQueries } from '../providers/destiny/queries.ts';
import { readAccountParams } from '../providers/destiny/route-params.ts';
import { usePlayerName } from '../providers/destiny/use-player-name.ts';
import { Breadcrumbs } from '../ui/Breadcrumbs.tsx';
import { BackLink } from '../ui/BackLink.tsx';
import { QueryError } from '../ui/QueryError.tsx';

const backHome = <BackLink to="/">Find another player</BackLink>;

/** The account's own page; destiny-account-loader.ts started the account for it and every page below. */
export function Component() {
  const { membershipType, membershipId } = readAccountParams(useParams());
  const account = useQuery(destinyQueries.account(membershipType, membershipId));
  const playerName = usePlayerName(membershipType, membershipId);

  return (
    <div className="space-y-6">
      <Breadcrumbs
        crumbs={[{ label: 'Start', to: '/' }, { label: playerName ?? `${platformName(membershipType)} account` }]}
      />
      <div>
        <h1 className="text-2xl font-bold text-slate-50">{playerName ?? 'Destiny account'}</h1>
        <p className="text-sm text-slate-400">
          {playerName && 'Destiny account · '}
          {platformName(membershipType)} · <span className="font-mono">{membershipId}</span>
          {account.data?.clan && ` · ${account.data.clan}`}
          {account.data?.grimoireScore != null && ` · Grimoire ${account.data.grimoireScore}`}
        </p>
      </div>
      <QueryError query={account} actions={backHome} />
      {account.data?.definitionsMissing && <MissingDefinitionsNotice page="account" />}
      {account.isPending && (
        <div aria-busy="true" aria-label="Loading characters" className="grid gap-3 md:grid-cols-3">
          {[0, 1, 2].map((i) => (
            <div key={i} className="h-20 animate-pulse rounded-lg bg-slate-800" />
          ))}
        </div>
      )}
      {account.data && (
        <section aria-labelledby="characters">
          <h2 id="characters" className="mb-3 text-lg font-semibold text-slate-100">
            Characters
          </h2>
          {account.data.characters.length === 0 ? (
            <p className="text-slate-400">This account has no characters yet.</p>
          ) : (
            <ul className="grid gap-3 md:grid-cols-3">
              {account.data.characters.map((character) => (
                <li key={character.characterId}>
                  <CharacterCard
                    character={character}
                    href={destinyPaths.inventory(membershipType, membershipId, character.characterId, playerName)}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
