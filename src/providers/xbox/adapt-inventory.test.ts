import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { adaptEntitlement, adaptInventoryPage, parseTimeSpan } from './adapt-inventory.ts';
import { inventoryOfPages } from './paged-inventory.ts';
import { nextToken } from './queries.ts';
import { inventoryItemSchema, inventoryPageSchema } from './schema.ts';

const adapt = (raw: unknown) => adaptInventoryPage(v.parse(inventoryPageSchema, raw));

// Shaped like Microsoft's client's own mock response (our invented ids).
const consumablePage = {
  pagingInfo: { continuationToken: 'eyJza2lwIjoyfQ', totalItems: 3 },
  items: [
    {
      url: 'https://inventory.example/users/me/inventory/xuid;9DEMOGAME001;9DEMOGAME001',
      itemType: 'GameV2',
      productId: '9DEMOGAME001',
      titleId: 1717,
      containers: ['9DEMOGAME001'],
      obtained: '2023-11-20T18:04:11.120+00:00',
      beginDate: '2023-11-20T18:04:11.120+00:00',
      endDate: '9999-12-31T23:59:59.999+00:00',
      state: 'Enabled',
      trial: false,
      distributionType: 'Full',
      sandbox: null,
    },
    {
      url: 'https://inventory.example/users/me/inventory/xuid;9DEMOCOINS01;9DEMOCOINS01',
      itemType: 'GameConsumable',
      productId: '9DEMOCOINS01',
      titleId: '1717',
      containers: '9DEMOGAME001',
      obtained: '2024-02-01T09:00:00.000+00:00',
      startDate: '2024-02-01T09:00:00.000+00:00',
      endDate: '2115-01-05T20:20:26.663+00:00',
      state: 'Suspended',
      consumable: {
        url: 'https://inventory.example/users/me/consumables/xuid;9DEMOCOINS01;9DEMOCOINS01',
        quantity: 1200,
      },
    },
  ],
};
const lastPage = {
  pagingInfo: { totalItems: 3 },
  items: [
    consumablePage.items[1],
    {
      url: 'https://inventory.example/users/me/inventory/xuid;9DEMODLC0001;9DEMODLC0001',
      itemType: 'GameContent',
      productId: '9DEMODLC0001',
      trial: true,
      trialTimeRemaining: '23:12:14',
      state: 'Enabled',
    },
  ],
};

describe('the Xbox adapter', () => {
  it('reads the client field names and the documented ones', () => {
    const [game, coins] = consumablePage.items.map((raw) => adaptEntitlement(v.parse(inventoryItemSchema, raw)));
    expect(game).toMatchObject({
      id: 'xuid;9DEMOGAME001;9DEMOGAME001',
      titleId: '1717',
      neverExpires: true,
      quantity: null,
    });
    expect(coins).toMatchObject({
      titleId: '1717',
      containers: ['9DEMOGAME001'],
      beginDate: '2024-02-01T09:00:00.000+00:00',
      neverExpires: false,
      quantity: 1200,
      state: 'Suspended',
    });
  });

  it('parses trial time remaining into seconds', () => {
    expect(parseTimeSpan('23:12:14')).toBe(23 * 3600 + 12 * 60 + 14);
    expect(parseTimeSpan('1.02:00:00')).toBe(26 * 3600);
    expect(parseTimeSpan('soon')).toBeNull();
  });

  it('keeps every item once across pages and groups them by type', () => {
    const inventory = inventoryOfPages([adapt(consumablePage), adapt(lastPage)]);
    expect(inventory).toMatchObject({ shown: 3, total: 3, currencies: [] });
    const [group] = inventory.groups;
    expect(group!.buckets.map((bucket) => [bucket.name, bucket.items.length])).toEqual([
      ['Games', 1],
      ['Add-ons', 1],
      ['Consumables', 1],
    ]);
    expect(group!.buckets[2]!.items[0]).toMatchObject({
      name: 'Consumable 9DEMOCOINS01',
      quantity: 1200,
      tier: 'uncommon',
      locked: true,
      flags: ['consumable'],
    });
    expect(group!.buckets[0]!.items[0]!.acquiredAt).toBe(Date.parse('2023-11-20T18:04:11.120+00:00'));
    expect(inventoryOfPages([]).groups).toEqual([]);
  });

  it('follows tokens until there is none, and stops on a repeated one', () => {
    const first = adapt(consumablePage);
    expect(nextToken(first, [], undefined, [undefined])).toBe('eyJza2lwIjoyfQ');
    expect(nextToken(first, [], undefined, [undefined, 'eyJza2lwIjoyfQ'])).toBeUndefined();
    expect(nextToken(adapt(lastPage), [], undefined, [undefined])).toBeUndefined();
    expect(adapt({ pagingInfo: { totalItems: 0 }, items: [] })).toEqual({
      items: [],
      totalItems: 0,
      continuationToken: null,
    });
  });
});
