import { useSyncExternalStore } from 'react';

/**
 * Faster than this the page is being flung, not read: about three screens a second. A wheel's
 * notch stays well under it; a flick, a dragged scrollbar or a held Page Down go over.
 */
export const FLING_PX_PER_S = 3_000;
/** A fling ends this long after its last fast step: the grid has come to rest, or nearly. */
export const SETTLE_MS = 150;
/**
 * A step this long after the one before is a jump on its own (a restored position, a search that
 * shortened the page, a tile focused off screen), not part of a fling, which moves every frame: a
 * single jump draws only the rows where it lands, so there is nothing to save on their pictures.
 */
const JUMP_AFTER_MS = 100;

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
  const elapsed = now - lastAt;
  const pxPerS = (Math.abs(y - lastY) * 1000) / Math.max(1, elapsed);
  lastY = y;
  lastAt = now;
  // Slow steps neither start a fling nor hold one open: it ends SETTLE_MS after its last fast step.
  if (elapsed > JUMP_AFTER_MS || pxPerS < FLING_PX_PER_S) return;
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
