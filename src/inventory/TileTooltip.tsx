import { useLayoutEffect, useRef, useState } from 'react';
import { objectivesSummary } from './item-label.ts';
import type { Item } from './model.ts';
import { placeTooltip } from './tooltip-placement.ts';

export interface TooltipTarget {
  item: Item;
  /** The tile's box in the viewport, to sit by it. */
  rect: DOMRect;
}

/**
 * The one tooltip of a grid, drawn by the tile under the pointer or keyboard focus. One shared
 * element instead of one per tile keeps a 10,000-item grid's DOM to what it shows.
 */
export function TileTooltip({ target }: { target: TooltipTarget | null }) {
  const ref = useRef<HTMLSpanElement>(null);
  // Its size depends on what it says: measured once drawn, then placed, all before the frame is painted.
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    setSize(box ? { width: box.width, height: box.height } : null);
  }, [target]);
  if (!target) return null;
  const { item, rect } = target;
  const { centreX, y, below } = placeTooltip(
    rect,
    document.documentElement.clientWidth,
    size ?? { width: 0, height: 0 },
  );
  return (
    <span
      ref={ref}
      role="tooltip"
      className={`pointer-events-none fixed z-30 w-max max-w-56 -translate-x-1/2 rounded-md border border-slate-600 bg-slate-900 px-3 py-2 text-left shadow-xl ${below ? '' : '-translate-y-full'} ${size ? '' : 'invisible'}`}
      style={{ left: centreX, top: y }}
    >
      <span className="block text-sm font-semibold text-slate-50">{item.name}</span>
      <span className="block text-xs text-slate-400">{[item.tierName, item.typeName].filter(Boolean).join(' · ')}</span>
      {item.isEquipped && <span className="mt-1 block text-xs font-medium text-accent">Equipped</span>}
      {item.marks?.map((mark) => (
        <span key={mark.kind} className="mt-1 block text-xs font-medium text-amber-300">
          {mark.label}
        </span>
      ))}
      {item.objectives && item.objectives.length > 0 && (
        <span className="mt-1 block text-xs text-slate-200">{objectivesSummary(item.objectives)}</span>
      )}
    </span>
  );
}
