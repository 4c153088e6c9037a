import { useRef, type FocusEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Item } from '../model.ts';
import { assignRowSlots } from '../row-slots.ts';
import { useVisibleRows } from '../use-visible-rows.ts';
import { cellText } from './cell-text.ts';
import type { OrganizerColumn, OrganizerRow } from './organizer-columns.ts';

/** Every row is this tall (`h-10` on the cells, which never wrap): what makes drawing only some of them possible. */
export const ROW_PX = 40;
/** Rows drawn beyond the viewport, so a fast scroll or a Tab never meets a blank. */
const OVERSCAN_ROWS = 8;

interface OrganizerBodyProps {
  columns: readonly OrganizerColumn[];
  rows: readonly OrganizerRow[];
  itemHref: (item: Item) => string;
}

/**
 * The table's body, of which only the rows near the viewport exist in the page, with spacer rows
 * holding the place of the rest: 10,000 rows cost what a screenful costs. The row holding focus
 * is kept wherever it is, so keyboard users never lose their place when the page scrolls.
 */
export function OrganizerBody({ columns, rows, itemHref }: OrganizerBodyProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { start, end } = useVisibleRows(bodyRef, {
    itemCount: rows.length,
    cellPx: ROW_PX,
    gapPx: 0,
    overscan: OVERSCAN_ROWS,
    fitColumns: false,
  });
  const focusedRow = useRef<number | null>(null);
  const focused = focusedRow.current !== null && focusedRow.current < rows.length ? focusedRow.current : null;
  const drawn: number[] = [];
  if (focused !== null && focused < start) drawn.push(focused);
  for (let index = start; index < end; index++) drawn.push(index);
  if (focused !== null && focused >= end) drawn.push(focused);
  // Rows are keyed by place, not by item: a new order, a filter or a scroll refills the row
  // elements drawn instead of replacing them, a fraction of the work.
  const slots = useRef(new Map<number, number>());
  slots.current = assignRowSlots(slots.current, drawn);

  const onFocus = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row]')?.dataset.row;
    focusedRow.current = row === undefined ? null : Number(row);
  };

  const [name, ...rest] = columns;
  const body: ReactNode[] = [];
  const spacer = (from: number, to: number) =>
    body.push(
      <tr key={`gap-${body.length}`} aria-hidden="true" style={{ height: (to - from) * ROW_PX }}>
        <td colSpan={columns.length} className="p-0" />
      </tr>,
    );
  let next = 0;
  for (const index of drawn) {
    if (index > next) spacer(next, index);
    next = index + 1;
    const row = rows[index]!;
    body.push(
      <tr
        key={`row-${slots.current.get(index)}`}
        data-row={index}
        aria-rowindex={index + 2}
        className={index % 2 ? 'bg-slate-900' : 'bg-slate-950'}
      >
        {name && (
          <th
            scope="row"
            title={row.item.name}
            className="sticky left-0 h-10 truncate bg-inherit px-3 text-left font-medium"
          >
            <Link to={itemHref(row.item)} className="text-slate-100 hover:text-accent hover:underline">
              {row.item.name}
            </Link>
          </th>
        )}
        {rest.map((column) => {
          const text = cellText(column, row);
          return column.kind === 'number' && !column.text ? (
            <td key={column.id} className="h-10 truncate px-3 text-right text-slate-200 tabular-nums">
              {text}
            </td>
          ) : (
            <td key={column.id} title={text || undefined} className="h-10 truncate px-3 text-slate-300">
              {text}
            </td>
          );
        })}
      </tr>,
    );
  }
  if (rows.length > next) spacer(next, rows.length);

  return (
    <tbody ref={bodyRef} onFocus={onFocus} onBlur={() => (focusedRow.current = null)}>
      {body}
    </tbody>
  );
}
