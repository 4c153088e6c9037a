/**
 * Our talent grids, laid out like Destiny 1's (late convention: nodeHash == nodeIndex). Each step also
 * carries the signed stat change it makes, which the API only reveals through `statsOnNodes`.
 */

import { damagePerk, weaponPerks, type PerkInfo } from './perks.ts';
import { damageTypeByEnum } from './damage-types.ts';
import { contentIcon, missingIcon, type IconAsset } from './icon-assets.ts';
import type { Tone } from '../art/icon-spec.ts';
import { gearProgression, Progression, xpToReachLevel, type ProgressionInfo } from './progressions.ts';
import { createRng, fnv1a, type Rng } from '../rng.ts';
import { Stat } from './stats.ts';
import type { WeaponFamily } from './weapon-families.ts';

export interface StatDelta {
  statHash: number;
  value: number;
}

type StepGroups = {
  weaponPerformance: number;
  impactEffects: number;
  guardianAttributes: number;
  lightAbilities: number;
  damageTypes: number;
};

export interface GridStep {
  index: number;
  hash: number;
  name: string;
  description: string;
  interaction: string;
  icon: IconAsset;
  damageType: number;
  gridLevel: number;
  startBar: number;
  perks: PerkInfo[];
  statDeltas: StatDelta[];
  groups?: StepGroups;
  affectsLevel: boolean;
}

export interface GridNode {
  index: number;
  row: number;
  column: number;
  autoUnlocks: boolean;
  isRandom: boolean;
  steps: GridStep[];
  exclusiveWith: number[];
  /** Nameless bookkeeping node, always hidden in instances. */
  hidden: boolean;
}

export interface TalentGrid {
  hash: number;
  progression: ProgressionInfo;
  nodes: GridNode[];
  exclusiveSets: number[][];
  independent: number[];
  maxGridLevel: number;
}

type StepSpec = Partial<Omit<GridStep, 'index' | 'startBar'>> & { name: string; description: string };

const groups = (partial: Partial<StepGroups>): StepGroups => ({
  weaponPerformance: 0,
  impactEffects: 0,
  guardianAttributes: 0,
  lightAbilities: 0,
  damageTypes: 0,
  ...partial,
});

class GridBuilder {
  readonly nodes: GridNode[] = [];
  readonly exclusiveSets: number[][] = [];
  readonly independent: number[] = [];
  private nextColumn = 0;

  constructor(
    private readonly key: string,
    private readonly progression: ProgressionInfo,
  ) {}

  private step(spec: StepSpec, index: number): GridStep {
    const gridLevel = spec.gridLevel ?? 0;
    return {
      index,
      hash: spec.hash ?? fnv1a(`step:${spec.name}`),
      name: spec.name,
      description: spec.description,
      interaction: spec.interaction ?? 'Upgrade',
      icon: spec.icon ?? contentIcon(`step:${spec.name}`, 'talent', 'dark'),
      damageType: spec.damageType ?? 0,
      gridLevel,
      startBar: gridLevel <= 1 ? 0 : xpToReachLevel(this.progression, gridLevel - 1),
      perks: spec.perks ?? [],
      statDeltas: spec.statDeltas ?? [],
      groups: spec.groups,
      affectsLevel: spec.affectsLevel ?? false,
    };
  }

  private node(column: number, row: number, steps: StepSpec[], autoUnlocks: boolean, hidden = false): number {
    const index = this.nodes.length;
    this.nodes.push({
      index,
      row,
      column,
      autoUnlocks,
      hidden,
      isRandom: steps.length > 1,
      steps: steps.map((spec, i) => this.step(spec, i)),
      exclusiveWith: [],
    });
    return index;
  }

  /** A column of single-step nodes of which exactly one may be active; the first unlocks itself at level 0. */
  choiceColumn(choices: StepSpec[], firstUnlocks: boolean) {
    const column = this.nextColumn++;
    const indexes = choices.map((spec, row) => this.node(column, row, [spec], firstUnlocks && row === 0));
    for (const index of indexes)
      (this.nodes[index] as GridNode).exclusiveWith = indexes.filter((other) => other !== index);
    this.exclusiveSets.push(indexes);
  }

  /** One independent node; several steps make it a random roll. */
  singleColumn(steps: StepSpec[], autoUnlocks = false) {
    this.independent.push(this.node(this.nextColumn++, 0, steps, autoUnlocks));
  }

  build(): TalentGrid {
    this.node(-1, 0, [{ name: '', description: '', hash: 0, icon: missingIcon, interaction: '' }], true, true);
    const levels = this.nodes.flatMap((node) => node.steps.map((step) => step.gridLevel));
    return {
      hash: fnv1a(`grid:${this.key}`),
      progression: this.progression,
      nodes: this.nodes,
      exclusiveSets: this.exclusiveSets,
      independent: this.independent,
      maxGridLevel: Math.max(...levels),
    };
  }
}

const elementTones: Record<number, Tone> = { 1: 'kinetic', 2: 'arc', 3: 'solar', 4: 'void' };

function damageStep(damageType: number): StepSpec {
  const type = damageTypeByEnum(damageType);
  return {
    name: `${type.name} Damage`,
    description: `This weapon deals ${type.name} damage.`,
    interaction: 'Reroll',
    icon: contentIcon(`step:damage:${damageType}`, 'talent', elementTones[damageType] ?? 'dark'),
    damageType,
    perks: [damagePerk(damageType)],
    groups: groups({ damageTypes: 1 << (damageType - 1) }),
  };
}

const perkStep = (perk: PerkInfo, gridLevel: number): StepSpec => ({
  name: perk.name,
  description: perk.description,
  icon: perk.icon,
  perks: [perk],
  gridLevel,
});

const opticNames: Record<WeaponFamily['optics'], string[]> = {
  sights: ['Holo Sight HS-1', 'Iris Reticle IR-2', 'Quicklens QL-3', 'Pinhole Sight', 'Amber Dot AD-4'],
  scopes: ['Longglass LG-6', 'Prism Scope PS-3', 'Stargazer Scope', 'Farwatch FW-8', 'Needle Scope NS-2'],
  launcher: ['Pilot Sight', 'Tracker Array', 'Wide Aperture', 'Spotter Relay'],
  blade: ['Wrapped Hilt', 'Weighted Pommel', 'Keen Grip', 'Long Tang'],
};

const barrelNames: Record<number, string> = {
  [Stat.range]: 'Honed Bore',
  [Stat.stability]: 'Ribbed Shroud',
  [Stat.reload]: 'Spring Loader',
  [Stat.impact]: 'Weighted Core',
  [Stat.chargeRate]: 'Capacitor Coil',
  [Stat.blastRadius]: 'Wide Warhead',
  [Stat.velocity]: 'Tapered Nozzle',
  [Stat.swingSpeed]: 'Balanced Tang',
  [Stat.efficiency]: 'Tempered Edge',
  [Stat.guard]: 'Broad Guard',
  [Stat.energy]: 'Deep Cell',
};

/** Bit for `stepGroups.weaponPerformance`: Range 8, Zoom 16, Recoil 32, Reload 128. */
const performanceBit = (statHash: number) =>
  statHash === Stat.range ? 8 : statHash === Stat.stability ? 32 : statHash === Stat.reload ? 128 : 0;

function opticStep(rng: Rng, family: WeaponFamily, name: string, gridLevel: number): StepSpec {
  const [first, second] = family.tunable;
  const affected = family.optics === 'blade' ? [first, second] : [first, second, Stat.optics, Stat.aimAssist];
  return {
    name,
    description:
      family.optics === 'blade'
        ? 'A grip that changes how the blade handles.'
        : 'An optic that trades handling for reach.',
    gridLevel,
    statDeltas: affected.map((statHash) => ({ statHash: statHash as number, value: nonZero(rng, -4, 9) })),
    groups: groups({ weaponPerformance: 16 }),
  };
}

function barrelStep(rng: Rng, family: WeaponFamily, statHash: number, gridLevel: number): StepSpec {
  const penalty = rng.pick(family.tunable.filter((other) => other !== statHash));
  return {
    name: barrelNames[statHash] ?? 'Tuned Frame',
    description: 'A modification that improves one trait at the cost of another.',
    gridLevel,
    statDeltas: [
      { statHash, value: rng.int(5, 12) },
      { statHash: penalty, value: -rng.int(1, 5) },
    ],
    groups: groups({ weaponPerformance: performanceBit(statHash) }),
  };
}

function nonZero(rng: Rng, min: number, max: number): number {
  const value = rng.int(min, max);
  return value === 0 ? 1 : value;
}

function upgradeStep(name: string, description: string, gridLevel: number): StepSpec {
  return { name, description, gridLevel, affectsLevel: true, groups: groups({}) };
}

/** Commons and uncommons get short grids; rares add barrels; legendaries and exotics a second perk. */
export function weaponGrid(
  key: string,
  family: WeaponFamily,
  tierType: number,
  damage: number[],
  signature?: PerkInfo,
): TalentGrid {
  const rng = createRng(fnv1a(`grid:${key}`));
  const grid = new GridBuilder(key, gearProgression(tierType));
  grid.singleColumn(damage.map(damageStep), true);
  const optics = rng.sample(opticNames[family.optics], tierType >= 4 ? 3 : 2);
  grid.choiceColumn(
    optics.map((name, i) => opticStep(rng, family, name, i)),
    true,
  );
  const perks = rng.sample(weaponPerks, 6);
  if (signature) grid.singleColumn([perkStep(signature, 0)], true);
  else grid.singleColumn(perks.slice(0, tierType >= 5 ? 3 : tierType === 4 ? 2 : 1).map((perk) => perkStep(perk, 2)));
  let level = 3;
  if (tierType >= 4) {
    const barrels = rng.sample(family.tunable, tierType >= 5 ? 3 : 2);
    grid.choiceColumn(
      barrels.map((statHash) => barrelStep(rng, family, statHash, level++)),
      false,
    );
  }
  if (tierType >= 5) {
    grid.singleColumn(perks.slice(3, 6).map((perk) => perkStep(perk, level)));
    level++;
  }
  grid.singleColumn([upgradeStep('Calibrate Core', "Raises this weapon's attack.", level)]);
  return grid.build();
}

const statNames: [number, string][] = [
  [Stat.intellect, 'Intellect'],
  [Stat.discipline, 'Discipline'],
  [Stat.strength, 'Strength'],
];
const tuneRange: Record<number, [number, number]> = { 2: [6, 12], 3: [10, 18], 4: [14, 24], 5: [20, 36], 6: [24, 40] };

/** Armour, ghosts, artifacts and class items: a stat focus, perks and, for exotics, a signature perk. */
export function armorGrid(
  key: string,
  tierType: number,
  perkPool: readonly PerkInfo[],
  signature?: PerkInfo,
): TalentGrid {
  const rng = createRng(fnv1a(`grid:${key}`));
  const grid = new GridBuilder(key, gearProgression(tierType));
  const [low, high] = tuneRange[tierType] ?? [6, 12];
  grid.choiceColumn(
    statNames.map(([statHash, name]) => ({
      name: `Tune ${name}`,
      description: `Channels this piece's Light into ${name}.`,
      gridLevel: 1,
      statDeltas: [{ statHash, value: rng.int(low, high) }],
      groups: groups({ guardianAttributes: 1 }),
    })),
    false,
  );
  const perks = rng.sample(perkPool, 4);
  grid.singleColumn(perks.slice(0, tierType >= 4 ? 2 : 1).map((perk) => perkStep(perk, 2)));
  let level = 3;
  if (tierType >= 4) {
    grid.choiceColumn(
      perks.slice(2, 4).map((perk) => perkStep(perk, level)),
      false,
    );
    level++;
  }
  if (signature) grid.singleColumn([perkStep(signature, 0)], true);
  grid.singleColumn([upgradeStep('Reinforce Plating', "Raises this armor's defense.", level)]);
  return grid.build();
}

const subclassNames: Record<number, { super: string[]; grenade: string[]; melee: string[] }> = {
  2: {
    super: ['Stormfront Surge', 'Chain Conduit', 'Static Crown'],
    grenade: ['Lattice Grenade', 'Skip Charge', 'Storm Orb'],
    melee: ['Live Wire', 'Thunder Palm', 'Ion Strike'],
  },
  3: {
    super: ['Sunflare Nova', 'Pyre Brand', 'Dawn Lance'],
    grenade: ['Cinder Grenade', 'Flare Mine', 'Kindling Charge'],
    melee: ['Ember Strike', 'Scorch Palm', 'Flint Blow'],
  },
  4: {
    super: ['Event Horizon', 'Null Tide', 'Hollow Star'],
    grenade: ['Singularity Grenade', 'Drift Mine', 'Hollow Charge'],
    melee: ['Umbral Strike', 'Hollow Palm', 'Null Touch'],
  },
};
const movementNames = ['High Lift', 'Glide Step', 'Blink Step'];
const traitNames = ['Steady Light', 'Battle Rhythm', 'Bright Wake', 'Last Stand', 'Warden Instinct', 'Quick Recharge'];

/** A subclass: four choose-one ability columns and two traits, coloured by its element. */
export function subclassGrid(key: string, element: number): TalentGrid {
  const rng = createRng(fnv1a(`grid:${key}`));
  const names = subclassNames[element];
  if (!names) throw new Error(`no subclass names for element ${element}`);
  const tone = elementTones[element] ?? 'dark';
  const grid = new GridBuilder(key, Progression.subclass);
  const ability = (name: string, description: string, gridLevel: number, bit: number): StepSpec => ({
    name,
    description,
    gridLevel,
    icon: contentIcon(`step:${name}`, 'talent', tone),
    groups: groups({ lightAbilities: bit }),
  });
  const column = (list: string[], describe: (name: string) => string, firstLevel: number, bit: number) =>
    grid.choiceColumn(
      list.map((name, i) => ability(name, describe(name), i === 0 ? 0 : firstLevel + i, bit)),
      true,
    );
  column(names.super, (name) => `Your super becomes ${name}.`, 1, 1);
  column(names.grenade, (name) => `Throw a ${name.toLowerCase()}.`, 2, 2);
  column(movementNames, (name) => `Your jump becomes ${name}.`, 3, 4);
  column(names.melee, (name) => `Your melee becomes ${name}.`, 4, 8);
  for (const [i, name] of rng.sample(traitNames, 2).entries()) {
    grid.singleColumn([ability(name, `${name}: a passive strengthening of your Light.`, 7 + i, 16)]);
  }
  return grid.build();
}

function stepDefinition(step: GridStep) {
  const damage = step.damageType ? damageTypeByEnum(step.damageType).hash : 0;
  return {
    stepIndex: step.index,
    nodeStepHash: step.hash,
    nodeStepName: step.name,
    nodeStepDescription: step.description,
    interactionDescription: step.interaction,
    icon: step.icon.path,
    damageType: step.damageType,
    damageTypeHash: damage,
    activationRequirement: { gridLevel: step.gridLevel, materialRequirementHashes: [], exclusiveSetRequiredHash: 0 },
    canActivateNextStep: false,
    nextStepIndex: -1,
    isNextStepRandom: false,
    perkHashes: step.perks.map((perk) => perk.hash),
    startProgressionBarAtProgress: step.startBar,
    statHashes: step.statDeltas.map((delta) => delta.statHash),
    affectsQuality: false,
    ...(step.groups ? { stepGroups: step.groups } : {}),
    trueStepIndex: step.index,
    truePropertyIndex: 0,
    affectsLevel: step.affectsLevel,
  };
}

export function talentGridDefinition(grid: TalentGrid) {
  return {
    gridHash: grid.hash,
    maxGridLevel: grid.maxGridLevel,
    gridLevelPerColumn: 0,
    progressionHash: grid.progression.hash,
    nodes: grid.nodes.map((node) => ({
      nodeIndex: node.index,
      nodeHash: node.index,
      row: node.row,
      column: node.column,
      prerequisiteNodeIndexes: [],
      binaryPairNodeIndex: -1,
      autoUnlocks: node.autoUnlocks,
      lastStepRepeats: false,
      isRandom: node.isRandom,
      isRandomRepurchasable: false,
      steps: node.steps.map(stepDefinition),
      exlusiveWithNodes: node.exclusiveWith,
      randomStartProgressionBarAtProgression: 0,
      originalNodeHash: 0,
      talentNodeTypes: 0,
      exclusiveSetHash: 0,
      isRealStepSelectionRandom: node.isRandom,
    })),
    calcMaxGridLevel: grid.maxGridLevel,
    calcProgressToMaxLevel: xpToReachLevel(grid.progression, grid.maxGridLevel),
    exclusiveSets: grid.exclusiveSets.map((nodeIndexes) => ({ nodeIndexes })),
    independentNodeIndexes: grid.independent,
    maximumRandomMaterialRequirements: 0,
    hash: grid.hash,
    index: 0,
    redacted: false,
  };
}
