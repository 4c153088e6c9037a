import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  questDetailResponse,
  questInventoryResponse,
  questInventoryWithoutDefinitions,
} from '../../../test/fixtures/destiny-quests.ts';
import type { Inventory } from '../../inventory/model.ts';
import { adaptCharacterInventory } from './adapt-inventory.ts';
import { adaptItemDetail } from './adapt-item-detail.ts';
import { characterInventorySchema, itemDetailSchema } from './schema.ts';

const adapt = (response: unknown) => adaptCharacterInventory(v.parse(characterInventorySchema, response));
const itemWithHash = (inventory: Inventory, definitionId: string) =>
  inventory.groups
    .flatMap((group) => group.buckets.flatMap((bucket) => bucket.items))
    .find((item) => item.definitionId === definitionId)!;

describe('objectives of quests and bounties', () => {
  it('join each objective to its definition: description, progress against the completion value, done or not', () => {
    const inventory = adapt(questInventoryResponse);
    expect(itemWithHash(inventory, '4000000010').objectives).toEqual([
      { description: 'Combatants defeated', progress: 45, completionValue: 100, complete: false },
      { description: 'Relics recovered', progress: 3, completionValue: 3, complete: true },
    ]);
    expect(itemWithHash(inventory, '4000000011').objectives).toEqual([
      { description: 'Patrols completed', progress: 2, completionValue: 5, complete: false },
    ]);
  });

  it('leave them out for items with an empty list or none at all', () => {
    const inventory = adapt(questInventoryResponse);
    expect(itemWithHash(inventory, '4000000012').objectives).toBeUndefined();
    const older = adapt({
      data: { buckets: { Item: [{ bucketHash: 3865314626, items: [{ itemHash: 1, itemInstanceId: '0' }] }] } },
    });
    expect(itemWithHash(older, '1').objectives).toBeUndefined();
  });

  it("keep the progress and the game's own verdict when the answer has no definitions", () => {
    const quest = itemWithHash(adapt(questInventoryWithoutDefinitions), '4000000010');
    expect(quest.objectives).toEqual([
      { description: '', progress: 45, completionValue: 0, complete: false },
      { description: '', progress: 3, completionValue: 0, complete: true },
    ]);
  });

  it('tolerate omitted fields: no progress reads as 0, no isComplete is decided by the completion value', () => {
    const response = structuredClone(questInventoryResponse);
    response.data.buckets.Invisible[0]!.items[0]!.objectives = [
      { objectiveHash: 5002, progress: 3 },
      { objectiveHash: 5001 },
    ] as never;
    expect(itemWithHash(adapt(response), '4000000010').objectives).toEqual([
      { description: 'Relics recovered', progress: 3, completionValue: 3, complete: true },
      { description: 'Combatants defeated', progress: 0, completionValue: 100, complete: false },
    ]);
    const bare = structuredClone(questInventoryWithoutDefinitions);
    bare.data.buckets.Invisible[0]!.items[0]!.objectives = [{ objectiveHash: 5002, progress: 3 }] as never;
    expect(itemWithHash(adapt(bare), '4000000010').objectives).toEqual([
      { description: '', progress: 3, completionValue: 0, complete: false },
    ]);
  });

  it('reach the item page from GetItemDetail, whose definitions carry the objectives table too', () => {
    const { detail } = adaptItemDetail(v.parse(itemDetailSchema, questDetailResponse));
    expect(detail.item.name).toBe('Lantern Road: Kindling');
    expect(
      detail.item.objectives?.map(
        (objective) => `${objective.description} ${objective.progress}/${objective.completionValue}`,
      ),
    ).toEqual(['Combatants defeated 45/100', 'Relics recovered 3/3']);
    const { detail: bare } = adaptItemDetail(v.parse(itemDetailSchema, { data: questDetailResponse.data }));
    expect(bare.item.objectives).toHaveLength(2);
  });
});
