/** Class, race and gender hashes and enum values are Destiny 1 format; the descriptions are ours. */

export type ClassName = 'Titan' | 'Hunter' | 'Warlock';
export type RaceName = 'Human' | 'Awoken' | 'Exo';
export type GenderName = 'Male' | 'Female';

export const classes: Record<ClassName, { hash: number; type: number }> = {
  Titan: { hash: 3655393761, type: 0 },
  Hunter: { hash: 671679327, type: 1 },
  Warlock: { hash: 2271682572, type: 2 },
};

export const races: Record<RaceName, { hash: number; type: number; description: string }> = {
  Human: { hash: 3887404748, type: 0, description: 'Stubborn survivors of the long collapse.' },
  Awoken: { hash: 2803282938, type: 1, description: 'Children of a strange light at the edge of the system.' },
  Exo: { hash: 898834093, type: 2, description: 'Machine minds that remember being something else.' },
};

export const genders: Record<GenderName, { hash: number; type: number }> = {
  Male: { hash: 3111576190, type: 0 },
  Female: { hash: 2204441813, type: 1 },
};

/** Item `classType` 3: usable by any class. */
export const ANY_CLASS = 3;

export function classDefinition(name: ClassName) {
  const { hash, type } = classes[name];
  return {
    classHash: hash, classType: type, className: name, classNameMale: name, classNameFemale: name,
    classIdentifier: `CLASS_${name.toUpperCase()}`, mentorVendorIdentifier: '', hash, index: 0, redacted: false,
  };
}

export function raceDefinition(name: RaceName) {
  const { hash, type, description } = races[name];
  return {
    raceHash: hash, raceType: type, raceName: name, raceNameMale: name, raceNameFemale: name,
    raceDescription: description, hash, index: 0, redacted: false,
  };
}

export function genderDefinition(name: GenderName) {
  const { hash, type } = genders[name];
  return {
    genderHash: hash, genderType: type, genderName: name, genderDescription: '', hash, index: 0, redacted: false,
  };
}
