/** Declared shared: what any provider's compare link unfurls as. */

import type { ItemSummary } from './destiny-item-summary.ts';

/** "Compare A, B" and how many of whose items, pictured by the first one found; `names` are the link's items found, in its order. */
export function compareSummary(names: string[], asked: number, whose: string, image: string | null): ItemSummary {
  return {
    title: names.length ? `Compare ${names.join(', ')}` : 'Compare items',
    description: `${asked} item${asked === 1 ? '' : 's'} of ${whose}, side by side`,
    image,
  };
}
