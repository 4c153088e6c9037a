/** One item a character holds, as rolled by the inventory generator. */

import { baseStat, type CatalogItem, type ObjectiveInfo } from './catalog-item.ts';
import { damageTypeByEnum } from './damage-types.ts';
import { progressAt, progressionBlock } from './progressions.ts';
import type { GridStep } from './talent-grids.ts';
import { UNSET_HASH } from './unset-hash.ts';

export interface NodeState {
  isActivated: boolean;
  stepIndex: number;
  hidden: boolean;
}

export interface ItemXp {
  current: number;
  daily: number;
  weekly: number;
}

export interface ItemInstance {
  item: CatalogItem;
  /** `"0"` for non-instanced stacks. */
  instanceId: string;
  stackSize: number;
  isEquipped: boolean;
  canEquip: boolean;
  cannotEquipReason: number;
  locked: boolean;
  tracked: boolean;
  /** ItemLocation: 1 inventory, 4 postmaster. */
  location: number;
  primaryStatValue?: number;
  xp?: ItemXp;
  nodes: NodeState[];
  objectives: { objective: ObjectiveInfo; progress: number }[];
}

/** Gear can be locked; subclasses, stacks and contracts cannot. */
export const isLockable = (item: CatalogItem) => item.equippable && item.kind !== 'subclass';

/** EquipFailureReason flags: a vault item cannot be equipped until it is on a character. */
export const EquipFailure = { none: 0, levelCheck: 8, notOnCharacter: 16 } as const;
const TransferStatus = { canTransfer: 0, itemIsEquipped: 1, notTransferrable: 2 } as const;

/** The step a node currently shows. */
export function currentStep(instance: ItemInstance, nodeIndex: number): GridStep | undefined {
  const node = instance.item.grid?.nodes[nodeIndex];
  const state = instance.nodes[nodeIndex];
  return node && state ? node.steps[state.stepIndex] : undefined;
}

export function gridLevel(instance: ItemInstance): number {
  const { grid } = instance.item;
  return grid && instance.xp ? progressAt(grid.progression, instance.xp.current).level : 0;
}

/** Base value plus what every activated node adds: the displayed stat. */
export function statValue(instance: ItemInstance, statHash: number): number {
  let value = baseStat(instance.item, statHash);
  instance.nodes.forEach((state, index) => {
    if (!state.isActivated) return;
    value += currentStep(instance, index)?.statDeltas.find((delta) => delta.statHash === statHash)?.value ?? 0;
  });
  return value;
}

/** The weapon's element comes from node 0, the damage node. */
function damage(instance: ItemInstance) {
  const step = instance.item.kind === 'weapon' ? currentStep(instance, 0) : undefined;
  if (!step?.damageType) return { damageType: 0, damageTypeHash: 0, damageTypeNodeIndex: -1, damageTypeStepIndex: -1 };
  return {
    damageType: step.damageType,
    damageTypeHash: damageTypeByEnum(step.damageType).hash,
    damageTypeNodeIndex: 0,
    damageTypeStepIndex: step.index,
  };
}

function transferStatus(instance: ItemInstance): number {
  const fixed = instance.item.nonTransferrable ? TransferStatus.notTransferrable : TransferStatus.canTransfer;
  return fixed | (instance.isEquipped ? TransferStatus.itemIsEquipped : 0);
}

/** Featured perks: the displayable perks of each visible node's current step. */
function featuredPerks(instance: ItemInstance) {
  return instance.nodes.flatMap((state, index) =>
    state.hidden
      ? []
      : (currentStep(instance, index)?.perks ?? [])
          .filter((perk) => perk.isDisplayable)
          .map((perk) => ({ iconPath: perk.icon.path, perkHash: perk.hash, isActive: state.isActivated })),
  );
}

/** The instance as GetCharacterInventory emits it: 31 keys, 29 without primaryStat and progression. */
export function instanceJson(instance: ItemInstance) {
  const { item } = instance;
  const { grid } = item;
  const boundToCharacter = item.kind === 'subclass' || item.kind === 'bounty' || item.kind === 'quest';
  const { damageType, damageTypeHash, damageTypeNodeIndex, damageTypeStepIndex } = damage(instance);
  return {
    itemHash: item.hash,
    bindStatus: boundToCharacter ? 1 : 0,
    isEquipped: instance.isEquipped,
    itemInstanceId: instance.instanceId,
    itemLevel: item.equippable ? item.equipRequiredLevel : 0,
    stackSize: instance.stackSize,
    qualityLevel: item.qualityLevel,
    stats: item.displayedStats.map(({ statHash, maximumValue }) => ({
      statHash,
      value: statValue(instance, statHash),
      maximumValue,
    })),
    ...(item.primaryStat && instance.primaryStatValue !== undefined
      ? { primaryStat: { statHash: item.primaryStat.statHash, value: instance.primaryStatValue, maximumValue: 0 } }
      : {}),
    canEquip: instance.canEquip,
    equipRequiredLevel: item.equipRequiredLevel,
    unlockFlagHashRequiredToEquip: item.equippable ? UNSET_HASH : 0,
    cannotEquipReason: instance.cannotEquipReason,
    damageType,
    damageTypeHash,
    damageTypeNodeIndex,
    damageTypeStepIndex,
    ...(grid && instance.xp
      ? { progression: progressionBlock(grid.progression, instance.xp.current, instance.xp.daily, instance.xp.weekly) }
      : {}),
    talentGridHash: grid?.hash ?? 0,
    nodes: instance.nodes.map((state, index) => ({
      isActivated: state.isActivated,
      stepIndex: state.stepIndex,
      // Late data only ever shows 0 (visible) or 13 (hidden) here.
      state: state.hidden ? 13 : 0,
      hidden: state.hidden,
      nodeHash: index,
    })),
    useCustomDyes: item.kind === 'armor',
    artRegions: {},
    isEquipment: item.equippable,
    isGridComplete: grid ? gridLevel(instance) >= grid.maxGridLevel : false,
    perks: featuredPerks(instance),
    location: instance.location,
    transferStatus: transferStatus(instance),
    locked: instance.locked,
    lockable: isLockable(item),
    objectives: instance.objectives.map(({ objective, progress }) => ({
      objectiveHash: objective.hash,
      destinationHash: 0,
      activityHash: 0,
      progress,
      hasProgress: true,
      isComplete: progress >= objective.completionValue,
      displayValue: progress,
    })),
    state: (instance.locked ? 1 : 0) | (instance.tracked ? 2 : 0),
  };
}
