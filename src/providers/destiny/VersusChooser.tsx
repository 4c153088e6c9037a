import { Link, useSearchParams } from 'react-router';
import { withParam } from '../../inventory/search/with-param.ts';
import type { DestinyCharacter } from './adapt-account.ts';
import { VERSUS_PARAM } from './item-place.ts';

interface VersusChooserProps {
  characters: DestinyCharacter[];
  currentId: string;
}

/** A vault item is worn by nobody: the person picks whose equipped item to compare it with. */
export function VersusChooser({ characters, currentId }: VersusChooserProps) {
  const [params] = useSearchParams();
  return (
    <nav aria-label="Compare with the equipped item of" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-300">In the vault. Compare with what is equipped on</span>
      {characters.map((character) => (
        <Link
          key={character.characterId}
          to={`?${withParam(params, VERSUS_PARAM, character.characterId)}`}
          replace
          preventScrollReset
          aria-current={character.characterId === currentId ? 'true' : undefined}
          className="inline-flex min-h-11 items-center rounded-md border border-slate-700 px-3 font-semibold text-slate-200 hover:bg-slate-800 aria-[current]:border-accent aria-[current]:bg-slate-800"
        >
          {character.className}
        </Link>
      ))}
    </nav>
  );
}
