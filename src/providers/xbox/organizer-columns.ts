import type { Item } from '../../inventory/model.ts';
import {
  dateValue,
  type CellValue,
  type OrganizerColumn,
  type OrganizerRow,
} from '../../inventory/organizer/organizer-columns.ts';
import type { EntitledItem, Entitlement } from './adapt-inventory.ts';

/** The entitlement Xbox's adapter put on the item; null on any other item. */
const entitlementOf = (item: Item): Entitlement | null =>
  'entitlement' in item ? (item as EntitledItem).entitlement : null;

const fact =
  (read: (entitlement: Entitlement) => CellValue) =>
  ({ item }: OrganizerRow): CellValue => {
    const entitlement = entitlementOf(item);
    return entitlement ? read(entitlement) : null;
  };

/** Xbox's own organizer columns: what EntitlementFacts shows of an entitlement, one column each. */
export const xboxOrganizerColumns: readonly OrganizerColumn[] = [
  { id: 'item-type', label: 'Item type', kind: 'text', value: fact((entitlement) => entitlement.itemType || null) },
  // In the tier's place: the tiles' tier line says an entitlement's state, which this says whole.
  { id: 'tier', label: 'State', kind: 'text', width: 7, value: fact((entitlement) => entitlement.state) },
  { id: 'obtained', label: 'Obtained', kind: 'date', optional: true, value: fact((e) => dateValue(e.obtained)) },
  { id: 'begins', label: 'Begins', kind: 'date', optional: true, value: fact((e) => dateValue(e.beginDate)) },
  {
    id: 'ends',
    label: 'Ends',
    kind: 'date',
    optional: true,
    value: fact((entitlement) => dateValue(entitlement.endDate)),
    // Year 9999 is how Xbox Live says a permanent entitlement: it still sorts as the latest end.
    text: ({ item }) => (entitlementOf(item)?.neverExpires ? 'Never' : null),
  },
];
