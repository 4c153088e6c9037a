import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface VisibleRows {
  /** Tiles per row, from the list's width; 0 until it has been measured. */
  columns: number;
  /** First row to draw. */
  start: number;
  /** One past the last row to draw. */
  end: number;
}

interface Grid {
  itemCount: number;
  /** A row's height plus the gap after it. */
  cellPx: number;
  /** A cell's width plus the gap after it, where it differs from its row's height (captioned tiles). */
  columnPx?: number;
  gapPx: number;
  /** Rows drawn beyond the viewport on each side. */
  overscan: number;
  /** As many cells side by side as the list's width fits (a tile grid), or one per row (a table). */
  fitColumns?: boolean;
}

/** A table's rows drawn before its first layout: one screen's worth, so its first paint is not empty. */
const FIRST_PAINT_ROWS = 30;

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/**
 * The rows of a grid of fixed-size cells (or of a table of fixed-height rows) that fall within the
 * window's viewport, and how many cells fit in a row. Width and position are read together, once per frame the list may have moved or
 * resized (scroll, resize, a render that changed what sits above it), so it needs no offsets from
 * the layout around it and costs one layout per frame at most.
 */
export function useVisibleRows(
  ref: RefObject<HTMLElement | null>,
  { itemCount, cellPx, columnPx = cellPx, gapPx, overscan, fitColumns = true }: Grid,
): VisibleRows {
  const [visible, setVisible] = useState<VisibleRows>(
    fitColumns
      ? { columns: 0, start: 0, end: 0 }
      : { columns: 1, start: 0, end: Math.min(itemCount, FIRST_PAINT_ROWS) },
  );
  const scheduleRef = useRef(() => {});

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = element.getBoundingClientRect().top;
      const columns = fitColumns ? Math.max(1, Math.floor((element.clientWidth + gapPx) / columnPx)) : 1;
      const rowCount = Math.ceil(itemCount / columns);
      const start = clamp(Math.floor(-top / cellPx) - overscan, rowCount);
      const end = clamp(Math.ceil((window.innerHeight - top) / cellPx) + overscan, rowCount);
      setVisible((previous) =>
        previous.columns === columns && previous.start === start && previous.end === end
          ? previous
          : { columns, start, end },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    scheduleRef.current = schedule;
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    resized?.observe(element);
    // Something above the list grew or shrank (a help panel opened) without the list rendering.
    resized?.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      resized?.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [ref, itemCount, cellPx, columnPx, gapPx, overscan, fitColumns]);

  // Any render may have moved the list (a search hid the buckets above it): look again next frame.
  useLayoutEffect(() => scheduleRef.current());

  return visible;
}
