import { formatNumber } from '../item-label.ts';
import type { OrganizerColumn, OrganizerRow } from './organizer-columns.ts';

const dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** What a cell shows: the column's words, or its value written for its kind; empty when missing. */
export function cellText(column: OrganizerColumn, row: OrganizerRow): string {
  const value = column.value(row);
  if (value === null) return '';
  const words = column.text?.(row);
  if (words != null) return words;
  if (typeof value === 'string') return value;
  return column.kind === 'date' ? dates.format(value) : formatNumber(value);
}

const defaultWidths = { text: 10, number: 6, date: 8, id: 12 };

/** A column's width in rem. */
export const columnWidth = (column: OrganizerColumn) => column.width ?? defaultWidths[column.kind];
