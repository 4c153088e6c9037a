import { formatNumber } from '../inventory/item-label.ts';

/** Marks a demo account built for scale, so people know what they are about to open. */
export function ItemCountTag({ count, suffix = '' }: { count: number; suffix?: string }) {
  return (
    <span className="ml-2 rounded-full bg-amber-400/15 px-2 py-0.5 text-xs font-medium text-amber-300">
      {formatNumber(count)} items{suffix}
    </span>
  );
}
