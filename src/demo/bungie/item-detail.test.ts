import { describe, expect, it } from 'vitest';
import { createBungieDemoApp } from './app.ts';
import { allItems, firstAccount, firstCharacterId, getJson, inventoryPath, itemPath } from './test-support.ts';

const app = createBungieDemoApp();
const { data, definitions } = (await getJson(app, inventoryPath(firstAccount, firstCharacterId, true))).Response;
const gridItems = allItems(data).filter((item) => item.talentGridHash !== 0);
const details = await Promise.all(
  gridItems.map(
    async (item) => (await getJson(app, itemPath(firstAccount, firstCharacterId, item.itemInstanceId))).Response.data,
  ),
);

describe('GetItemDetail', () => {
  it('answers every instanced grid item with the five data keys and the same item', () => {
    expect(gridItems.length).toBeGreaterThan(80);
    details.forEach((detail, i) => {
      expect(Object.keys(detail)).toEqual([
        'item',
        'talentNodes',
        'statsOnNodes',
        'characterStatsToDisplay',
        'materialItemHashes',
      ]);
      expect(detail.item).toEqual(gridItems[i]);
      expect(detail.talentNodes.map((node: any) => node.nodeHash)).toEqual(
        detail.item.nodes.map((node: any) => node.nodeHash),
      );
    });
  });

  it('describes talent nodes per the grid and the instance', () => {
    for (const detail of details) {
      const grid = definitions.talentGrids[detail.item.talentGridHash];
      for (const node of detail.talentNodes) {
        const instanceNode = detail.item.nodes[node.nodeIndex];
        expect(Object.keys(node)).toEqual([
          'nodeIndex',
          'nodeHash',
          'state',
          'stateId',
          'isActivated',
          'stepIndex',
          'materialsToUpgrade',
          'activationGridLevel',
          'progressPercent',
          'hidden',
        ]);
        expect([node.isActivated, node.stepIndex, node.hidden]).toEqual([
          instanceNode.isActivated,
          instanceNode.stepIndex,
          instanceNode.hidden,
        ]);
        expect(node.activationGridLevel).toBe(
          grid.nodes[node.nodeIndex].steps[node.stepIndex].activationRequirement.gridLevel,
        );
        if (node.isActivated && !node.hidden)
          expect([node.state, node.stateId, node.progressPercent]).toEqual([10, 'Complete', 100]);
        for (const material of node.materialsToUpgrade) expect(detail.materialItemHashes).toContain(material.itemHash);
      }
    }
  });

  it('keys statsOnNodes by the nodes whose step has stats, current when active and next otherwise', () => {
    for (const detail of details) {
      const grid = definitions.talentGrids[detail.item.talentGridHash];
      const step = (index: number) => grid.nodes[index].steps[detail.item.nodes[index].stepIndex];
      const expectedKeys = detail.item.nodes
        .filter((node: any) => !node.hidden && step(node.nodeHash).statHashes.length > 0)
        .map((node: any) => String(node.nodeHash));
      expect(Object.keys(detail.statsOnNodes)).toEqual(expectedKeys);
      for (const [key, stats] of Object.entries<any>(detail.statsOnNodes)) {
        const active = detail.item.nodes[Number(key)].isActivated;
        const shown = active ? stats.currentNodeStats : stats.nextNodeStats;
        expect(active ? stats.nextNodeStats : stats.currentNodeStats).toEqual([]);
        expect(shown.map((stat: any) => stat.statHash)).toEqual(step(Number(key)).statHashes);
      }
    }
  });

  it('adds up: each displayed stat is the definition base plus what the active nodes contribute', () => {
    let checked = 0;
    for (const detail of details) {
      const base = definitions.items[detail.item.itemHash].stats;
      for (const stat of detail.item.stats) {
        const fromNodes = Object.values<any>(detail.statsOnNodes)
          .flatMap((entry) => entry.currentNodeStats)
          .filter((entry) => entry.statHash === stat.statHash)
          .reduce((sum, entry) => sum + entry.value, 0);
        expect(stat.value, `${detail.item.itemHash} ${stat.statHash}`).toBe(base[stat.statHash].value + fromNodes);
        expect(stat.value).toBeGreaterThanOrEqual(base[stat.statHash].minimum);
        expect(stat.value).toBeLessThanOrEqual(base[stat.statHash].maximum);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('shows character stats for armour only', () => {
    for (const detail of details) {
      const armour = definitions.items[detail.item.itemHash].itemType === 2;
      expect(detail.characterStatsToDisplay.length).toBe(armour ? 3 : 0);
    }
  });

  it('adds definitions for the item and its upgrade materials on request', async () => {
    const item = gridItems.find((candidate) => !candidate.isGridComplete) ?? gridItems[0];
    const { Response } = await getJson(app, itemPath(firstAccount, firstCharacterId, item.itemInstanceId, true));
    expect(Object.keys(Response)).toEqual(['data', 'definitions']);
    expect(Response.definitions.items[item.itemHash]).toBeDefined();
    for (const hash of Response.data.materialItemHashes) expect(Response.definitions.items[hash]).toBeDefined();
    expect(Response.definitions.talentGrids[item.talentGridHash]).toBeDefined();
  });

  it('answers a quest step with its objectives, and their definitions on request', async () => {
    const quest = allItems(data).find(
      (item) => definitions.items[item.itemHash].itemType === 12 && item.objectives.length > 1,
    )!;
    const { Response } = await getJson(app, itemPath(firstAccount, firstCharacterId, quest.itemInstanceId, true));
    expect(Response.data.item.objectives).toEqual(quest.objectives);
    for (const objective of Response.data.item.objectives) {
      const definition = Response.definitions.objectives[objective.objectiveHash];
      expect(definition).toMatchObject({
        objectiveHash: objective.objectiveHash,
        displayDescription: expect.any(String),
      });
      expect(objective.progress).toBeLessThanOrEqual(definition.completionValue);
    }
  });
});
