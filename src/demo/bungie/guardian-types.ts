/** Class, race and gender hashes and enum values from the format's table (shared with the browser adapter); the descriptions are ours. */

import {
  ClassHash,
  GenderHash,
  knownClasses,
  knownGenders,
  knownRaces,
  RaceHash,
  type KnownGuardianType,
} from '../../providers/destiny/guardian-table.ts';

export type ClassName = keyof typeof ClassHash;
export type RaceName = keyof typeof RaceHash;
export type GenderName = keyof typeof GenderHash;

/** Each name with its hash and enum value, from the format's table. */
function byName<N extends string>(
  known: readonly KnownGuardianType[],
  hashes: Record<N, number>,
): Record<N, { hash: number; type: number }> {
  return Object.fromEntries(
    (Object.keys(hashes) as N[]).map((name) => {
      const entry = known.find((candidate) => candidate.hash === hashes[name]);
      if (!entry) throw new Error(`unknown guardian type ${name}`);
      return [name, { hash: entry.hash, type: entry.type }];
    }),
  ) as Record<N, { hash: number; type: number }>;
}

export const classes = byName(knownClasses, ClassHash);
export const genders = byName(knownGenders, GenderHash);

const raceDescriptions: Record<RaceName, string> = {
  Human: 'Stubborn survivors of the long collapse.',
  Awoken: 'Children of a strange light at the edge of the system.',
  Exo: 'Machine minds that remember being something else.',
};

export const races = byName(knownRaces, RaceHash);

/** Item `classType` 3: usable by any class. */
export const ANY_CLASS = 3;

export function classDefinition(name: ClassName) {
  const { hash, type } = classes[name];
  return {
    classHash: hash,
    classType: type,
    className: name,
    classNameMale: name,
    classNameFemale: name,
    classIdentifier: `CLASS_${name.toUpperCase()}`,
    mentorVendorIdentifier: '',
    hash,
    index: 0,
    redacted: false,
  };
}

export function raceDefinition(name: RaceName) {
  const { hash, type } = races[name];
  const description = raceDescriptions[name];
  return {
    raceHash: hash,
    raceType: type,
    raceName: name,
    raceNameMale: name,
    raceNameFemale: name,
    raceDescription: description,
    hash,
    index: 0,
    redacted: false,
  };
}

export function genderDefinition(name: GenderName) {
  const { hash, type } = genders[name];
  return {
    genderHash: hash,
    genderType: type,
    genderName: name,
    genderDescription: '',
    hash,
    index: 0,
    redacted: false,
  };
}
