import { useMemo } from 'react';
import type { InventorySource, Item } from '../model.ts';
import type { InventorySearch } from '../search/use-inventory-search.ts';
import { columnWidth } from './cell-text.ts';
import { OrganizerBody } from './OrganizerBody.tsx';
import { matchingRows, organizerColumns, organizerRows, type OrganizerColumn } from './organizer-columns.ts';
import { organizerCsv } from './organizer-csv.ts';
import { nextSort, sortRows } from './sort-rows.ts';
import { useOrganizerParams } from './use-organizer-params.ts';

interface OrganizerTableProps {
  sources: readonly InventorySource[];
  search: Pick<InventorySearch, 'matching'>;
  itemHref: (item: Item) => string;
  /** The provider's own columns: after the stats, or in the place of a shared column of the same id. */
  extraColumns: readonly OrganizerColumn[];
  /** The CSV's name (`gearview-destiny-2026-12-05.csv`). */
  fileName: string;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // Not at once: some browsers read the file only after the click's task (FileSaver.js waits 40 s too).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

/** The inventory as a table: a row per item, sortable by any column (`?ocol=&odir=`), filtered by the search. */
export function OrganizerTable({ sources, search, itemHref, extraColumns, fileName }: OrganizerTableProps) {
  const { sort, setSort } = useOrganizerParams();
  const rows = useMemo(() => organizerRows(sources), [sources]);
  const allColumns = useMemo(() => organizerColumns(rows, extraColumns), [rows, extraColumns]);
  const columns = useMemo(() => allColumns.filter((column) => !column.exportOnly), [allColumns]);
  const sortColumn = allColumns.find((column) => column.id === sort?.column);
  const direction = sort?.direction ?? 'asc';
  // Sorted first, over every row, and only again when the order changes: a keystroke then costs a filter.
  const sorted = useMemo(
    () => (sortColumn ? sortRows(rows, sortColumn, direction) : rows),
    [rows, sortColumn, direction],
  );
  const shown = useMemo(() => matchingRows(sorted, search.matching), [sorted, search.matching]);

  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-700 p-10 text-center text-slate-400">
        This inventory is empty.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={() => download(organizerCsv(allColumns, shown), fileName)}
        className="rounded-md border border-slate-700 bg-slate-900 px-3 py-1.5 text-sm text-slate-100 hover:bg-slate-800"
      >
        Download CSV
      </button>
      {/* Wider than a phone: the table scrolls sideways in its own region, the names staying in view. */}
      <div
        role="region"
        aria-label="Organizer"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll by keys
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-800"
      >
        <table
          aria-label="Items"
          aria-rowcount={shown.length + 1}
          className="min-w-full table-fixed border-collapse text-sm"
          style={{ width: `${columns.reduce((sum, column) => sum + columnWidth(column), 0)}rem` }}
        >
          <colgroup>
            {columns.map((column, index) => (
              <col
                key={column.id}
                style={{ width: `${columnWidth(column)}rem` }}
                // On a phone the sticky names take less of the screen, leaving room to scroll the rest past them.
                className={index === 0 ? 'max-sm:w-40!' : undefined}
              />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1} className="border-b border-slate-700 bg-slate-900">
              {columns.map((column, index) => (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={column === sortColumn ? ariaSort[direction] : undefined}
                  className={`h-10 p-0 font-semibold text-slate-200 ${index === 0 ? 'sticky left-0 z-10 bg-slate-900' : ''}`}
                >
                  <button
                    type="button"
                    title={column.label}
                    onClick={() => setSort(nextSort(sort, column))}
                    className={`flex size-full items-center gap-1 px-3 hover:text-accent ${
                      column.kind === 'number' && !column.text ? 'justify-end' : ''
                    }`}
                  >
                    <span className="truncate">{column.label}</span>
                    <span aria-hidden="true" className="text-accent">
                      {column === sortColumn ? (direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <OrganizerBody columns={columns} rows={shown} itemHref={itemHref} />
        </table>
      </div>
      {shown.length === 0 && (
        <p className="rounded-lg border border-dashed border-slate-700 p-10 text-center text-slate-400">
          Nothing matches this search.
        </p>
      )}
    </div>
  );
}
