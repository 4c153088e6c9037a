import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { modelItem } from '../../../test/fixtures/items.ts';
import { cellText } from '../../inventory/organizer/cell-text.ts';
import type { OrganizerRow } from '../../inventory/organizer/organizer-columns.ts';
import { adaptInventoryPage } from './adapt-inventory.ts';
import { xboxOrganizerColumns } from './organizer-columns.ts';
import { inventoryPageSchema } from './schema.ts';

const page = adaptInventoryPage(
  v.parse(inventoryPageSchema, {
    items: [
      {
        url: 'https://inventory.example/users/me/inventory/xuid;9DEMOGAME001;9DEMOGAME001',
        itemType: 'GameV2',
        productId: '9DEMOGAME001',
        obtained: '2023-11-20T18:04:11.120+00:00',
        beginDate: '2023-11-21T00:00:00.000+00:00',
        endDate: '9999-12-31T23:59:59.999+00:00',
        state: 'Enabled',
      },
    ],
  }),
);
const row = (item: OrganizerRow['item']): OrganizerRow => ({
  item,
  source: { id: 'inventory', label: 'Inventory', groups: [] },
  bucket: { id: 'b', name: 'B', order: 0, items: [item] },
});

describe('the Xbox organizer columns', () => {
  it('read the entitlement the adapter put on each item', () => {
    const game = row(page.items[0]!);
    expect(xboxOrganizerColumns.map((column) => [column.label, cellText(column, game)])).toEqual([
      ['Item type', 'GameV2'],
      ['State', 'Enabled'],
      ['Obtained', '20 Nov 2023'],
      ['Begins', '21 Nov 2023'],
      ['Ends', 'Never'],
    ]);
    const ends = xboxOrganizerColumns.find((column) => column.id === 'ends')!;
    expect(ends.value(game)).toBe(Date.parse('9999-12-31T23:59:59.999Z'));
  });

  it('leave other items’ cells empty', () => {
    expect(xboxOrganizerColumns.map((column) => column.value(row(modelItem('x'))))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
