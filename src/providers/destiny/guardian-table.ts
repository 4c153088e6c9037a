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

export const knownClasses: readonly KnownGuardianType[] = [
  { hash: 3655393761, type: 0, name: 'Titan' },
  { hash: 671679327, type: 1, name: 'Hunter' },
  { hash: 2271682572, type: 2, name: 'Warlock' },
];

export const knownRaces: readonly KnownGuardianType[] = [
  { hash: 3887404748, type: 0, name: 'Human' },
  { hash: 2803282938, type: 1, name: 'Awoken' },
  { hash: 898834093, type: 2, name: 'Exo' },
];

export const knownGenders: readonly KnownGuardianType[] = [
  { hash: 3111576190, type: 0, name: 'Male' },
  { hash: 2204441813, type: 1, name: 'Female' },
];
