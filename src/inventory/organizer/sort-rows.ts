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

/**
 * A text's sort key: compared code unit by code unit, keys order texts as a person reads them, case
 * and accents aside and numbers in number order ("Item 9" before "Item 10"). Made once per row:
 * comparing with Intl.Collator instead, at every one of a sort's 140,000 comparisons of 10,000
 * rows, took longer than a frame.
 */
function textKey(text: string): string {
  let key = text.toLowerCase();
  // Most names are plain ASCII: the costlier steps run only where they change something.
  if (/[^\0-\x7f]/.test(key)) key = key.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return /\d/.test(key) ? key.replace(/\d+/g, padNumber) : key;
}

const padNumber = (digits: string) => digits.padStart(16, '0');

const sortKey = (value: CellValue) => (typeof value === 'string' ? textKey(value) : value);

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
  const keys = rows.map((row) => sortKey(column.value(row)));
  const sign = direction === 'asc' ? 1 : -1;
  const order = Array.from(rows, (_, index) => index);
  order.sort((a, b) => {
    const x = keys[a] as CellValue;
    const y = keys[b] as CellValue;
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return sign * (x < y ? -1 : x > y ? 1 : 0) || a - b;
  });
  return order.map((index) => rows[index]!);
}
