/** Subclasses, emblems, shaders, ships and sparrows: equippable, no attack or defense. */

import { baseItem, definitionStats, familyMember, type CatalogItem, type ItemFamily } from './catalog-item.ts';
import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import { DamageType } from './damage-types.ts';
import { classes, type ClassName } from './guardian-types.ts';
import { BANNER_WIDTH, contentIcon, tierTones } from './icon-assets.ts';
import { createRng, fnv1a } from '../rng.ts';
import { Stat } from './stats.ts';
import { subclassGrid } from './talent-grids.ts';

const subclassNames: Record<ClassName, [string, number][]> = {
  Titan: [
    ['Tempest Breaker', DamageType.arc],
    ['Forgeheart', DamageType.solar],
    ['Null Bulwark', DamageType.void],
  ],
  Hunter: [
    ['Spark Dancer', DamageType.arc],
    ['Cinder Marksman', DamageType.solar],
    ['Umbral Tracker', DamageType.void],
  ],
  Warlock: [
    ['Ion Conduit', DamageType.arc],
    ['Pyre Sage', DamageType.solar],
    ['Rift Scholar', DamageType.void],
  ],
};
const elementTone = { [DamageType.arc]: 'arc', [DamageType.solar]: 'solar', [DamageType.void]: 'void' } as const;

const subclasses = (Object.keys(subclassNames) as ClassName[]).flatMap((className) =>
  subclassNames[className].map(([name, element]) =>
    baseItem({
      hash: fnv1a(`item:${name}`),
      kind: 'subclass',
      name,
      description: `A ${className} discipline of the ${element === DamageType.arc ? 'storm' : element === DamageType.solar ? 'sun' : 'void'}.`,
      icon: contentIcon(`item:${name}`, 'subclass', elementTone[element as 2 | 3 | 4]),
      tierType: 5,
      itemTypeName: `${className} Subclass`,
      classType: classes[className].type,
      bucketHash: BucketHash.Subclass,
      instanced: true,
      equippable: true,
      nonTransferrable: true,
      equipRequiredLevel: 1,
      grid: subclassGrid(`subclass:${name}`, element),
      damageTypes: [element],
    }),
  ),
);

function cosmetics(spec: ItemFamily, entries: [string, number][], extra?: (item: CatalogItem) => Partial<CatalogItem>) {
  return entries.map(([name, tierType]) => {
    const item = baseItem({
      ...familyMember(spec, name, tierType),
      instanced: true,
      equippable: true,
      actionName: 'Dismantle',
      equipRequiredLevel: 1,
    });
    return { ...item, ...extra?.(item) };
  });
}

const emblems = cosmetics(
  {
    kind: 'emblem',
    glyph: 'emblem',
    bucket: BucketHash.Emblems,
    typeName: 'Emblem',
    itemType: 14,
    lines: [
      'Carried by those who were there.',
      'A banner for the long watch.',
      'Worn with quiet pride.',
      'Earned, not given.',
    ],
  },
  [
    ['Dawnline', 3],
    ['Tidal Banner', 4],
    ['Ember Crest', 4],
    ['Starfall Sigil', 5],
    ['Quiet Orbit', 4],
    ['Nebula Seal', 5],
    ['Aurora Standard', 5],
    ['Iron Meridian', 4],
    ['Pale Lantern', 5],
    ['Cobalt Wake', 3],
    ['Solar Wind', 5],
    ['Deep Field', 6],
    ['Low Orbit', 3],
    ['Driftmark', 4],
  ],
  (item) => ({
    secondaryIcon: contentIcon(`item:${item.name}:banner`, 'emblem-banner', tierTones[item.tierType] ?? 'common', {
      width: BANNER_WIDTH,
      variant: item.icon.spec.variant,
    }),
  }),
);

const shaders = cosmetics(
  {
    kind: 'shader',
    glyph: 'shader',
    bucket: BucketHash.Shaders,
    typeName: 'Armor Shader',
    itemType: 0,
    lines: [
      'A colour scheme for your armor.',
      'Mixed from pigments found on three worlds.',
      'Popular with the outer patrols.',
    ],
  },
  [
    ['Cobalt Dusk', 4],
    ['Rustwater', 3],
    ['Glasswing Gloss', 5],
    ['Ashen Bloom', 4],
    ['Saltflat', 3],
    ['Verdigris Night', 5],
    ['Sunburn Ochre', 4],
    ['Polar Ice', 5],
    ['Heliotrope', 5],
    ['Charcoal Ember', 4],
    ['Seafoam Static', 3],
    ['Obsidian Gilt', 6],
    ['Moss and Brass', 4],
    ['Signal Orange', 3],
  ],
);

const ships = cosmetics(
  {
    kind: 'ship',
    glyph: 'ship',
    bucket: BucketHash.Ships,
    typeName: 'Ship',
    itemType: 0,
    lines: [
      'Jump-rated and mostly airtight.',
      'Fast enough to outrun bad news.',
      'Its previous pilot left a note under the seat.',
    ],
  },
  [
    ['Longhaul Courier', 3],
    ['Kestrel Vector', 4],
    ['Quiet Meridian', 5],
    ['Heron Skiff', 3],
    ['Dray Interceptor', 4],
    ['Silver Ladder', 5],
    ['Emberwake', 5],
    ['Tern Runner', 3],
    ['Aurora Drifter', 5],
    ['Pale Corsair', 6],
    ['Marrow Clipper', 4],
    ['Lantern Barque', 4],
  ],
);

const sparrows = cosmetics(
  {
    kind: 'vehicle',
    glyph: 'sparrow',
    bucket: BucketHash.Vehicle,
    typeName: 'Vehicle',
    itemType: 0,
    lines: [
      'Built for speed; braking is optional.',
      'Tuned for the salt flats.',
      'Handles like a dream, lands like a rock.',
    ],
  },
  [
    ['Dustrunner S-20', 3],
    ['Flicker EV-3', 3],
    ['Hollowpoint V', 4],
    ['Skimmer Mk. II', 4],
    ['Comet Tail', 5],
    ['Redline Glide', 5],
    ['Saltstreak', 4],
    ['Ghostwind', 5],
    ['Lantern Racer', 5],
    ['Quickfoot XV', 3],
    ['Ember Sled', 4],
    ['Starbolt', 6],
  ],
  (item) => {
    const rng = createRng(item.hash ^ 0x5a5a);
    const speed = 100 + item.tierType * 8;
    return {
      primaryStat: { statHash: Stat.speed, minimum: speed, maximum: speed + 20 },
      stats: definitionStats({
        [Stat.speed]: speed,
        [Stat.boost]: rng.int(20, 90),
        [Stat.durability]: rng.int(20, 90),
      }),
      displayedStats: [
        { statHash: Stat.boost, maximumValue: 100 },
        { statHash: Stat.durability, maximumValue: 100 },
      ],
    };
  },
);

export const cosmeticCatalog: readonly CatalogItem[] = [...subclasses, ...emblems, ...shaders, ...ships, ...sparrows];
