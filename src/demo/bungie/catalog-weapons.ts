/** Our weapons: per family a common, an uncommon, a rare, two legendaries and an exotic. */

import { baseItem, definitionStats, type CatalogItem } from './catalog-item.ts';
import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import { DamageType } from './damage-types.ts';
import { contentIcon, tierTones } from './icon-assets.ts';
import { exoticWeaponPerks, framePerk } from './perks.ts';
import { createRng, fnv1a } from '../rng.ts';
import { Stat } from './stats.ts';
import { weaponGrid } from './talent-grids.ts';
import { weaponFamilies, type WeaponFamily } from './weapon-families.ts';

const names: Record<string, string[]> = {
  'auto-rifle': [
    'Mercer AR-4',
    'Corvid-9 Auto',
    'Vesna Mk. III',
    'Lantern of Ashfall',
    'Perihelion Choir',
    'Eventide Engine',
  ],
  'hand-cannon': ['Dray HC-2', 'Barrow Six', 'Cinder Oath', 'Gallows Verdict', 'Sable Promise', 'Ninefold Requiem'],
  'pulse-rifle': [
    'Orrin PR-3',
    'Tessellate-4',
    'Halflight Cadence',
    'Quorum of Stars',
    'Tidebreaker Pulse',
    'Aurora Canticle',
  ],
  'scout-rifle': [
    'Kestrel SR-1',
    'Longview Mk. II',
    'Farsight Psalm',
    'Veil of Distances',
    'Stillwater Vigil',
    'Meridian Eye',
  ],
  shotgun: ['Brask SG-6', 'Hammerfall-2', 'Close Counsel', "Doorbreaker's Creed", 'Ember Threshold', 'Sunder Hymn'],
  'sniper-rifle': [
    'Wren LR-8',
    'Heron Long-Range',
    'Quiet Horizon',
    'Parallax Vow',
    'Glasswing Vigil',
    'Starlit Verdict',
  ],
  'fusion-rifle': [
    'Ivers FR-1',
    'Scatterlight-3',
    'Prism Accord',
    'Solstice Engine',
    'Glass Tempest',
    'Helios Lattice',
  ],
  sidearm: ['Pike SA-2', 'Nimbus Sidearm', 'Quickmark', 'Last Appeal', 'Kindled Word', 'Little Comet'],
  'rocket-launcher': [
    'Halden RL-5',
    'Skyburst-4',
    'Thunder Ledger',
    'Requiem Payload',
    'Orbital Sermon',
    'Nova Cathedral',
  ],
  'machine-gun': ['Garrow MG-7', 'Bulwark Chorus', 'Ironweather', 'Rattle of Ages', 'Endless Litany', "Hydra's Lament"],
  sword: ['Tallis Blade', 'Edge of Dusk', "Warden's Sabre", 'Moonsplit Edge', 'Oathkeeper Glaive', 'Pale Horizon'],
};
const tiers = [2, 3, 4, 5, 5, 6];

const flavour = [
  'Machined in the orbital yards above a drowned moon.',
  'Its serial number was filed off long before you found it.',
  'Every notch on the grip is a story its owner never told.',
  'Standard issue for the outer colonies, and still dependable.',
  'The barrel hums faintly when it has been too long between fights.',
  'Recovered from a derelict freighter, still loaded.',
  "A gunsmith's last and finest work.",
  'Built to outlast the war it was made for.',
  'Cold to the touch, even in the sun.',
  'Some say it remembers every target.',
  'Light, quick and unforgiving.',
  'The engraving reads: "For the long night."',
];

const attackRange: Record<number, [number, number]> = {
  2: [160, 240],
  3: [200, 280],
  4: [260, 320],
  5: [280, 400],
  6: [280, 400],
};
const requiredLevel: Record<number, number> = { 2: 8, 3: 15, 4: 20, 5: 40, 6: 40 };
const qualityLevel: Record<number, number> = { 2: 10, 3: 20, 4: 40, 5: 60, 6: 65 };

/** Primaries are kinetic below exotic; special and heavy rares and legendaries roll their element. */
function damageFor(family: WeaponFamily, tierType: number, hash: number): number[] {
  const element = DamageType.arc + (hash % 3);
  if (family.bucket === BucketHash.PrimaryWeapons) return tierType === 6 ? [element] : [DamageType.kinetic];
  if (tierType === 4 || tierType === 5) return [DamageType.arc, DamageType.solar, DamageType.void];
  return [element];
}

function weapon(family: WeaponFamily, familyIndex: number, name: string, tierType: number): CatalogItem {
  const hash = fnv1a(`item:${name}`);
  const rng = createRng(hash);
  const signature = tierType === 6 ? exoticWeaponPerks[familyIndex] : undefined;
  const damage = damageFor(family, tierType, hash);
  // Exotics have their own grid; other weapons share one per family and tier (keeps definitions small).
  const grid = weaponGrid(
    signature ? `weapon:${name}` : `weapon:${family.id}:${tierType}:${damage.join('-')}`,
    family,
    tierType,
    damage,
    signature,
  );
  const [low, high] = attackRange[tierType] ?? [160, 240];
  const base: Record<number, number> = { [Stat.attack]: low };
  for (const statHash of family.displayed) {
    base[statHash] = statHash === Stat.magazine ? rng.int(...family.magazine) : rng.int(25, 70);
  }
  base[Stat.aimAssist] = rng.int(30, 80);
  base[Stat.equipSpeed] = rng.int(20, 80);
  base[Stat.recoilDirection] = rng.int(40, 100);
  if (family.optics !== 'blade') base[Stat.optics] = rng.int(10, 30);
  const stats = definitionStats(base, grid).map((stat) =>
    stat.statHash === Stat.attack ? { ...stat, maximum: high } : stat,
  );
  return baseItem({
    hash,
    kind: 'weapon',
    name,
    description: rng.pick(flavour),
    icon: contentIcon(`item:${name}`, family.id, tierTones[tierType] ?? 'common'),
    tierType,
    itemTypeName: family.typeName,
    itemType: 3,
    itemSubType: family.subType,
    bucketHash: family.bucket,
    instanced: true,
    equippable: true,
    actionName: 'Dismantle',
    equipRequiredLevel: requiredLevel[tierType] ?? 1,
    qualityLevel: qualityLevel[tierType] ?? 0,
    primaryStat: { statHash: Stat.attack, minimum: low, maximum: high },
    stats,
    displayedStats: family.displayed.map((statHash) => ({ statHash, maximumValue: 100 })),
    grid,
    perks: [framePerk(family.id)],
    damageTypes: damage,
  });
}

export const weaponCatalog: readonly CatalogItem[] = weaponFamilies.flatMap((family, familyIndex) =>
  (names[family.id] ?? []).map((name, i) => weapon(family, familyIndex, name, tiers[i] ?? 2)),
);
