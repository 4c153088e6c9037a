import { Link } from 'react-router';
import type { PlayFabCharacter } from './queries.ts';

interface CharacterLinksProps {
  characters: PlayFabCharacter[];
  hrefFor: (characterId: string) => string;
  currentId?: string;
}

/** A player's characters as cards (name and type), each a link to its inventory. */
export function CharacterLinks({ characters, hrefFor, currentId }: CharacterLinksProps) {
  return (
    <ul className="flex gap-3 overflow-x-auto pb-1 sm:grid sm:grid-cols-2 sm:overflow-visible sm:pb-0 md:grid-cols-3">
      {characters.map((character) => {
        const current = character.characterId === currentId;
        return (
          <li key={character.characterId} className="w-56 shrink-0 sm:w-auto">
            <Link
              to={hrefFor(character.characterId)}
              aria-current={current ? 'page' : undefined}
              className={`flex h-14 items-center gap-3 sm:h-16 rounded-lg border bg-gradient-to-r from-slate-800 to-slate-900 px-3 shadow transition hover:brightness-125 ${
                current ? 'border-accent' : 'border-slate-700'
              }`}
            >
              <span
                aria-hidden="true"
                className="grid size-10 place-items-center rounded-md bg-slate-700 text-lg font-bold text-slate-100"
              >
                {character.name.charAt(0)}
              </span>
              <span className="min-w-0">
                <span className="block truncate text-lg font-bold text-white">{character.name}</span>{' '}
                <span className="block text-sm text-slate-300">{character.type || 'Character'}</span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
