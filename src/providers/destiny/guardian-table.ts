/**
 * Destiny 1 classes, races and genders: hashes, enum values and names are fixed by the format, so
 * the app names a character itself when an answer comes without definitions.
 */

export interface KnownGuardianType {
  hash: number;
  /** The enum value (classType, raceType, genderType). */
  type: number;
  name: string;
}

export const ClassHash = { Titan: 3655393761, Hunter: 671679327, Warlock: 2271682572 } as const;
export const RaceHash = { Human: 3887404748, Awoken: 2803282938, Exo: 898834093 } as const;
export const GenderHash = { Male: 3111576190, Female: 2204441813 } as const;

export const knownClasses: readonly KnownGuardianType[] = [
  { hash: ClassHash.Titan, type: 0, name: 'Titan' },
  { hash: ClassHash.Hunter, type: 1, name: 'Hunter' },
  { hash: ClassHash.Warlock, type: 2, name: 'Warlock' },
];

export const knownRaces: readonly KnownGuardianType[] = [
  { hash: RaceHash.Human, type: 0, name: 'Human' },
  { hash: RaceHash.Awoken, type: 1, name: 'Awoken' },
  { hash: RaceHash.Exo, type: 2, name: 'Exo' },
];

export const knownGenders: readonly KnownGuardianType[] = [
  { hash: GenderHash.Male, type: 0, name: 'Male' },
  { hash: GenderHash.Female, type: 1, name: 'Female' },
];
