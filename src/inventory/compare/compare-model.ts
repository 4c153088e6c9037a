import type { InventorySource, Item, StatValue } from '../model.ts';

/** One chosen item, as a comparison shows it: where it is kept, and its page where it has one. */
export interface CompareEntry {
  /** The id the compare link names it by. */
  id: string;
  item: Item;
  /** Where it is kept ("Titan", "Vault"). */
  location: string;
  href?: string;
}

/** One item's value of a row, and how far it is from the reference's; null delta on the reference itself or when the reference lacks the stat. */
export interface StatCell {
  value: number;
  delta: number | null;
}

/** A stat across the compared items: a cell per item, in column order, null where the item lacks the stat. */
export interface StatRow {
  id: string;
  name: string;
  /** The scale of its bars: the largest maximum or value any item has (inventories often send no maximum); 0 draws no bar. */
  maximum: number;
  cells: (StatCell | null)[];
}

/** Power first (each item's primary stat), then every stat any item has, in the order they first appear. */
export function compareRows(items: readonly Item[], referenceIndex: number): StatRow[] {
  const power = items.map((item) => item.primaryStat);
  const rows = power.some(Boolean) ? [statRow('power', 'Power', power, referenceIndex)] : [];
  const names = new Map<string, string>();
  for (const item of items) for (const stat of item.stats) if (!names.has(stat.id)) names.set(stat.id, stat.name);
  for (const [id, name] of names) {
    const values = items.map((item) => item.stats.find((stat) => stat.id === id));
    rows.push(statRow(id, name, values, referenceIndex));
  }
  return rows;
}

function statRow(id: string, name: string, values: (StatValue | undefined)[], referenceIndex: number): StatRow {
  const reference = values[referenceIndex]?.value;
  const maximum = Math.max(0, ...values.map((stat) => Math.max(stat?.maximum ?? 0, stat?.value ?? 0)));
  return {
    id,
    name,
    maximum,
    cells: values.map((stat, index) =>
      stat
        ? {
            value: stat.value,
            delta: index === referenceIndex || reference === undefined ? null : stat.value - reference,
          }
        : null,
    ),
  };
}

/** The items a link names, found among the places they may be kept; `missing` are the ids none holds. */
export function locateItems(
  sources: readonly InventorySource[],
  ids: readonly string[],
): { found: { id: string; item: Item; source: InventorySource }[]; missing: string[] } {
  const wanted = new Set(ids);
  const byId = new Map<string, { item: Item; source: InventorySource }>();
  for (const source of sources)
    for (const group of source.groups)
      for (const bucket of group.buckets)
        for (const item of bucket.items)
          if (item.instanceId && wanted.has(item.instanceId)) byId.set(item.instanceId, { item, source });
  const found = ids.flatMap((id) => {
    const hit = byId.get(id);
    return hit ? [{ id, ...hit }] : [];
  });
  return { found, missing: ids.filter((id) => !byId.has(id)) };
}

/** Every item of the same type as this one, held in these places: this one first (the reference), then the rest, at most `limit`. */
export function sameTypeIds(sources: readonly InventorySource[], item: Item, limit: number): string[] {
  const ids = new Set(item.instanceId ? [item.instanceId] : []);
  for (const source of sources)
    for (const group of source.groups)
      for (const bucket of group.buckets)
        for (const other of bucket.items)
          if (ids.size < limit && other.instanceId && other.typeName === item.typeName) ids.add(other.instanceId);
  return [...ids];
}
