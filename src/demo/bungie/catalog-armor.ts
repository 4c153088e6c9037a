/** Our armour sets (one piece per slot and class), exotic pieces, ghost shells and artifacts. */

import { baseItem, definitionStats, type CatalogItem } from './catalog-item.ts';
import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import { ANY_CLASS, classes, type ClassName } from './guardian-types.ts';
import { contentIcon, tierTones } from './icon-assets.ts';
import type { Glyph } from '../art/icon-spec.ts';
import { armorPerks, artifactPerks, exoticArmorPerks, ghostPerks, type PerkInfo } from './perks.ts';
import { createRng, fnv1a } from '../rng.ts';
import { Stat } from './stats.ts';
import { armorGrid } from './talent-grids.ts';

interface Slot {
  bucket: number;
  glyph: Glyph;
  typeName: (className: ClassName) => string;
  noun: Record<ClassName, string>;
}

const slots: Slot[] = [
  {
    bucket: BucketHash.Helmet,
    glyph: 'helmet',
    typeName: () => 'Helmet',
    noun: { Titan: 'Helm', Hunter: 'Mask', Warlock: 'Hood' },
  },
  {
    bucket: BucketHash.Gauntlets,
    glyph: 'gauntlets',
    typeName: () => 'Gauntlets',
    noun: { Titan: 'Gauntlets', Hunter: 'Grips', Warlock: 'Gloves' },
  },
  {
    bucket: BucketHash.ChestArmor,
    glyph: 'chest',
    typeName: () => 'Chest Armor',
    noun: { Titan: 'Plate', Hunter: 'Vest', Warlock: 'Robes' },
  },
  {
    bucket: BucketHash.LegArmor,
    glyph: 'legs',
    typeName: () => 'Leg Armor',
    noun: { Titan: 'Greaves', Hunter: 'Strides', Warlock: 'Boots' },
  },
  {
    bucket: BucketHash.ClassArmor,
    glyph: 'class-item',
    typeName: (className) => ({ Titan: 'Titan Mark', Hunter: 'Hunter Cloak', Warlock: 'Warlock Bond' })[className],
    noun: { Titan: 'Mark', Hunter: 'Cloak', Warlock: 'Bond' },
  },
];

const sets: [string, number][] = [
  ['Outpost', 2],
  ['Patrol Issue', 2],
  ['Driftwalker', 3],
  ['Ironbark', 3],
  ['Tidewarden', 4],
  ['Solace', 4],
  ['Vigil of Embers', 5],
  ['Starfall', 5],
  ['Nightglass', 5],
  ['Argent Crown', 5],
];

/** Two exotics per class for helmet, gauntlets, chest and legs. */
const exotics: Record<ClassName, string[][]> = {
  Titan: [
    ['Crown of the Ninth Sun', 'Bastion Visage'],
    ['Forgehand Cestus', 'Tectonic Grasp'],
    ['Heart of the Anvil', 'Aegis Reverie'],
    ['Seismic Striders', 'Rampart Treads'],
  ],
  Hunter: [
    ["Veilwalker's Gaze", 'Fox-Eye Mask'],
    ['Quickthread Grips', 'Lockpick Gauntlets'],
    ['Shroud of the Long Road', 'Cardsharp Vest'],
    ['Tailwind Boots', 'Shadowstep Treads'],
  ],
  Warlock: [
    ['Astral Circlet', 'Eye of the Deep Archive'],
    ['Sunwoven Gloves', 'Tesseract Grasp'],
    ['Mantle of the Quiet Star', 'Chrysalis Robes'],
    ['Stargazer Boots', 'Orbit Steps'],
  ],
};

const flavour = [
  'Layered plating salvaged from a fallen cruiser.',
  'Woven from a fibre that drinks the light.',
  'Scratched, patched and patched again.',
  'Fitted by hand in the last free city.',
  'It still smells faintly of ozone.',
  'Issued to those who volunteered for the long patrols.',
  'Quiet, light and surprisingly warm.',
  'The sigil on it belongs to an order long since scattered.',
];

const defenseRange: Record<number, [number, number]> = {
  2: [140, 220],
  3: [180, 260],
  4: [240, 300],
  5: [280, 400],
  6: [280, 400],
};
const statRange: Record<number, [number, number]> = { 2: [3, 8], 3: [5, 12], 4: [8, 16], 5: [12, 24], 6: [14, 28] };
const requiredLevel: Record<number, number> = { 2: 6, 3: 12, 4: 20, 5: 40, 6: 40 };
const qualityLevel: Record<number, number> = { 2: 10, 3: 20, 4: 40, 5: 60, 6: 65 };

interface ArmorSpec {
  name: string;
  tierType: number;
  bucket: number;
  glyph: Glyph;
  typeName: string;
  classType: number;
  gridKey: string;
  perkPool: readonly PerkInfo[];
  signature?: PerkInfo;
}

function armorPiece(spec: ArmorSpec): CatalogItem {
  const hash = fnv1a(`item:${spec.name}`);
  const rng = createRng(hash);
  const grid = armorGrid(spec.gridKey, spec.tierType, spec.perkPool, spec.signature);
  const [low, high] = defenseRange[spec.tierType] ?? [140, 220];
  const [statLow, statHigh] = statRange[spec.tierType] ?? [3, 8];
  const rolled = rng.sample([Stat.intellect, Stat.discipline, Stat.strength], 2);
  const base: Record<number, number> = { [Stat.defense]: low };
  for (const statHash of [Stat.intellect, Stat.discipline, Stat.strength]) {
    base[statHash] = rolled.includes(statHash) ? rng.int(statLow, statHigh) : 0;
  }
  const stats = definitionStats(base, grid).map((stat) =>
    stat.statHash === Stat.defense ? { ...stat, maximum: high } : stat,
  );
  return baseItem({
    hash,
    kind: spec.glyph === 'ghost' ? 'ghost' : spec.glyph === 'artifact' ? 'artifact' : 'armor',
    name: spec.name,
    description: rng.pick(flavour),
    icon: contentIcon(`item:${spec.name}`, spec.glyph, tierTones[spec.tierType] ?? 'common'),
    tierType: spec.tierType,
    itemTypeName: spec.typeName,
    itemType: 2,
    classType: spec.classType,
    bucketHash: spec.bucket,
    instanced: true,
    equippable: true,
    actionName: 'Dismantle',
    equipRequiredLevel: requiredLevel[spec.tierType] ?? 1,
    qualityLevel: qualityLevel[spec.tierType] ?? 0,
    primaryStat: { statHash: Stat.defense, minimum: low, maximum: high },
    stats,
    displayedStats: [Stat.intellect, Stat.discipline, Stat.strength].map((statHash) => ({ statHash, maximumValue: 0 })),
    grid,
  });
}

const classNames = Object.keys(classes) as ClassName[];

const setPieces = classNames.flatMap((className) =>
  slots.flatMap((slot) =>
    sets.map(([set, tierType]) =>
      armorPiece({
        name: `${set} ${slot.noun[className]}`,
        tierType,
        bucket: slot.bucket,
        glyph: slot.glyph,
        typeName: slot.typeName(className),
        classType: classes[className].type,
        gridKey: `armor:${tierType}:${slot.bucket === BucketHash.ClassArmor ? 'class' : 'body'}`,
        perkPool: armorPerks,
      }),
    ),
  ),
);

const exoticPieces = classNames.flatMap((className, classIndex) =>
  exotics[className].flatMap((pair, slotIndex) =>
    pair.map((name, i) => {
      const slot = slots[slotIndex] as Slot;
      return armorPiece({
        name,
        tierType: 6,
        bucket: slot.bucket,
        glyph: slot.glyph,
        typeName: slot.typeName(className),
        classType: classes[className].type,
        gridKey: `armor:${name}`,
        perkPool: armorPerks,
        signature: exoticArmorPerks[(classIndex * 8 + slotIndex * 2 + i) % exoticArmorPerks.length],
      });
    }),
  ),
);

const ghostNames: [string, number][] = [
  ['Surveyor Shell', 2],
  ['Wayfinder Shell', 3],
  ['Lumen Shell', 3],
  ['Dusk Shell', 4],
  ['Cartographer Shell', 4],
  ['Archivist Shell', 4],
  ['Starlit Shell', 5],
  ['Ember Shell', 5],
  ['Tidal Shell', 5],
  ['Cinder Shell', 5],
  ['Prism Shell', 5],
  ['Nomad Lantern Shell', 6],
];

const artifactNames: [string, number][] = [
  ['Relic of the Deep Tide', 3],
  ['Talisman of Nine', 4],
  ['Orrery Fragment', 4],
  ['Shard of Quiet Light', 4],
  ['Lodestone Idol', 5],
  ['Mark of the Pale Moon', 5],
  ['Sigil of Embers', 5],
  ['Cipher Stone', 5],
  ['Hollow Compass', 5],
  ['Glass Reliquary', 5],
  ['Star Chart Relic', 5],
];

const ghosts = ghostNames.map(([name, tierType]) =>
  armorPiece({
    name,
    tierType,
    bucket: BucketHash.Ghost,
    glyph: 'ghost',
    typeName: 'Ghost Shell',
    classType: ANY_CLASS,
    gridKey: `ghost:${tierType}`,
    perkPool: ghostPerks,
  }),
);

const artifacts = artifactNames.map(([name, tierType]) =>
  armorPiece({
    name,
    tierType,
    bucket: BucketHash.Artifacts,
    glyph: 'artifact',
    typeName: 'Artifact',
    classType: ANY_CLASS,
    gridKey: `artifact:${tierType}`,
    perkPool: artifactPerks,
  }),
);

export const armorCatalog: readonly CatalogItem[] = [...setPieces, ...exoticPieces, ...ghosts, ...artifacts];
