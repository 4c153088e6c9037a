import { describe, expect, it } from 'vitest';
import { knownBuckets } from './bucket-table.ts';
import { knownCurrencyNames } from './currency-table.ts';
import { knownDamageTypes } from './damage-type-table.ts';
import { knownClasses, knownGenders, knownRaces } from './guardian-table.ts';
import { knownStats } from './stat-table.ts';

/**
 * The demo upstream builds its answers from these same tables, so a wrong hash would be agreed by
 * both sides: these pins, copied by hand from Destiny 1's published hashes, are the outside check.
 */
describe("the app's own Destiny 1 tables", () => {
  it('hold every bucket and stat once', () => {
    expect(knownBuckets).toHaveLength(40);
    expect(knownStats).toHaveLength(36);
    for (const table of [knownBuckets, knownStats, knownDamageTypes, knownClasses, knownRaces, knownGenders]) {
      const hashes = table.map((row) => row.hash);
      expect(new Set(hashes).size).toBe(hashes.length);
    }
  });

  const tables: Record<string, readonly { hash: number; name?: string }[]> = {
    bucket: knownBuckets,
    stat: knownStats,
    class: knownClasses,
    race: knownRaces,
    gender: knownGenders,
  };

  it.each([
    ['bucket', 1498876634, 'Primary Weapons'],
    ['bucket', 4023194814, 'Ghost'],
    ['bucket', 14239492, 'Chest Armor'],
    ['bucket', 2689798308, 'Glimmer'],
    ['stat', 4043523819, 'Impact'],
    ['stat', 1735777505, 'Discipline'],
    ['stat', 2837207746, 'Speed'],
    ['class', 3655393761, 'Titan'],
    ['class', 671679327, 'Hunter'],
    ['class', 2271682572, 'Warlock'],
    ['race', 898834093, 'Exo'],
    ['gender', 2204441813, 'Female'],
  ] as const)('name %s %i %s, as Bungie does', (kind, hash, name) => {
    expect(tables[kind]!.find((row) => row.hash === hash)?.name).toBe(name);
  });

  it('name Glimmer by its item hash', () => {
    expect(knownCurrencyNames[3159615086]).toBe('Glimmer');
  });
});
