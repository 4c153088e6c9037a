import type { Bucket, InventorySource, Item } from '../model.ts';
import { tierRank } from '../sort-items.ts';
import type { BucketMatches } from '../search/bucket-matches.ts';

/** One item as a row of the organizer, with the place it is kept. */
export interface OrganizerRow {
  item: Item;
  source: InventorySource;
  bucket: Bucket;
}

/** How a column's values compare, show and leave in the CSV. */
export type ColumnKind = 'text' | 'number' | 'date' | 'id';

/** A cell's value; null is a missing one, sorted last either way. Dates are epoch ms. */
export type CellValue = string | number | null;

export interface OrganizerColumn {
  /** Stable, for the URL (`?ocol=`). */
  id: string;
  label: string;
  kind: ColumnKind;
  /** What the column sorts by, and shows unless `text` says otherwise. */
  value: (row: OrganizerRow) => CellValue;
  /** Words shown and exported where they differ from what sorts (a tier's name, sorted by rank); null keeps the value's. */
  text?: (row: OrganizerRow) => string | null;
  /** Left out when no row has a value (power, perks, a provider's optional facts). */
  optional?: boolean;
  /** In the CSV only: ids are too long to earn a column on screen. */
  exportOnly?: boolean;
  /** Width in rem: rows have one fixed height, so cells never wrap. */
  width?: number;
}

/** A provider's date text as a date column's value (epoch ms); null when absent or unreadable. */
export function dateValue(text: string | null): number | null {
  const time = text ? Date.parse(text) : NaN;
  return Number.isNaN(time) ? null : time;
}

const orNull = (text: string | undefined) => text || null;

const nameColumn: OrganizerColumn = {
  id: 'name',
  label: 'Name',
  kind: 'text',
  value: (row) => row.item.name,
  width: 16,
};

const leading: OrganizerColumn[] = [
  nameColumn,
  { id: 'type', label: 'Type', kind: 'text', value: (row) => orNull(row.item.typeName), optional: true },
  {
    id: 'tier',
    label: 'Tier',
    kind: 'number',
    value: (row) => (row.item.tierName ? tierRank[row.item.tier] : null),
    text: (row) => row.item.tierName,
    optional: true,
    width: 7,
  },
  {
    id: 'power',
    label: 'Power',
    kind: 'number',
    value: (row) => row.item.primaryStat?.value ?? null,
    optional: true,
  },
];

const trailing: OrganizerColumn[] = [
  {
    id: 'perks',
    label: 'Perks',
    kind: 'text',
    value: (row) => orNull(row.item.perkNames?.join(', ')),
    optional: true,
    width: 18,
  },
  { id: 'location', label: 'Location', kind: 'text', value: (row) => row.source.label },
  { id: 'quantity', label: 'Quantity', kind: 'number', value: (row) => row.item.quantity },
  {
    id: 'instance-id',
    label: 'Instance id',
    kind: 'id',
    value: (row) => row.item.instanceId,
    optional: true,
    exportOnly: true,
  },
  {
    id: 'definition-id',
    label: 'Definition id',
    kind: 'id',
    value: (row) => row.item.definitionId,
    exportOnly: true,
  },
];

/** The column of one stat, by the stat's id, so a link sorts by the same stat whatever it is called. */
function statColumn(id: string, name: string): OrganizerColumn {
  return {
    id: `stat-${id}`,
    label: name,
    kind: 'number',
    value: (row) => row.item.stats.find((stat) => stat.id === id)?.value ?? null,
    width: 7,
  };
}

/** Every item of the sources, in their own order: source, group, bucket, item. */
export function organizerRows(sources: readonly InventorySource[]): OrganizerRow[] {
  const rows: OrganizerRow[] = [];
  for (const source of sources)
    for (const group of source.groups)
      for (const bucket of group.buckets) for (const item of bucket.items) rows.push({ item, source, bucket });
  return rows;
}

/**
 * The columns these rows fill: the shared ones, a column per stat any row has (in the order they
 * first appear), the provider's own after the stats; a provider's column with a shared column's id
 * takes that one's place. Worked out on every row, not the matching ones, so a search does not
 * make columns come and go.
 */
export function organizerColumns(rows: readonly OrganizerRow[], extra: readonly OrganizerColumn[]): OrganizerColumn[] {
  const stats = new Map<string, string>();
  for (const { item } of rows) for (const stat of item.stats) if (!stats.has(stat.id)) stats.set(stat.id, stat.name);
  const statColumns = [...stats].map(([id, name]) => statColumn(id, name));
  const replacing = new Map(extra.map((column) => [column.id, column]));
  const shared = (columns: OrganizerColumn[]) => columns.map((column) => replacing.get(column.id) ?? column);
  const added = extra.filter((column) => !leading.concat(trailing).some((base) => base.id === column.id));
  return [...shared(leading), ...statColumns, ...added, ...shared(trailing)].filter(
    (column) => !column.optional || rows.some((row) => column.value(row) !== null),
  );
}

/** The rows the search matched, in the order given; all of them when nothing filters. */
export function matchingRows(
  rows: readonly OrganizerRow[],
  matching: ReadonlyMap<Bucket, BucketMatches> | null,
): readonly OrganizerRow[] {
  if (!matching) return rows;
  return rows.filter((row) => matching.get(row.bucket)?.has(row.item));
}
