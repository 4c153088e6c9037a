/** GetItemDetail's `data`: the item, its talent nodes and what each stat-bearing node contributes. */

import { armorParts, weaponParts } from './catalog-supplies.ts';
import { currentStep, gridLevel, instanceJson, type ItemInstance } from './item-instance.ts';
import { xpToReachLevel } from './progressions.ts';
import type { GridNode } from './talent-grids.ts';

type StatEntry = { statHash: number; value: number; maximumValue: number };

const nodeStates: Record<number, string> = {
  1: 'CanUpgrade',
  7: 'NoGridLevel',
  9: 'MustSwap',
  10: 'Complete',
  13: 'Hidden',
};

function nodeState(instance: ItemInstance, node: GridNode, level: number): number {
  const state = instance.nodes[node.index];
  if (!state || state.hidden) return 13;
  if (state.isActivated) return 10;
  if ((currentStep(instance, node.index)?.gridLevel ?? 0) > level) return 7;
  return node.exclusiveWith.some((other) => instance.nodes[other]?.isActivated) ? 9 : 1;
}

/** §7.2: progress through the XP bar that leads up to the node's grid level. */
function progressPercent(instance: ItemInstance, node: GridNode): number {
  const step = currentStep(instance, node.index);
  const { grid } = instance.item;
  if (!step || !grid || instance.nodes[node.index]?.isActivated) return 100;
  const required = xpToReachLevel(grid.progression, step.gridLevel) - step.startBar;
  if (required <= 0) return 100;
  const earned = Math.min(required, Math.max(0, (instance.xp?.current ?? 0) - step.startBar));
  return Math.floor((earned / required) * 100);
}

export function itemDetailData(instance: ItemInstance, characterStats: StatEntry[]) {
  const { item } = instance;
  const nodes = item.grid?.nodes ?? [];
  const level = gridLevel(instance);
  const parts = item.kind === 'weapon' ? weaponParts : item.kind === 'subclass' ? undefined : armorParts;
  const maximumOf = (statHash: number) =>
    item.displayedStats.find((stat) => stat.statHash === statHash)?.maximumValue ?? 100;

  const talentNodes = nodes.map((node) => {
    const state = nodeState(instance, node, level);
    const step = currentStep(instance, node.index);
    const needsParts = parts && (state === 1 || state === 7 || state === 9);
    return {
      nodeIndex: node.index,
      nodeHash: node.index,
      state,
      stateId: nodeStates[state] ?? 'Unknown',
      isActivated: instance.nodes[node.index]?.isActivated ?? false,
      stepIndex: instance.nodes[node.index]?.stepIndex ?? 0,
      materialsToUpgrade: needsParts
        ? [
            {
              itemHash: parts.hash,
              deleteOnAction: true,
              count: Math.max(1, Math.ceil((step?.gridLevel ?? 0) / 2)),
              omitFromRequirements: false,
            },
          ]
        : [],
      activationGridLevel: step?.gridLevel ?? 0,
      progressPercent: progressPercent(instance, node),
      hidden: node.hidden,
    };
  });

  const statsOnNodes: Record<string, { currentNodeStats: StatEntry[]; nextNodeStats: StatEntry[] }> = {};
  for (const node of nodes) {
    const deltas = currentStep(instance, node.index)?.statDeltas ?? [];
    if (node.hidden || deltas.length === 0) continue;
    const entries = deltas.map(({ statHash, value }) => ({ statHash, value, maximumValue: maximumOf(statHash) }));
    statsOnNodes[node.index] = instance.nodes[node.index]?.isActivated
      ? { currentNodeStats: entries, nextNodeStats: [] }
      : { currentNodeStats: [], nextNodeStats: entries };
  }

  const shownOnCharacter = item.kind === 'armor' || item.kind === 'ghost' || item.kind === 'artifact';
  return {
    item: instanceJson(instance),
    talentNodes,
    statsOnNodes,
    characterStatsToDisplay: shownOnCharacter ? characterStats : [],
    materialItemHashes: talentNodes.some((node) => node.materialsToUpgrade.length) && parts ? [parts.hash] : [],
  };
}
