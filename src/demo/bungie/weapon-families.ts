/** Weapon archetypes: item sub type (format enum), slot, the six displayed stats and what nodes may tune. */

import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import type { Glyph } from '../art/icon-spec.ts';
import { Stat } from './stats.ts';

export interface WeaponFamily {
  id: Glyph;
  typeName: string;
  subType: number;
  bucket: number;
  displayed: readonly number[];
  /** Displayed stats that sights and barrels may change. */
  tunable: readonly number[];
  magazine: readonly [number, number];
  /** Names the first choice column: sights, scopes, launcher optics or sword hilts. */
  optics: 'sights' | 'scopes' | 'launcher' | 'blade';
}

const gun = [Stat.rateOfFire, Stat.impact, Stat.range, Stat.stability, Stat.reload, Stat.magazine];
const gunTunable = [Stat.range, Stat.stability, Stat.reload, Stat.impact];

export const weaponFamilies: readonly WeaponFamily[] = [
  {
    id: 'auto-rifle',
    typeName: 'Auto Rifle',
    subType: 6,
    bucket: BucketHash.PrimaryWeapons,
    displayed: gun,
    tunable: gunTunable,
    magazine: [28, 46],
    optics: 'sights',
  },
  {
    id: 'hand-cannon',
    typeName: 'Hand Cannon',
    subType: 9,
    bucket: BucketHash.PrimaryWeapons,
    displayed: gun,
    tunable: gunTunable,
    magazine: [8, 14],
    optics: 'sights',
  },
  {
    id: 'pulse-rifle',
    typeName: 'Pulse Rifle',
    subType: 13,
    bucket: BucketHash.PrimaryWeapons,
    displayed: gun,
    tunable: gunTunable,
    magazine: [18, 30],
    optics: 'sights',
  },
  {
    id: 'scout-rifle',
    typeName: 'Scout Rifle',
    subType: 14,
    bucket: BucketHash.PrimaryWeapons,
    displayed: gun,
    tunable: gunTunable,
    magazine: [12, 20],
    optics: 'scopes',
  },
  {
    id: 'shotgun',
    typeName: 'Shotgun',
    subType: 7,
    bucket: BucketHash.SpecialWeapons,
    displayed: gun,
    tunable: gunTunable,
    magazine: [4, 8],
    optics: 'sights',
  },
  {
    id: 'sniper-rifle',
    typeName: 'Sniper Rifle',
    subType: 12,
    bucket: BucketHash.SpecialWeapons,
    displayed: gun,
    tunable: gunTunable,
    magazine: [3, 6],
    optics: 'scopes',
  },
  {
    id: 'fusion-rifle',
    typeName: 'Fusion Rifle',
    subType: 11,
    bucket: BucketHash.SpecialWeapons,
    displayed: [Stat.chargeRate, Stat.impact, Stat.range, Stat.stability, Stat.reload, Stat.magazine],
    tunable: [Stat.chargeRate, Stat.range, Stat.stability, Stat.reload],
    magazine: [4, 6],
    optics: 'sights',
  },
  {
    id: 'sidearm',
    typeName: 'Sidearm',
    subType: 17,
    bucket: BucketHash.SpecialWeapons,
    displayed: gun,
    tunable: gunTunable,
    magazine: [11, 17],
    optics: 'sights',
  },
  {
    id: 'rocket-launcher',
    typeName: 'Rocket Launcher',
    subType: 10,
    bucket: BucketHash.HeavyWeapons,
    displayed: [Stat.rateOfFire, Stat.blastRadius, Stat.velocity, Stat.stability, Stat.reload, Stat.magazine],
    tunable: [Stat.blastRadius, Stat.velocity, Stat.stability, Stat.reload],
    magazine: [1, 2],
    optics: 'launcher',
  },
  {
    id: 'machine-gun',
    typeName: 'Machine Gun',
    subType: 8,
    bucket: BucketHash.HeavyWeapons,
    displayed: gun,
    tunable: gunTunable,
    magazine: [40, 80],
    optics: 'sights',
  },
  {
    id: 'sword',
    typeName: 'Sword',
    subType: 18,
    bucket: BucketHash.HeavyWeapons,
    displayed: [Stat.impact, Stat.range, Stat.swingSpeed, Stat.efficiency, Stat.guard, Stat.energy],
    tunable: [Stat.swingSpeed, Stat.efficiency, Stat.guard, Stat.energy],
    magazine: [0, 0],
    optics: 'blade',
  },
];
