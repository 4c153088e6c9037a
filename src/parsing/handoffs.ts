import type { Inventory } from '../inventory/model.ts';
import { packInventory, unpackInventory, type PackedInventory } from './pack-inventory.ts';
import type { ParseTaskName } from './parse-tasks.ts';

/**
 * How a task's result crosses from the worker to the page when a structured clone of it would
 * hold the page up. Apart from the tasks themselves, so the page loads the unpacking, not the parsers.
 */
export interface Handoff {
  pack(value: unknown): unknown;
  unpack(packed: unknown): unknown;
}

export const handoffs: Partial<Record<ParseTaskName, Handoff>> = {
  'destiny.inventory': {
    pack: (value) => packInventory(value as Inventory),
    unpack: (packed) => unpackInventory(packed as PackedInventory),
  },
};
