import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface WindowRows {
  /** First row to draw. */
  start: number;
  /** One past the last row to draw. */
  end: number;
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/**
 * The rows of a list of fixed-height rows that fall within the window's viewport (the page
 * scrolls, not the list). The list's position is read once per frame it may have moved: a scroll,
 * a resize of the window or the page, or a render of the list.
 */
export function useWindowRows(
  ref: RefObject<HTMLElement | null>,
  rowCount: number,
  rowPx: number,
  overscan: number,
): WindowRows {
  // Before the first layout: one screen's worth, so a first paint is not empty.
  const [visible, setVisible] = useState<WindowRows>({ start: 0, end: Math.min(rowCount, 30) });
  const scheduleRef = useRef(() => {});

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = element.getBoundingClientRect().top;
      const start = clamp(Math.floor(-top / rowPx) - overscan, rowCount);
      const end = clamp(Math.ceil((window.innerHeight - top) / rowPx) + overscan, rowCount);
      setVisible((previous) => (previous.start === start && previous.end === end ? previous : { start, end }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    scheduleRef.current = schedule;
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // Something above the list grew or shrank (a help panel opened) without the list rendering.
    const page = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    page?.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      page?.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [ref, rowCount, rowPx, overscan]);

  // Any render may have moved the list (the search's count grew a line): look again next frame.
  useLayoutEffect(() => scheduleRef.current());

  return visible;
}
