import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface RowRange {
  /** First row to draw. */
  start: number;
  /** One past the last row to draw. */
  end: number;
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/**
 * The rows of a fixed-height list that fall within the window's viewport, plus `overscan` rows on
 * each side. Reads the list's own position each frame it may have moved (scroll, resize, a render
 * that changed what sits above it), so it needs no offsets from the layout around it.
 */
export function useVisibleRows(ref: RefObject<HTMLElement | null>, rowCount: number, rowHeight: number, overscan: number): RowRange {
  const [range, setRange] = useState<RowRange>({ start: 0, end: 0 });
  const scheduleRef = useRef(() => {});

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = element.getBoundingClientRect().top;
      const start = clamp(Math.floor(-top / rowHeight) - overscan, rowCount);
      const end = clamp(Math.ceil((window.innerHeight - top) / rowHeight) + overscan, rowCount);
      setRange((previous) => (previous.start === start && previous.end === end ? previous : { start, end }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    scheduleRef.current = schedule;
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [ref, rowCount, rowHeight, overscan]);

  // Any render may have moved the list (a search hid the buckets above it): look again next frame.
  useLayoutEffect(() => scheduleRef.current());

  return range;
}
