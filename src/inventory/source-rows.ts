import type { Bucket, InventorySource } from './model.ts';

export interface SourceRow {
  /** The bucket id shared by the row's cells. */
  id: string;
  /** Per source, in the sources' order: its bucket of this id, or null where it has none. */
  cells: (Bucket | null)[];
}

/**
 * Lines up the buckets of several sources (characters, a vault) into rows: one row per bucket id,
 * in group order and then bucket order as the sources list them, the first source's order first.
 * A bucket only some sources have still gets its row, empty in the others.
 */
export function alignSourceRows(sources: readonly InventorySource[]): SourceRow[] {
  const groupOrder: string[] = [];
  const bucketsByGroup = new Map<string, string[]>();
  const cells = new Map<string, (Bucket | null)[]>();
  sources.forEach((source, column) => {
    for (const group of source.groups) {
      let bucketIds = bucketsByGroup.get(group.id);
      if (!bucketIds) {
        bucketIds = [];
        bucketsByGroup.set(group.id, bucketIds);
        groupOrder.push(group.id);
      }
      for (const bucket of group.buckets) {
        let row = cells.get(bucket.id);
        if (!row) {
          row = sources.map(() => null);
          cells.set(bucket.id, row);
          bucketIds.push(bucket.id);
        }
        row[column] = bucket;
      }
    }
  });
  return groupOrder.flatMap((groupId) => bucketsByGroup.get(groupId)!.map((id) => ({ id, cells: cells.get(id)! })));
}
