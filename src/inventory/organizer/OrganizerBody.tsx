import { useRef } from 'react';
import { Link } from 'react-router';
import type { Item } from '../model.ts';
import { assignRowSlots } from '../row-slots.ts';
import { cellText } from './cell-text.ts';
import type { OrganizerColumn, OrganizerRow } from './organizer-columns.ts';
import { useWindowRows } from './use-window-rows.ts';

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
 * The table's body, of which only the rows near the viewport exist in the page, between two
 * spacer rows that keep the table its full height: 10,000 rows cost what a screenful costs.
 */
export function OrganizerBody({ columns, rows, itemHref }: OrganizerBodyProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { start, end } = useWindowRows(bodyRef, rows.length, ROW_PX, OVERSCAN_ROWS);
  const spacer = (count: number) =>
    count > 0 && (
      <tr aria-hidden="true" style={{ height: count * ROW_PX }}>
        <td colSpan={columns.length} className="p-0" />
      </tr>
    );
  const [name, ...rest] = columns;
  // Rows are keyed by place, not by item: a new order, a filter or a scroll refills the row
  // elements drawn instead of replacing them, a fraction of the work.
  const drawn: number[] = [];
  for (let index = start; index < end; index++) drawn.push(index);
  const slots = useRef(new Map<number, number>());
  slots.current = assignRowSlots(slots.current, drawn);

  return (
    <tbody ref={bodyRef}>
      {spacer(start)}
      {drawn.map((index) => {
        const row = rows[index]!;
        return (
          <tr
            key={slots.current.get(index)}
            aria-rowindex={index + 2}
            className={index % 2 ? 'bg-slate-900' : 'bg-slate-950'}
          >
            {name && (
              <th scope="row" className="sticky left-0 h-10 truncate bg-inherit px-3 text-left font-medium">
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
          </tr>
        );
      })}
      {spacer(rows.length - end)}
    </tbody>
  );
}
