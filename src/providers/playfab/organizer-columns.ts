import type { Item } from '../../inventory/model.ts';
import {
  dateValue,
  type CellValue,
  type OrganizerColumn,
  type OrganizerRow,
} from '../../inventory/organizer/organizer-columns.ts';
import type { InstanceSummary, PlayFabInventoryItem } from './adapt-inventory.ts';

/** The instance facts PlayFab's adapter put on the item; null on any other item. */
const summaryOf = (item: Item): InstanceSummary | null =>
  'playfab' in item ? (item as PlayFabInventoryItem).playfab : null;

const fact =
  (read: (summary: InstanceSummary) => CellValue) =>
  ({ item }: OrganizerRow): CellValue => {
    const summary = summaryOf(item);
    return summary ? read(summary) : null;
  };

/** PlayFab's own organizer columns: what InstanceFacts shows of an instance, one column each. */
export const playfabOrganizerColumns: readonly OrganizerColumn[] = [
  { id: 'class', label: 'Item class', kind: 'text', value: fact((summary) => summary.itemClass || null) },
  {
    id: 'uses-left',
    label: 'Uses left',
    kind: 'number',
    optional: true,
    value: fact((summary) => summary.usesLeft),
  },
  {
    id: 'expires',
    label: 'Expires',
    kind: 'date',
    optional: true,
    value: fact((summary) => dateValue(summary.expiresAt)),
  },
  {
    id: 'price',
    label: 'Price',
    kind: 'number',
    optional: true,
    value: fact((summary) => summary.purchase?.price ?? null),
  },
  {
    id: 'currency',
    label: 'Currency',
    kind: 'text',
    optional: true,
    width: 6,
    value: fact((summary) => summary.purchase?.currency ?? null),
  },
  {
    id: 'purchased',
    label: 'Purchased',
    kind: 'date',
    optional: true,
    value: fact((summary) => dateValue(summary.acquiredAt)),
  },
];
