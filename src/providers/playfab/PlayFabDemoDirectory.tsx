import type { PlayFabDemo } from '../../app-config.ts';
import { ChipLink } from '../../ui/ChipLink.tsx';
import { DemoAccountCard } from '../../ui/DemoAccountCard.tsx';
import { ItemCountTag } from '../../ui/ItemCountTag.tsx';
import { playfabPaths } from './paths.ts';

/** The PlayFab demo's players with their characters. */
export function PlayFabDemoDirectory({ demo }: { demo: PlayFabDemo }) {
  const { titleId } = demo;
  return (
    <section aria-labelledby="playfab-demo-players">
      <h3 id="playfab-demo-players" className="mb-2 text-sm font-semibold tracking-wide text-slate-400 uppercase">
        Demo players <span className="font-mono normal-case">(title {titleId})</span>
      </h3>
      <ul className="space-y-2">
        {demo.players.map((player) => (
          <DemoAccountCard
            key={player.playFabId}
            name={player.displayName}
            to={playfabPaths.player(titleId, player.playFabId)}
            details={<span className="ml-2 font-mono text-xs text-slate-400">{player.playFabId}</span>}
          >
            {player.characters.map((character) => (
              <ChipLink
                key={character.characterId}
                to={playfabPaths.inventory(titleId, player.playFabId, character.characterId)}
                owner={player.displayName}
              >
                {character.name} <span className="text-slate-400">· {character.type}</span>
                {character.inventorySize && <ItemCountTag count={character.inventorySize} />}
              </ChipLink>
            ))}
          </DemoAccountCard>
        ))}
      </ul>
    </section>
  );
}
