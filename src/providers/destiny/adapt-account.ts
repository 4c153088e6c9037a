import { bungieIcon } from './bungie-icon.ts';
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
}

// Class, race and gender hashes are fixed by the format; classType is the fallback the enum gives.
const classNames: Record<number, string> = { 3655393761: 'Titan', 671679327: 'Hunter', 2271682572: 'Warlock' };
const classTypeNames: Record<number, string> = { 0: 'Titan', 1: 'Hunter', 2: 'Warlock' };
const raceNames: Record<number, string> = { 3887404748: 'Human', 2803282938: 'Awoken', 898834093: 'Exo' };
const genderNames: Record<number, string> = { 3111576190: 'Male', 2204441813: 'Female' };

function adaptCharacter(raw: RawCharacter): DestinyCharacter {
  const base = raw.characterBase;
  const light = base.stats.STAT_LIGHT?.value ?? base.powerLevel ?? null;
  return {
    characterId: base.characterId,
    className: classNames[base.classHash ?? 0] ?? classTypeNames[base.classType ?? -1] ?? 'Guardian',
    raceName: raceNames[base.raceHash ?? 0] ?? '',
    genderName: genderNames[base.genderHash ?? 0] ?? '',
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
    characters: data.characters.map(adaptCharacter),
  };
}
