import { describe, expect, it } from 'vitest';
import { modelItem } from '../../../test/fixtures/items.ts';
import type { InventorySource, Item } from '../model.ts';
import { organizerColumns, organizerRows, type OrganizerColumn } from './organizer-columns.ts';
import { nextSort, readOrganizerSort, sortRows } from './sort-rows.ts';

const items: Item[] = [
  modelItem('item 10', { primaryStat: { id: 'p', name: 'Power', value: 300 } }),
  modelItem('Item 9'),
  modelItem('axe', { primaryStat: { id: 'p', name: 'Power', value: 310 } }),
  modelItem('Bow', { primaryStat: { id: 'p', name: 'Power', value: 300 } }),
];
const source: InventorySource = {
  id: 'c',
  label: 'C',
  groups: [{ id: 'g', name: 'G', buckets: [{ id: 'b', name: 'B', order: 0, items }] }],
};
const rows = organizerRows([source]);
const columns = organizerColumns(rows, []);
const column = (id: string) => columns.find((candidate) => candidate.id === id)!;
const names = (sorted: { item: Item }[]) => sorted.map((row) => row.item.name);

describe('sortRows', () => {
  it('sorts words ignoring case, with numbers in them in number order', () => {
    expect(names(sortRows(rows, column('name'), 'asc'))).toEqual(['axe', 'Bow', 'Item 9', 'item 10']);
    expect(names(sortRows(rows, column('name'), 'desc'))).toEqual(['item 10', 'Item 9', 'Bow', 'axe']);
  });

  it('sorts numbers as numbers, missing values last either way, ties in the inventory’s order', () => {
    expect(names(sortRows(rows, column('power'), 'desc'))).toEqual(['axe', 'item 10', 'Bow', 'Item 9']);
    expect(names(sortRows(rows, column('power'), 'asc'))).toEqual(['item 10', 'Bow', 'axe', 'Item 9']);
  });

  it('compares numbers beyond string order', () => {
    const quantity: OrganizerColumn = {
      id: 'q',
      label: 'Q',
      kind: 'number',
      value: (row) => row.item.name.length * 50,
    };
    expect(names(sortRows(rows, quantity, 'asc'))).toEqual(['axe', 'Bow', 'Item 9', 'item 10']);
  });
});

describe('the sort in the URL', () => {
  it('reads a column and a direction, ascending unless it says desc', () => {
    expect(readOrganizerSort(new URLSearchParams('ocol=power&odir=desc'))).toEqual({
      column: 'power',
      direction: 'desc',
    });
    expect(readOrganizerSort(new URLSearchParams('ocol=name&odir=up'))).toEqual({ column: 'name', direction: 'asc' });
    expect(readOrganizerSort(new URLSearchParams('odir=desc'))).toBeNull();
  });

  it('starts numbers from the largest and words from A, and a second click reverses', () => {
    expect(nextSort(null, column('power'))).toEqual({ column: 'power', direction: 'desc' });
    expect(nextSort({ column: 'power', direction: 'desc' }, column('name'))).toEqual({
      column: 'name',
      direction: 'asc',
    });
    expect(nextSort({ column: 'name', direction: 'asc' }, column('name'))).toEqual({
      column: 'name',
      direction: 'desc',
    });
  });
});
