import type { OrganizerColumn } from '../../inventory/organizer/organizer-columns.ts';

/** STAT_INTELLECT, STAT_DISCIPLINE and STAT_STRENGTH: the three stats an armour piece rolls. */
const armorStatHashes = new Set(['144602215', '1735777505', '4244567218']);

/** Destiny's own organizer column: an armour piece's Intellect + Discipline + Strength, to compare rolls. */
export const destinyOrganizerColumns: readonly OrganizerColumn[] = [
  {
    id: 'armor-total',
    label: 'Int+Dis+Str',
    kind: 'number',
    optional: true,
    width: 8,
    value: ({ item }) => {
      let total: number | null = null;
      for (const stat of item.stats) if (armorStatHashes.has(stat.id)) total = (total ?? 0) + stat.value;
      return total;
    },
  },
];
