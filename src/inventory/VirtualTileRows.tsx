import { memo, useLayoutEffect, useRef, type FocusEvent, type Key, type ReactNode } from 'react';
import type { Item } from './model.ts';
import { assignRowSlots } from './row-slots.ts';
import { useFlinging } from './use-flinging.ts';
import { useVisibleRows } from './use-visible-rows.ts';

/** A tile is 4rem square (ItemTile's `size-16`); the rows' gap is 0.5rem (`gap-2`). */
const TILE = { widthPx: 64, heightPx: 64 };
/** A captioned tile: 6rem of picture, a 0.25rem gap and two 1rem lines of caption (ItemTile's `size-24`, `mt-1`, `h-8`). */
const CAPTIONED_TILE = { widthPx: 96, heightPx: 96 + 4 + 32 };
const GAP_PX = 8;
/** Rows drawn beyond the viewport, so a fast scroll or a Tab never meets a blank. */
const OVERSCAN_ROWS = 4;

interface VirtualTileRowsProps {
  items: Item[];
  /** A tile under the given React key, with its picture or, while the grid is flung past, without. */
  tile: (item: Item, key: Key, pictured: boolean) => ReactNode;
  /** After rows are drawn (they are drawn on scroll, without the bucket): the bucket keeps one tab stop. */
  onDrawn?: () => void;
  /** The tiles carry their names under their pictures (ItemTile's `captioned`). */
  captioned?: boolean;
}

interface TileRowProps {
  items: Item[];
  row: number;
  columns: number;
  rowPx: number;
  tile: VirtualTileRowsProps['tile'];
  pictured: boolean;
}

/**
 * One row of tiles. Memoised: a scroll frame renders only the rows that came into view, not every
 * drawn row's tiles again; over a long scroll (the Xbox user's while it loads, 3,000 frames) those
 * tiles' elements, props and links were most of what the page allocated, and so of its collections.
 */
const TileRow = memo(function TileRow({ items, row, columns, rowPx, tile, pictured }: TileRowProps) {
  return (
    <div data-row={row} className="absolute inset-x-0 flex gap-2" style={{ top: row * rowPx }}>
      {items.slice(row * columns, (row + 1) * columns).map((item, column) => tile(item, column, pictured))}
    </div>
  );
});

/**
 * A bucket's tiles in rows, of which only those near the viewport exist in the page: a
 * 10,000-item vault costs what one screen of tiles costs. The row holding focus is always kept,
 * so keyboard users never lose their place when the page scrolls.
 */
export function VirtualTileRows({ items, tile, onDrawn, captioned = false }: VirtualTileRowsProps) {
  const size = captioned ? CAPTIONED_TILE : TILE;
  const rowPx = size.heightPx + GAP_PX;
  const containerRef = useRef<HTMLDivElement>(null);
  const { columns, start, end } = useVisibleRows(containerRef, {
    itemCount: items.length,
    cellPx: rowPx,
    columnPx: size.widthPx + GAP_PX,
    gapPx: GAP_PX,
    overscan: OVERSCAN_ROWS,
  });
  const rowCount = columns > 0 ? Math.ceil(items.length / columns) : 0;
  const focusedRow = useRef<number | null>(null);

  const rows: number[] = [];
  for (let row = start; row < end; row++) rows.push(row);
  const focused = focusedRow.current;
  if (focused !== null && focused < rowCount && (focused < start || focused >= end)) rows.push(focused);
  // Rows and tiles are keyed by place, not by item: scrolling refills elements instead of replacing them.
  const slots = useRef(new Map<number, number>());
  slots.current = assignRowSlots(slots.current, rows);
  // Rows that came into view during a fling wait for it to settle for their pictures (use-flinging.ts);
  // a row that has its pictures keeps them, and the focused row always has them (a held arrow key
  // scrolls as fast as a fling).
  const flinging = useFlinging();
  const pictured = useRef(new Set<number>());
  const picturedNow = new Set(rows.filter((row) => !flinging || pictured.current.has(row) || row === focused));
  // Kept once the render is committed: a render React drops must not count its rows as pictured.
  useLayoutEffect(() => {
    pictured.current = picturedNow;
  });

  useLayoutEffect(() => onDrawn?.());

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row]')?.dataset.row;
    focusedRow.current = row === undefined ? null : Number(row);
  };

  return (
    <div
      ref={containerRef}
      onFocus={onFocus}
      onBlur={() => (focusedRow.current = null)}
      // Its height is set here, so rows coming and going need not lay out the page around it.
      className="relative min-w-0 flex-1 [contain:size_layout_style]"
      // Before the width is known the height is a guess at one tile per row; the first layout corrects it.
      style={{ height: Math.max(0, Math.ceil(items.length / Math.max(1, columns)) * rowPx - GAP_PX) }}
    >
      {rows.map((row) => (
        <TileRow
          key={slots.current.get(row)}
          items={items}
          row={row}
          columns={columns}
          rowPx={rowPx}
          tile={tile}
          pictured={picturedNow.has(row)}
        />
      ))}
    </div>
  );
}
