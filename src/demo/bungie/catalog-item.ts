/** One of our invented items, with everything needed to emit its definition and roll instances. */

import { createRng, fnv1a } from '../rng.ts';
import { contentIcon, missingIcon, tierTones, type IconAsset } from './icon-assets.ts';
import type { Glyph } from '../art/icon-spec.ts';
import type { PerkInfo } from './perks.ts';
import type { TalentGrid } from './talent-grids.ts';
import { UNSET_HASH } from './unset-hash.ts';

export interface DefinitionStat {
  statHash: number;
  value: number;
  minimum: number;
  maximum: number;
}

export interface ObjectiveInfo {
  hash: number;
  description: string;
  completionValue: number;
}

export type ItemKind =
  | 'weapon'
  | 'armor'
  | 'ghost'
  | 'artifact'
  | 'subclass'
  | 'emblem'
  | 'shader'
  | 'ship'
  | 'vehicle'
  | 'material'
  | 'consumable'
  | 'mission'
  | 'bounty'
  | 'quest'
  | 'currency'
  | 'salvage';

export interface CatalogItem {
  hash: number;
  kind: ItemKind;
  name: string;
  description: string;
  icon: IconAsset;
  secondaryIcon: IconAsset;
  tierType: number;
  itemTypeName: string;
  itemType: number;
  itemSubType: number;
  classType: number;
  bucketHash: number;
  maxStackSize: number;
  instanced: boolean;
  equippable: boolean;
  nonTransferrable: boolean;
  actionName: string;
  equipRequiredLevel: number;
  qualityLevel: number;
  /** Instance primary stat and the range its value is rolled in. */
  primaryStat?: { statHash: number; minimum: number; maximum: number };
  /** Base values before talent nodes; hidden stats included. */
  stats: DefinitionStat[];
  /** Instance `stats`, in display order, with their bar maximum. */
  displayedStats: { statHash: number; maximumValue: number }[];
  grid?: TalentGrid;
  perks: PerkInfo[];
  objectives: ObjectiveInfo[];
  damageTypes: number[];
  itemCategoryHashes: number[];
}

export const tierTypeNames: Record<number, string> = {
  0: 'Basic',
  1: 'Basic',
  2: 'Common',
  3: 'Uncommon',
  4: 'Rare',
  5: 'Legendary',
  6: 'Exotic',
};

/** Base value of a stat, 0 when the item does not define it. */
export function baseStat(item: CatalogItem, statHash: number): number {
  return item.stats.find((stat) => stat.statHash === statHash)?.value ?? 0;
}

/**
 * Definition stats: `value` is the base; `minimum`/`maximum` the range the grid can reach
 * (per column, the lowest and highest step change, counting "nothing chosen" as 0).
 */
export function definitionStats(base: Record<number, number>, grid?: TalentGrid): DefinitionStat[] {
  return Object.entries(base).map(([key, value]) => {
    const statHash = Number(key);
    let minimum = value;
    let maximum = value;
    for (const column of grid ? [...grid.exclusiveSets, ...grid.independent.map((i) => [i])] : []) {
      const changes = column.flatMap((index) =>
        (grid?.nodes[index]?.steps ?? []).map(
          (step) => step.statDeltas.find((d) => d.statHash === statHash)?.value ?? 0,
        ),
      );
      minimum += Math.min(0, ...changes);
      maximum += Math.max(0, ...changes);
    }
    return { statHash, value, minimum, maximum };
  });
}

/** The item definition, keys in the order the API emits them. */
export function itemDefinition(item: CatalogItem) {
  const stats: Record<string, DefinitionStat> = {};
  for (const stat of item.stats) stats[stat.statHash] = stat;
  return {
    itemHash: item.hash,
    itemName: item.name,
    itemDescription: item.description,
    icon: item.icon.path,
    hasIcon: item.icon !== missingIcon,
    secondaryIcon: item.secondaryIcon.path,
    actionName: item.actionName,
    hasAction: item.actionName !== '',
    deleteOnAction: item.actionName !== '',
    tierTypeName: tierTypeNames[item.tierType] ?? 'Basic',
    tierType: item.tierType,
    itemTypeName: item.itemTypeName,
    bucketTypeHash: item.bucketHash,
    primaryBaseStatHash: item.primaryStat?.statHash ?? 0,
    stats,
    perkHashes: item.perks.map((perk) => perk.hash),
    itemIdentifier: '',
    specialItemType: 0,
    talentGridHash: item.grid?.hash ?? 0,
    hasGeometry: item.equippable,
    statGroupHash: 0,
    itemLevels: [0],
    qualityLevel: item.qualityLevel,
    equippable: item.equippable,
    instanced: item.instanced,
    rewardItemHash: 0,
    values: {},
    itemType: item.itemType,
    itemSubType: item.itemSubType,
    classType: item.classType,
    sources: [],
    itemCategoryHashes: item.itemCategoryHashes,
    sourceHashes: [],
    nonTransferrable: item.nonTransferrable,
    exclusive: 0,
    maxStackSize: item.maxStackSize,
    itemIndex: 0,
    setItemHashes: [],
    tooltipStyle: '',
    questlineItemHash: 0,
    needsFullCompletion: false,
    objectiveHashes: item.objectives.map((objective) => objective.hash),
    allowActions: true,
    questTrackingUnlockValueHash: 0,
    bountyResetUnlockHash: 0,
    uniquenessHash: UNSET_HASH,
    showActiveNodesInTooltip: false,
    damageTypes: item.damageTypes,
    hash: item.hash,
    index: 0,
    redacted: false,
  };
}

export function objectiveDefinition(objective: ObjectiveInfo) {
  return {
    objectiveHash: objective.hash,
    unlockValueHash: 0,
    completionValue: objective.completionValue,
    vendorHash: 0,
    vendorCategoryHash: 0,
    displayDescription: objective.description,
    locationHash: 0,
    allowNegativeValue: false,
    allowValueChangeWhenCompleted: false,
    isCountingDownward: false,
    valueStyle: 0,
    hash: objective.hash,
    index: 0,
    redacted: false,
  };
}

/** Defaults shared by every catalog entry; builders override what differs. */
export function baseItem(
  partial: Partial<CatalogItem> &
    Pick<CatalogItem, 'hash' | 'kind' | 'name' | 'description' | 'icon' | 'tierType' | 'itemTypeName' | 'bucketHash'>,
): CatalogItem {
  return {
    secondaryIcon: missingIcon,
    itemType: 0,
    itemSubType: 0,
    classType: 3,
    maxStackSize: 1,
    instanced: false,
    equippable: false,
    nonTransferrable: false,
    actionName: '',
    equipRequiredLevel: 0,
    qualityLevel: 0,
    stats: [],
    displayedStats: [],
    perks: [],
    objectives: [],
    damageTypes: [],
    itemCategoryHashes: [],
    ...partial,
  };
}

/** A family of plain items (shaders, materials, …): one bucket, one glyph, a pool of descriptions. */
export interface ItemFamily {
  kind: CatalogItem['kind'];
  glyph: Glyph;
  bucket: number;
  typeName: string;
  itemType: number;
  lines: string[];
}

/** The fields every member of a family gets from its name and tier; ids and words follow from the name. */
export function familyMember(family: ItemFamily, name: string, tierType: number) {
  const hash = fnv1a(`item:${name}`);
  return {
    hash,
    kind: family.kind,
    name,
    description: createRng(hash).pick(family.lines),
    icon: contentIcon(`item:${name}`, family.glyph, tierTones[tierType] ?? 'common'),
    tierType,
    itemTypeName: family.typeName,
    itemType: family.itemType,
    bucketHash: family.bucket,
  };
}
