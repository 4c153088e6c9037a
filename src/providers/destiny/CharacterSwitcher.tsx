import type { DestinyCharacter } from './adapt-account.ts';
import { CharacterCard } from './CharacterCard.tsx';

interface CharacterSwitcherProps {
  characters: DestinyCharacter[];
  currentId: string;
  hrefFor: (characterId: string) => string;
}

/** The account's characters side by side; the one on screen is marked as the current page. */
export function CharacterSwitcher({ characters, currentId, hrefFor }: CharacterSwitcherProps) {
  return (
    <nav aria-label="Characters">
      <ul className="grid gap-3 md:grid-cols-3">
        {characters.map((character) => (
          <li key={character.characterId}>
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
