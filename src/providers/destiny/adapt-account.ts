import { adaptVault, type DestinyVault } from './adapt-vault.ts';
import { bungieIcon } from './bungie-icon.ts';
import { knownClasses, knownGenders, knownRaces, type KnownGuardianType } from './guardian-table.ts';
import type { RawAccount, RawCharacter } from './schema.ts';

export interface DestinyCharacter {
  characterId: string;
  className: string;
  raceName: string;
  genderName: string;
  level: number;
  light: number | null;
  emblem: string | null;
  background: string | null;
  lastPlayed: string | null;
}

export interface DestinyAccount {
  membershipType: number;
  membershipId: string;
  clan: string | null;
  grimoireScore: number | null;
  characters: DestinyCharacter[];
  /** The account's vault; null when the answer has none (private or partial). */
  vault: DestinyVault | null;
  /** Bungie answered without definitions: classes, races and genders are named from the app's own tables. */
  definitionsMissing: boolean;
}

type Definitions = NonNullable<RawAccount['definitions']>;

/** The answer's name for a hash, else the format's own (by hash, then by enum value where the answer has one). */
function guardianName(
  sent: string | undefined,
  known: readonly KnownGuardianType[],
  hash: number | undefined,
  type?: number,
): string | undefined {
  return sent || known.find((entry) => entry.hash === hash)?.name || known.find((entry) => entry.type === type)?.name;
}

function adaptCharacter(raw: RawCharacter, definitions: Definitions | undefined): DestinyCharacter {
  const base = raw.characterBase;
  const light = base.stats.STAT_LIGHT?.value ?? base.powerLevel ?? null;
  return {
    characterId: base.characterId,
    className:
      guardianName(
        definitions?.classes[base.classHash ?? 0]?.className,
        knownClasses,
        base.classHash,
        base.classType,
      ) ?? 'Guardian',
    raceName: guardianName(definitions?.races[base.raceHash ?? 0]?.raceName, knownRaces, base.raceHash) ?? '',
    genderName:
      guardianName(definitions?.genders[base.genderHash ?? 0]?.genderName, knownGenders, base.genderHash) ?? '',
    level: raw.characterLevel ?? raw.levelProgression?.level ?? 0,
    light,
    emblem: bungieIcon(raw.emblemPath),
    background: bungieIcon(raw.backgroundPath),
    lastPlayed: base.dateLastPlayed ?? null,
  };
}

export function adaptAccount(raw: RawAccount): DestinyAccount {
  const { data } = raw;
  return {
    membershipType: data.membershipType,
    membershipId: data.membershipId,
    clan: data.clanName ? (data.clanTag ? `${data.clanName} [${data.clanTag}]` : data.clanName) : null,
    grimoireScore: data.grimoireScore ?? null,
    characters: data.characters.map((character) => adaptCharacter(character, raw.definitions)),
    vault: adaptVault(raw),
    definitionsMissing: !raw.definitions,
  };
}
