/**
 * The 36 Destiny 1 stats: hash, identifier and name are fixed by the format, so the app names
 * stats itself when an answer comes without definitions. The three placeholders have no name.
 */

export interface KnownStat {
  hash: number;
  identifier: string;
  name?: string;
}

type Row = [hash: number, identifier: string, name?: string];

const rows: Row[] = [
  [2391494160, 'STAT_LIGHT', 'Light'],
  [2996146975, 'STAT_AGILITY', 'Agility'],
  [392767087, 'STAT_ARMOR', 'Armor'],
  [2762071195, 'STAT_ATTACK_EFFICIENCY', 'Efficiency'],
  [925767036, 'STAT_ATTACK_ENERGY', 'Energy'],
  [2837207746, 'STAT_ATTACK_SPEED', 'Speed'],
  [209426660, 'STAT_DAMAGE_REDUCTION', 'Defense'],
  [1735777505, 'STAT_DISCIPLINE', 'Discipline'],
  [144602215, 'STAT_INTELLECT', 'Intellect'],
  [3555269338, 'STAT_OPTICS', 'Optics'],
  [1943323491, 'STAT_RECOVERY', 'Recovery'],
  [4244567218, 'STAT_STRENGTH', 'Strength'],
  [3988418950, 'STAT_ADS_SPEED', 'ADS Speed'],
  [1345609583, 'STAT_AIM_ASSISTANCE', 'Aim assistance'],
  [4043523819, 'STAT_BASE_DAMAGE', 'Impact'],
  [3614673599, 'STAT_BLAST_RADIUS', 'Blast Radius'],
  [3017642079, 'STAT_BOOST', 'Boost'],
  [2961396640, 'STAT_CHARGE_TIME', 'Charge Rate'],
  [368428387, 'STAT_DAMAGE', 'Attack'],
  [3897883278, 'STAT_DEFENSE', 'Defense'],
  [360359141, 'STAT_DURABILITY', 'Durability'],
  [943549884, 'STAT_EQUIP_SPEED', 'Equip Speed'],
  [1931675084, 'STAT_INVENTORY_SIZE', 'Inventory Size'],
  [3871231066, 'STAT_MAGAZINE_SIZE', 'Magazine'],
  [3907551967, 'STAT_MOVE_SPEED', 'Move speed'],
  [3291498656, 'STAT_PLACEHOLDER_1'],
  [3291498659, 'STAT_PLACEHOLDER_2'],
  [3291498658, 'STAT_PLACEHOLDER_3'],
  [3597844532, 'STAT_PRECISION_DAMAGE', 'Precision Damage'],
  [2523465841, 'STAT_PROJECTILE_SPEED', 'Velocity'],
  [1240592695, 'STAT_RANGE', 'Range'],
  [4284893193, 'STAT_RATE_OF_FIRE', 'Rate of Fire'],
  [2715839340, 'STAT_RECOIL_DIRECTION', 'Recoil direction'],
  [4188031367, 'STAT_RELOAD', 'Reload'],
  [1501155019, 'STAT_SPEED', 'Speed'],
  [155624089, 'STAT_STABILITY', 'Stability'],
];

export const knownStats: readonly KnownStat[] = rows.map(([hash, identifier, name]) => ({ hash, identifier, name }));

/** The same stats as a `definitions.stats` table, for answers that came without one. */
export const builtInStatDefinitions = Object.fromEntries(
  knownStats.map((stat) => [stat.hash, { statName: stat.name, statIdentifier: stat.identifier }]),
);
