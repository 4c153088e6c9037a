/** The 36 Destiny 1 stats: hashes, identifiers, names and aggregation are format; texts and icons ours. */

import { contentIcon, iconAsset, missingIcon, type IconAsset } from './icon-assets.ts';

export interface StatInfo {
  hash: number;
  identifier: string;
  name: string;
  aggregationType: number;
  description: string;
  icon: IconAsset;
}

type Row = [number, string, string, number, string];

const rows: Row[] = [
  [2391494160, 'STAT_LIGHT', 'Light', 0, 'How brightly your Light burns; rises with the power of your gear.'],
  [2996146975, 'STAT_AGILITY', 'Agility', 1, 'How quickly you move and leap.'],
  [392767087, 'STAT_ARMOR', 'Armor', 1, 'How much punishment you shrug off.'],
  [2762071195, 'STAT_ATTACK_EFFICIENCY', 'Efficiency', 1, 'How much energy each strike costs.'],
  [925767036, 'STAT_ATTACK_ENERGY', 'Energy', 1, 'How many charged strikes you hold.'],
  [2837207746, 'STAT_ATTACK_SPEED', 'Speed', 1, 'How fast a blade swings.'],
  [209426660, 'STAT_DAMAGE_REDUCTION', 'Defense', 1, 'How much a guard absorbs.'],
  [1735777505, 'STAT_DISCIPLINE', 'Discipline', 1, 'Shortens grenade cooldown.'],
  [144602215, 'STAT_INTELLECT', 'Intellect', 1, 'Shortens super cooldown.'],
  [3555269338, 'STAT_OPTICS', 'Optics', 1, 'Magnification while aiming.'],
  [1943323491, 'STAT_RECOVERY', 'Recovery', 1, 'How quickly your shields recover.'],
  [4244567218, 'STAT_STRENGTH', 'Strength', 1, 'Shortens melee cooldown.'],
  [3988418950, 'STAT_ADS_SPEED', 'ADS Speed', 2, 'How fast the weapon comes to the eye.'],
  [1345609583, 'STAT_AIM_ASSISTANCE', 'Aim assistance', 2, 'How forgiving the weapon is of near misses.'],
  [4043523819, 'STAT_BASE_DAMAGE', 'Impact', 2, 'Damage dealt by each round.'],
  [3614673599, 'STAT_BLAST_RADIUS', 'Blast Radius', 2, 'Size of the explosion.'],
  [3017642079, 'STAT_BOOST', 'Boost', 2, 'Strength of the afterburner.'],
  [2961396640, 'STAT_CHARGE_TIME', 'Charge Rate', 2, 'How quickly the weapon charges a shot.'],
  [368428387, 'STAT_DAMAGE', 'Attack', 2, 'Overall power of the weapon.'],
  [3897883278, 'STAT_DEFENSE', 'Defense', 2, 'Overall protection of the armor.'],
  [360359141, 'STAT_DURABILITY', 'Durability', 2, 'How much damage the vehicle takes.'],
  [943549884, 'STAT_EQUIP_SPEED', 'Equip Speed', 2, 'How fast the weapon is readied.'],
  [1931675084, 'STAT_INVENTORY_SIZE', 'Inventory Size', 2, 'Reserve ammunition carried.'],
  [3871231066, 'STAT_MAGAZINE_SIZE', 'Magazine', 2, 'Rounds per magazine.'],
  [3907551967, 'STAT_MOVE_SPEED', 'Move speed', 2, 'Movement speed while wielding.'],
  [3291498656, 'STAT_PLACEHOLDER_1', '', 2, ''],
  [3291498659, 'STAT_PLACEHOLDER_2', '', 2, ''],
  [3291498658, 'STAT_PLACEHOLDER_3', '', 2, ''],
  [3597844532, 'STAT_PRECISION_DAMAGE', 'Precision Damage', 2, 'Bonus for precise hits.'],
  [2523465841, 'STAT_PROJECTILE_SPEED', 'Velocity', 2, 'How fast projectiles travel.'],
  [1240592695, 'STAT_RANGE', 'Range', 2, 'Distance before damage falls off.'],
  [4284893193, 'STAT_RATE_OF_FIRE', 'Rate of Fire', 2, 'Rounds fired per minute.'],
  [2715839340, 'STAT_RECOIL_DIRECTION', 'Recoil direction', 2, 'Which way the barrel climbs.'],
  [4188031367, 'STAT_RELOAD', 'Reload', 2, 'How fast the weapon reloads.'],
  [1501155019, 'STAT_SPEED', 'Speed', 2, 'Top speed of the vehicle.'],
  [155624089, 'STAT_STABILITY', 'Stability', 2, 'How steady the weapon stays while firing.'],
];

/** Light and the three character stats have content icons; three have theme icons; the rest none. */
function statIcon(identifier: string): IconAsset {
  switch (identifier) {
    case 'STAT_LIGHT':
    case 'STAT_INTELLECT':
    case 'STAT_DISCIPLINE':
    case 'STAT_STRENGTH':
      return contentIcon(`stat:${identifier}`, 'stat', 'dark');
    case 'STAT_DEFENSE':
      return iconAsset('/img/theme/destiny/icons/icon_defense.png', 'stat', 'dark');
    case 'STAT_MAGAZINE_SIZE':
      return iconAsset('/img/theme/destiny/icons/icon_magazine.png', 'stat', 'dark');
    case 'STAT_SPEED':
      return iconAsset('/img/theme/destiny/icons/icon_speed.png', 'stat', 'dark');
    default:
      return missingIcon;
  }
}

export const statTable: readonly StatInfo[] = rows.map(([hash, identifier, name, aggregationType, description]) => ({
  hash, identifier, name, aggregationType, description, icon: statIcon(identifier),
}));

const hashByIdentifier = new Map(statTable.map((stat) => [stat.identifier, stat.hash]));

function hashOf(identifier: string): number {
  const hash = hashByIdentifier.get(identifier);
  if (hash === undefined) throw new Error(`unknown stat ${identifier}`);
  return hash;
}

export const Stat = {
  light: hashOf('STAT_LIGHT'),
  agility: hashOf('STAT_AGILITY'),
  armor: hashOf('STAT_ARMOR'),
  recovery: hashOf('STAT_RECOVERY'),
  optics: hashOf('STAT_OPTICS'),
  intellect: hashOf('STAT_INTELLECT'),
  discipline: hashOf('STAT_DISCIPLINE'),
  strength: hashOf('STAT_STRENGTH'),
  efficiency: hashOf('STAT_ATTACK_EFFICIENCY'),
  energy: hashOf('STAT_ATTACK_ENERGY'),
  swingSpeed: hashOf('STAT_ATTACK_SPEED'),
  guard: hashOf('STAT_DAMAGE_REDUCTION'),
  aimAssist: hashOf('STAT_AIM_ASSISTANCE'),
  impact: hashOf('STAT_BASE_DAMAGE'),
  blastRadius: hashOf('STAT_BLAST_RADIUS'),
  boost: hashOf('STAT_BOOST'),
  chargeRate: hashOf('STAT_CHARGE_TIME'),
  attack: hashOf('STAT_DAMAGE'),
  defense: hashOf('STAT_DEFENSE'),
  durability: hashOf('STAT_DURABILITY'),
  equipSpeed: hashOf('STAT_EQUIP_SPEED'),
  magazine: hashOf('STAT_MAGAZINE_SIZE'),
  velocity: hashOf('STAT_PROJECTILE_SPEED'),
  range: hashOf('STAT_RANGE'),
  rateOfFire: hashOf('STAT_RATE_OF_FIRE'),
  recoilDirection: hashOf('STAT_RECOIL_DIRECTION'),
  reload: hashOf('STAT_RELOAD'),
  speed: hashOf('STAT_SPEED'),
  stability: hashOf('STAT_STABILITY'),
} as const;

export function statDefinition(stat: StatInfo) {
  return {
    statHash: stat.hash,
    statName: stat.name,
    statDescription: stat.description,
    icon: stat.icon.path,
    statIdentifier: stat.identifier,
    aggregationType: stat.aggregationType,
    hasComputedBlock: false,
    interpolate: stat.aggregationType === 2,
    hash: stat.hash,
    index: 0,
    redacted: false,
  };
}
