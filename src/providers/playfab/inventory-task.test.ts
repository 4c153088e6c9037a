import { describe, expect, it } from 'vitest';
import { inventoryData, ok } from '../../../test/fixtures/playfab.ts';
import { AppError } from '../../inventory/app-error.ts';
import { inventoryTask } from './inventory-task.ts';

describe("PlayFab's inventory parse task", () => {
  it('names the catalogs early, even of a body it then refuses', () => {
    const broken = ok({ Inventory: [{ ItemId: 'torch', CatalogVersion: 'v1' }] });
    expect(inventoryTask.earlyRead!(broken)).toEqual(['v1']);
    expect(() => inventoryTask.parse(broken, undefined)).toThrow(AppError);
  });

  it('hands over the validated raw inventory, for the join by the catalog cache', () => {
    expect(inventoryTask.parse(ok(inventoryData), undefined).Inventory).toHaveLength(inventoryData.Inventory.length);
  });
});
