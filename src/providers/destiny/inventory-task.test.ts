import { serialize, deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { richInventoryResponse } from '../../../test/fixtures/destiny-inventory.ts';
import { unpackInventory } from '../../parsing/pack-inventory.ts';
import { inventoryTask } from './inventory-task.ts';

const envelope = { ErrorCode: 1, ErrorStatus: 'Success', Message: 'Ok', Response: richInventoryResponse };

describe("the Destiny inventory's parse task", () => {
  it('hands over columns that come back equal, but for keys set to undefined, which the page never tells from absent', () => {
    const inventory = inventoryTask.parse(envelope, undefined);
    expect(inventory.groups.flatMap((group) => group.buckets).some((bucket) => bucket.items.length > 0)).toBe(true);
    expect(unpackInventory(deserialize(serialize(inventoryTask.pack!(inventory))))).toEqual(inventory);
  });
});
