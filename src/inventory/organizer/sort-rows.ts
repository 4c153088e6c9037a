import type { CellValue, ColumnKind, OrganizerColumn, OrganizerRow } from './organizer-columns.ts';

export type SortDirection = 'asc' | 'desc';

/** The organizer's order, as `?ocol=&odir=` keep it; null is the inventory's own. */
export interface OrganizerSort {
  column: string;
  direction: SortDirection;
}

export function readOrganizerSort(params: URLSearchParams): OrganizerSort | null {
  const column = params.get('ocol');
  if (!column) return null;
  return { column, direction: params.get('odir') === 'desc' ? 'desc' : 'asc' };
}

/** Numbers and dates start with the largest (highest power, newest), words with A. */
const firstDirection: Record<ColumnKind, SortDirection> = { number: 'desc', date: 'desc', text: 'asc', id: 'asc' };

/** A header's click: its column in its first direction, or the current one reversed. */
export function nextSort(current: OrganizerSort | null, column: OrganizerColumn): OrganizerSort {
  if (current?.column !== column.id) return { column: column.id, direction: firstDirection[column.kind] };
  return { column: column.id, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

// Numeric, so "Item 9" comes before "Item 10"; base, so case and accents do not split equal names.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows by one column. Missing values go last in either direction, and ties keep the
 * inventory's order, so the same link always shows the same table. Each value is read once,
 * not at every comparison.
 */
export function sortRows(
  rows: readonly OrganizerRow[],
  column: OrganizerColumn,
  direction: SortDirection,
): OrganizerRow[] {
  const values = rows.map(column.value);
  const sign = direction === 'asc' ? 1 : -1;
  const order = Array.from(rows, (_, index) => index);
  order.sort((a, b) => {
    const x = values[a] as CellValue;
    const y = values[b] as CellValue;
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return sign * compareValues(x, y) || a - b;
  });
  return order.map((index) => rows[index]!);
}
