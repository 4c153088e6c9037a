import { useEffect, useMemo, useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import type { BucketGroup, Item } from './model.ts';
import type { TooltipTarget } from './TileTooltip.tsx';

/**
 * Which tile the grid's tooltip describes: the one under the pointer, or the one holding keyboard
 * focus (not a focus left by a click). Handlers go on the grid and find tiles by `data-key`.
 */
export function useTileTooltip(groups: BucketGroup[]) {
  // Built on the first hover, not while a 10,000-item grid is first drawn.
  const itemByKey = useMemo(() => {
    let items: Map<string, Item> | undefined;
    return (key: string) => {
      items ??= new Map(
        groups.flatMap((group) =>
          group.buckets.flatMap((bucket) => bucket.items.map((item) => [item.key, item] as const)),
        ),
      );
      return items.get(key);
    };
  }, [groups]);
  const [target, setTarget] = useState<TooltipTarget | null>(null);
  // Escape dismisses the tooltip until the pointer or focus goes to another tile (WCAG 1.4.13).
  const dismissed = useRef<Item | null>(null);

  const show = (element: Element | null) => {
    const tile = element?.closest<HTMLElement>('[data-tile][data-key]');
    const item = tile ? itemByKey(tile.dataset.key ?? '') : undefined;
    if (item !== dismissed.current) dismissed.current = null;
    if (item && item === dismissed.current) return;
    // Pointer moves within one tile change nothing.
    setTarget((current) =>
      current?.item === item ? current : tile && item ? { item, rect: tile.getBoundingClientRect() } : null,
    );
  };
  const hide = () => setTarget(null);

  // It is placed for where the tile was: once the page scrolls, it goes. Escape, wherever focus is, dismisses it.
  useEffect(() => {
    if (!target) return;
    const dismiss = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      dismissed.current = target.item;
      setTarget(null);
    };
    window.addEventListener('scroll', hide, { passive: true, once: true });
    window.addEventListener('keydown', dismiss);
    return () => {
      window.removeEventListener('scroll', hide);
      window.removeEventListener('keydown', dismiss);
    };
  }, [target]);

  return {
    target,
    handlers: {
      onMouseOver: (event: MouseEvent<HTMLElement>) => show(event.target as Element),
      onMouseLeave: hide,
      onFocus: (event: FocusEvent<HTMLElement>) =>
        (event.target as Element).matches(':focus-visible') ? show(event.target as Element) : hide(),
      onBlur: hide,
    },
  };
}
