import { bungieIcon } from './bungie-icon.ts';
import type { RawItemDetail, RawItemDetailDefinitions, RawTalentGrid } from './schema.ts';

export type TalentNodeState = 'active' | 'available' | 'locked';

export interface NodeStat {
  statId: string;
  name: string;
  value: number;
}

export interface TalentNode {
  /** The node's index in the grid definition. */
  index: number;
  /** 0-based, with the first visible column moved to 0. */
  column: number;
  row: number;
  name: string;
  description: string;
  icon: string | null;
  state: TalentNodeState;
  /** The item level the node needs. */
  requiredLevel: number;
  /** XP towards `requiredLevel`, 0 to 1; absent when unknown. */
  progress?: number;
  /** Indexes of the nodes this one excludes (one of several). */
  exclusiveWith: number[];
  /** From `statsOnNodes`: what the node gives while active, and would give if activated. */
  currentStats: NodeStat[];
  nextStats: NodeStat[];
}

export interface TalentGrid {
  nodes: TalentNode[];
  columns: number;
  rows: number;
  /** Columns whose nodes are alternatives: only one can be active. */
  exclusiveColumns: number[];
}

type Data = RawItemDetail['data'];
type GridNode = RawTalentGrid['nodes'][number];
/** DestinyTalentNodeState NoGridLevel: the node waits for item XP. */
const NO_GRID_LEVEL = 7;

/** §7.2: XP needed to reach an item level, the last step repeating. */
export function xpToReachLevel(steps: readonly { progressTotal: number }[], level: number): number {
  let total = 0;
  for (let s = 1; s <= level && steps.length > 0; s++) total += steps[Math.min(s, steps.length) - 1]!.progressTotal;
  return total;
}

/** §7.1: nodeHash is the index under the late convention, a real hash in 2014 data; position is the last resort. */
function findGridNode(
  nodes: readonly GridNode[],
  nodeHash: number | undefined,
  position: number,
): GridNode | undefined {
  if (nodeHash !== undefined && nodeHash < nodes.length) return nodes[nodeHash];
  return nodes.find((node) => node.nodeHash === nodeHash) ?? nodes[position];
}

export function buildTalentGrid(data: Data, definitions: RawItemDetailDefinitions): TalentGrid | null {
  const { item } = data;
  const grid = item.talentGridHash ? definitions.talentGrids[item.talentGridHash] : undefined;
  if (!grid || item.nodes.length === 0) return null;
  const steps = grid.progressionHash ? definitions.progressions[grid.progressionHash]?.steps : undefined;
  const level = item.progression?.level;
  const nodeStats = (list: readonly { statHash: number; value: number }[]) =>
    list.flatMap(({ statHash, value }) => {
      const info = definitions.stats[statHash];
      // A defined stat without a name is one of Bungie's placeholders.
      return info && !info.statName
        ? []
        : [{ statId: String(statHash), name: info?.statName ?? `Stat ${statHash}`, value }];
    });

  const seenSteps = new Set<number>();
  const nodes: TalentNode[] = [];
  item.nodes.forEach((instance, position) => {
    const node = findGridNode(grid.nodes, instance.nodeHash, position);
    const step = node?.steps[instance.stepIndex] ?? node?.steps[0];
    if (!node || !step || instance.hidden || node.column < 0 || !step.nodeStepName) return;
    // The same step twice (repeated upgrade nodes) is shown once.
    if (step.nodeStepHash && seenSteps.has(step.nodeStepHash)) return;
    seenSteps.add(step.nodeStepHash);

    const index = node.nodeIndex ?? grid.nodes.indexOf(node);
    const detail = data.talentNodes.find((t) => t.nodeIndex === index);
    const requiredLevel = step.activationRequirement.gridLevel;
    // A grid Bungie calls complete has nothing left to wait for, whatever level it reports.
    const locked =
      !item.isGridComplete && (level !== undefined ? requiredLevel > level : detail?.state === NO_GRID_LEVEL);
    const onNode = data.statsOnNodes[String(instance.nodeHash ?? index)] ?? data.statsOnNodes[String(index)];
    nodes.push({
      index,
      column: node.column,
      row: node.row,
      name: step.nodeStepName,
      description: step.nodeStepDescription,
      icon: bungieIcon(step.icon),
      state: instance.isActivated ? 'active' : locked ? 'locked' : 'available',
      requiredLevel,
      progress: nodeProgress(
        steps,
        item.progression?.currentProgress,
        requiredLevel,
        step.startProgressionBarAtProgress,
        detail?.progressPercent,
      ),
      exclusiveWith: [
        ...new Set([
          ...(node.exlusiveWithNodes ?? node.exclusiveWithNodes ?? []),
          ...grid.exclusiveSets.filter((set) => set.nodeIndexes.includes(index)).flatMap((set) => set.nodeIndexes),
        ]),
      ].filter((other) => other !== index),
      currentStats: nodeStats(onNode?.currentNodeStats ?? []),
      nextStats: nodeStats(onNode?.nextNodeStats ?? []),
    });
  });
  if (nodes.length === 0) return null;

  const first = Math.min(...nodes.map((node) => node.column));
  for (const node of nodes) node.column -= first;
  const exclusiveColumns = [...new Set(nodes.map((node) => node.column))].filter((column) => {
    const inColumn = nodes.filter((node) => node.column === column);
    return (
      inColumn.length > 1 &&
      inColumn.every((node) => inColumn.some((other) => node.exclusiveWith.includes(other.index)))
    );
  });
  return {
    nodes,
    columns: Math.max(...nodes.map((node) => node.column)) + 1,
    rows: Math.max(...nodes.map((node) => node.row)) + 1,
    exclusiveColumns,
  };
}

/** §7.2: the stretch of the XP bar that leads to the node's level, from the definitions; else Bungie's own percent. */
function nodeProgress(
  steps: readonly { progressTotal: number }[] | undefined,
  currentProgress: number | undefined,
  requiredLevel: number,
  startBar: number,
  percent: number | undefined,
): number | undefined {
  if (steps && currentProgress !== undefined) {
    const required = xpToReachLevel(steps, requiredLevel) - startBar;
    if (required <= 0) return 1;
    return Math.min(required, Math.max(0, currentProgress - startBar)) / required;
  }
  return percent === undefined ? undefined : Math.min(1, Math.max(0, percent / 100));
}

/** The active nodes that activating `node` would replace: the active ones it excludes. None for an active node. */
export function replacedNodes(grid: TalentGrid, node: TalentNode): TalentNode[] {
  if (node.state === 'active') return [];
  return grid.nodes.filter((other) => other.state === 'active' && node.exclusiveWith.includes(other.index));
}

/** What choosing `node` replaces, in words ("replaces Iris Sight"), or null when it replaces nothing. */
export function replacesText(grid: TalentGrid, node: TalentNode): string | null {
  const replaced = replacedNodes(grid, node);
  return replaced.length ? `replaces ${replaced.map((other) => other.name).join(' and ')}` : null;
}

/**
 * What activating a node would change, stat by stat: its `nextNodeStats` less the
 * `currentNodeStats` of the active node it would replace (§7.3). An active node changes nothing;
 * a stat whose gain and loss cancel out is left out.
 */
export function nodeStatChanges(grid: TalentGrid, node: TalentNode): NodeStat[] {
  const changes = new Map<string, NodeStat>();
  const add = (stat: NodeStat, sign: number) => {
    const value = (changes.get(stat.statId)?.value ?? 0) + sign * stat.value;
    changes.set(stat.statId, { statId: stat.statId, name: stat.name, value });
  };
  if (node.state === 'active') return [];
  for (const stat of node.nextStats) add(stat, 1);
  for (const other of replacedNodes(grid, node)) for (const stat of other.currentStats) add(stat, -1);
  return [...changes.values()].filter((stat) => stat.value !== 0);
}

/** The same changes by stat id, as the Stats list reads them. */
export function nodeStatDeltas(grid: TalentGrid, node: TalentNode): Map<string, number> {
  return new Map(nodeStatChanges(grid, node).map((stat) => [stat.statId, stat.value]));
}
