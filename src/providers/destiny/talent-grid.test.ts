import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { lanternDetailResponse, seedItemDetailEnvelope } from '../../../test/fixtures/destiny-item-detail.ts';
import { unwrapEnvelope } from './envelope.ts';
import { itemDetailSchema } from './schema.ts';
import { buildTalentGrid, nodeStatChanges, nodeStatDeltas, replacesText, xpToReachLevel } from './talent-grid.ts';

const parse = (response: unknown) => v.parse(itemDetailSchema, response);
const gridOf = (response: unknown) => {
  const raw = parse(response);
  return buildTalentGrid(raw.data, raw.definitions)!;
};
const clone = <T>(value: T): T => structuredClone(value);

describe('talent grid layout', () => {
  it('places nodes by the definition, leaving out the hidden nameless node', () => {
    const grid = gridOf(lanternDetailResponse);
    expect(grid.nodes.map((n) => [n.name, n.column, n.row])).toEqual([
      ['Arc Damage', 0, 0],
      ['Iris Sight', 1, 0],
      ['Long Scope', 1, 1],
      ['Quick Hands', 2, 0],
    ]);
    expect(grid).toMatchObject({ columns: 3, rows: 2, exclusiveColumns: [1] });
  });

  it('tells active, available and locked nodes apart, with XP towards the locked one', () => {
    const grid = gridOf(lanternDetailResponse);
    expect(grid.nodes.map((n) => n.state)).toEqual(['active', 'active', 'available', 'locked']);
    // Level 5 needs 5500 XP; the bar starts at 4000 and the item has 4600.
    expect(grid.nodes[3]!.progress).toBeCloseTo(0.4);
    expect(grid.nodes[0]!.progress).toBe(1);
  });

  it('locks no node of a grid the answer marks complete', () => {
    const response = clone(lanternDetailResponse);
    Object.assign(response.data.item, { isGridComplete: true });
    expect(gridOf(response).nodes.map((n) => n.state)).toEqual(['active', 'active', 'available', 'available']);
  });

  it('moves the first visible column to 0 and drops nameless steps anywhere', () => {
    const response = clone(lanternDetailResponse);
    for (const node of response.definitions.talentGrids['555'].nodes) if (node.column >= 0) node.column += 2;
    response.definitions.talentGrids['555'].nodes[3]!.steps[0]!.nodeStepName = '';
    const grid = gridOf(response);
    expect(grid.nodes.map((n) => n.column)).toEqual([0, 1, 1]);
    expect(grid.columns).toBe(2);
  });

  it('joins 2014-style nodes by hash, then by position, and reads statsOnNodes keyed by hash', () => {
    const response = clone(lanternDetailResponse);
    const gridNodes = response.definitions.talentGrids['555'].nodes;
    gridNodes.forEach((node, i) => (node.nodeHash = 900000 + i));
    const nodes = response.data.item.nodes;
    nodes[0]!.nodeHash = 900000;
    nodes[1]!.nodeHash = 900001;
    nodes[2]!.nodeHash = 123456789; // matches nothing: its position decides
    const statsOnNodes: Record<string, unknown> = response.data.statsOnNodes;
    statsOnNodes['900001'] = statsOnNodes['1'];
    delete statsOnNodes['1'];
    const grid = gridOf(response);
    expect(grid.nodes.slice(0, 3).map((n) => n.name)).toEqual(['Arc Damage', 'Iris Sight', 'Long Scope']);
    expect(grid.nodes[1]!.currentStats.map((s) => s.value)).toEqual([9, 5]);
  });

  it('has no grid for the seed example, which comes without definitions', () => {
    const raw = parse(unwrapEnvelope(seedItemDetailEnvelope));
    expect(buildTalentGrid(raw.data, raw.definitions)).toBeNull();
  });

  it('sums XP per level with the last step repeating', () => {
    const steps = [{ progressTotal: 0 }, { progressTotal: 1000 }, { progressTotal: 1500 }];
    expect([1, 2, 3, 5].map((level) => xpToReachLevel(steps, level))).toEqual([0, 1000, 2500, 5500]);
  });
});

describe('talent node stat deltas', () => {
  it('takes the replaced sibling off what the chosen node adds', () => {
    const grid = gridOf(lanternDetailResponse);
    const longScope = grid.nodes.find((n) => n.name === 'Long Scope')!;
    expect(longScope.nextStats.map((s) => [s.name, s.value])).toEqual([
      ['Range', -4],
      ['Stability', 7],
    ]);
    // Iris Sight gives Range +9 and Aim assistance +5 while active.
    expect(Object.fromEntries(nodeStatDeltas(grid, longScope))).toEqual({
      '1240592695': -13,
      '155624089': 7,
      '1345609583': -5,
    });
  });

  it('changes nothing for a node that is already active', () => {
    const grid = gridOf(lanternDetailResponse);
    expect(nodeStatDeltas(grid, grid.nodes[1]!).size).toBe(0);
    expect(replacesText(grid, grid.nodes[1]!)).toBeNull();
  });

  it('names what a node replaces, and its changes by stat name, as one figure each', () => {
    const grid = gridOf(lanternDetailResponse);
    const longScope = grid.nodes.find((node) => node.name === 'Long Scope')!;
    expect(replacesText(grid, longScope)).toBe('replaces Iris Sight');
    expect(nodeStatChanges(grid, longScope).map(({ name, value }) => `${name} ${value}`)).toEqual([
      'Range -13',
      'Stability 7',
      expect.stringMatching(/ -5$/),
    ]);
  });
});
