import type { DestinyCharacter } from './adapt-account.ts';
import { CharacterCard } from './CharacterCard.tsx';

interface CharacterSwitcherProps {
  characters: DestinyCharacter[];
  currentId: string;
  hrefFor: (characterId: string) => string;
}

/** The account's characters side by side (on a phone, one compact row that scrolls sideways); the one on screen is marked as the current page. */
export function CharacterSwitcher({ characters, currentId, hrefFor }: CharacterSwitcherProps) {
  return (
    <nav aria-label="Characters">
      <ul className="flex gap-3 overflow-x-auto pb-1 md:grid md:grid-cols-3 md:overflow-visible md:pb-0">
        {characters.map((character) => (
          <li key={character.characterId} className="w-72 shrink-0 md:w-auto">
            <CharacterCard
              character={character}
              href={hrefFor(character.characterId)}
              current={character.characterId === currentId}
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}
