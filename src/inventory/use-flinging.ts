import { useSyncExternalStore } from 'react';

/**
 * Faster than this the page is being flung, not read: about three screens a second. A wheel's
 * notch or an arrow key stays well under it; a flick, a dragged scrollbar or Page Down go over.
 */
export const FLING_PX_PER_S = 3_000;
/** A fling ends this long after its last fast step: the grid has come to rest, or nearly. */
export const SETTLE_MS = 150;

const listeners = new Set<() => void>();
let flinging = false;
let lastY = 0;
let lastAt = 0;
let settle: ReturnType<typeof setTimeout> | undefined;

const announce = (value: boolean) => {
  flinging = value;
  for (const listener of listeners) listener();
};

function onScroll() {
  const now = performance.now();
  const y = window.scrollY;
  const pxPerS = (Math.abs(y - lastY) * 1000) / Math.max(1, now - lastAt);
  lastY = y;
  lastAt = now;
  // Slow steps neither start a fling nor hold one open: it ends SETTLE_MS after its last fast step.
  if (pxPerS < FLING_PX_PER_S) return;
  clearTimeout(settle);
  settle = setTimeout(() => announce(false), SETTLE_MS);
  if (!flinging) announce(true);
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    lastY = window.scrollY;
    lastAt = performance.now();
    window.addEventListener('scroll', onScroll, { passive: true });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('scroll', onScroll);
    clearTimeout(settle);
    flinging = false;
  };
}

/**
 * Whether the window is being scrolled too fast to read. Rows of tiles that come into view
 * meanwhile go without pictures until it settles: a fling through a 10,000-item grid would
 * otherwise start thousands of picture loads nobody sees, and every picture a page has loaded
 * lengthens the browser's full garbage collections (a trace of the Xbox vault's scroll: 60 to
 * 120 ms pauses, most of it the picture cache's weak references).
 */
export function useFlinging(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => flinging,
    () => false,
  );
}
