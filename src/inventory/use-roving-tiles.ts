import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { syncTabStop, takeTabStop, tileForKey } from './roving-tiles.ts';

const MOVE_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/** A bucket's roving tab index (see roving-tiles.ts): handlers for its section, and `sync` for parts that draw tiles on their own (virtual rows). */
export function useRovingTiles() {
  const bucket = useRef<HTMLElement>(null);
  const sync = useCallback(() => syncTabStop(bucket.current), []);
  // After every render: tiles come, go and change items.
  useLayoutEffect(sync);

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const tile = (event.target as HTMLElement).closest<HTMLElement>('[data-tile]');
    if (tile && bucket.current) takeTabStop(bucket.current, tile);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!MOVE_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey || !bucket.current) return;
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-tile]');
    if (!from) return;
    // The page does not scroll under the arrow keys while they move between tiles.
    event.preventDefault();
    const next = tileForKey(bucket.current, from, event.key);
    if (!next) return;
    takeTabStop(bucket.current, next);
    next.focus();
  };
  return { ref: bucket, sync, onFocus, onKeyDown };
}
