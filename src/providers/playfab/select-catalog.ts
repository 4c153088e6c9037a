import { catalogGroupId, type PlayFabInventory } from './adapt-inventory.ts';

const selects = new Map<string, (inventory: PlayFabInventory) => PlayFabInventory>();

/**
 * The inventory as `?catalog=` shows it: that version's group alone, for the query's `select`.
 * One function per version, so the query runs it only when its data changes; undefined shows all.
 */
export function selectCatalog(version: string | null): ((inventory: PlayFabInventory) => PlayFabInventory) | undefined {
  if (version === null) return undefined;
  let select = selects.get(version);
  if (!select) {
    const id = catalogGroupId(version);
    select = (inventory) => ({ ...inventory, groups: inventory.groups.filter((group) => group.id === id) });
    selects.set(version, select);
  }
  return select;
}
