/** The 36 Destiny 1 stats: hashes, identifiers and names from the format's table (shared with the browser adapter); aggregation is format too; texts and icons ours. */

import { knownStats } from '../../providers/destiny/stat-table.ts';
import { contentIcon, iconAsset, missingIcon, type IconAsset } from './icon-assets.ts';

export interface StatInfo {
  hash: number;
  identifier: string;
  name: string;
  aggregationType: number;
  description: string;
  icon: IconAsset;
}

/** What the demo adds to each stat of the format's table: aggregationType (format) and our own description. */
const extras: Record<string, [aggregationType: number, description: string]> = {
  STAT_LIGHT: [0, 'How brightly your Light burns; rises with the power of your gear.'],
  STAT_AGILITY: [1, 'How quickly you move and leap.'],
  STAT_ARMOR: [1, 'How much punishment you shrug off.'],
  STAT_ATTACK_EFFICIENCY: [1, 'How much energy each strike costs.'],
  STAT_ATTACK_ENERGY: [1, 'How many charged strikes you hold.'],
  STAT_ATTACK_SPEED: [1, 'How fast a blade swings.'],
  STAT_DAMAGE_REDUCTION: [1, 'How much a guard absorbs.'],
  STAT_DISCIPLINE: [1, 'Shortens grenade cooldown.'],
  STAT_INTELLECT: [1, 'Shortens super cooldown.'],
  STAT_OPTICS: [1, 'Magnification while aiming.'],
  STAT_RECOVERY: [1, 'How quickly your shields recover.'],
  STAT_STRENGTH: [1, 'Shortens melee cooldown.'],
  STAT_ADS_SPEED: [2, 'How fast the weapon comes to the eye.'],
  STAT_AIM_ASSISTANCE: [2, 'How forgiving the weapon is of near misses.'],
  STAT_BASE_DAMAGE: [2, 'Damage dealt by each round.'],
  STAT_BLAST_RADIUS: [2, 'Size of the explosion.'],
  STAT_BOOST: [2, 'Strength of the afterburner.'],
  STAT_CHARGE_TIME: [2, 'How quickly the weapon charges a shot.'],
  STAT_DAMAGE: [2, 'Overall power of the weapon.'],
  STAT_DEFENSE: [2, 'Overall protection of the armor.'],
  STAT_DURABILITY: [2, 'How much damage the vehicle takes.'],
  STAT_EQUIP_SPEED: [2, 'How fast the weapon is readied.'],
  STAT_INVENTORY_SIZE: [2, 'Reserve ammunition carried.'],
  STAT_MAGAZINE_SIZE: [2, 'Rounds per magazine.'],
  STAT_MOVE_SPEED: [2, 'Movement speed while wielding.'],
  STAT_PLACEHOLDER_1: [2, ''],
  STAT_PLACEHOLDER_2: [2, ''],
  STAT_PLACEHOLDER_3: [2, ''],
  STAT_PRECISION_DAMAGE: [2, 'Bonus for precise hits.'],
  STAT_PROJECTILE_SPEED: [2, 'How fast projectiles travel.'],
  STAT_RANGE: [2, 'Distance before damage falls off.'],
  STAT_RATE_OF_FIRE: [2, 'Rounds fired per minute.'],
  STAT_RECOIL_DIRECTION: [2, 'Which way the barrel climbs.'],
  STAT_RELOAD: [2, 'How fast the weapon reloads.'],
  STAT_SPEED: [2, 'Top speed of the vehicle.'],
  STAT_STABILITY: [2, 'How steady the weapon stays while firing.'],
};

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

export const statTable: readonly StatInfo[] = knownStats.map(({ hash, identifier, name = '' }) => {
  const extra = extras[identifier];
  if (!extra) throw new Error(`no demo extras for stat ${identifier}`);
  const [aggregationType, description] = extra;
  return { hash, identifier, name, aggregationType, description, icon: statIcon(identifier) };
});

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
