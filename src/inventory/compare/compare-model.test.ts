import { describe, expect, it } from 'vitest';
import type { InventorySource, Item, StatValue } from '../model.ts';
import { compareRows, locateItems, sameTypeIds } from './compare-model.ts';

const stat = (id: string, value: number, maximum = 100): StatValue => ({ id, name: `Stat ${id}`, value, maximum });

function item(instanceId: string | null, overrides: Partial<Item> = {}): Item {
  return {
    key: instanceId ?? 'stack',
    instanceId,
    definitionId: '1',
    name: `Item ${instanceId}`,
    description: '',
    typeName: 'Auto Rifle',
    icon: null,
    tier: 'legendary',
    tierName: 'Legendary',
    quantity: 1,
    maxStackSize: 1,
    isEquipped: false,
    locked: false,
    stats: [],
    ...overrides,
  };
}

const source = (id: string, items: Item[]): InventorySource => ({
  id,
  label: id === 'vault' ? 'Vault' : 'Titan',
  groups: [{ id: 'weapons', name: 'Weapons', buckets: [{ id: 'primary', name: 'Primary', order: 0, items }] }],
});

describe('compareRows', () => {
  it('gives every item its signed difference from the reference, none on the reference', () => {
    const [row] = compareRows([item('1', { stats: [stat('a', 40)] }), item('2', { stats: [stat('a', 47)] })], 0);
    expect(row?.cells).toEqual([
      { value: 40, delta: null },
      { value: 47, delta: 7 },
    ]);
  });

  it('measures against whichever item is the reference', () => {
    const items = [item('1', { stats: [stat('a', 40)] }), item('2', { stats: [stat('a', 47)] })];
    expect(compareRows(items, 1)[0]?.cells.map((cell) => cell?.delta)).toEqual([-7, null]);
  });

  it('lists the union of the stats in the order they first appear, a missing one as null', () => {
    const rows = compareRows(
      [item('1', { stats: [stat('a', 1), stat('b', 2)] }), item('2', { stats: [stat('c', 3), stat('a', 4)] })],
      0,
    );
    expect(rows.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect(rows[1]?.cells).toEqual([{ value: 2, delta: null }, null]);
    // The reference lacks it: a value, but nothing to measure against.
    expect(rows[2]?.cells).toEqual([null, { value: 3, delta: null }]);
  });

  it('puts power first, and scales bars to the largest maximum or value', () => {
    const rows = compareRows(
      [
        item('1', { primaryStat: stat('p', 280, 0), stats: [stat('a', 30, 50)] }),
        item('2', { primaryStat: stat('p', 300, 0), stats: [stat('a', 60, 50)] }),
      ],
      0,
    );
    // No maximum sent: the largest value is the scale.
    expect(rows[0]).toMatchObject({ id: 'power', name: 'Power', maximum: 300 });
    expect(rows[0]?.cells[1]).toEqual({ value: 300, delta: 20 });
    expect(rows[1]?.maximum).toBe(60);
  });

  it('has no power row when no item has a primary stat', () => {
    expect(compareRows([item('1'), item('2')], 0)).toEqual([]);
  });
});

describe('locateItems', () => {
  const sources = [source('2305843009', [item('11'), item(null)]), source('vault', [item('22')])];

  it('finds items in any source, in the order asked, and names the ids none holds', () => {
    const { found, missing } = locateItems(sources, ['22', '99', '11']);
    expect(found.map(({ id, source }) => [id, source.label])).toEqual([
      ['22', 'Vault'],
      ['11', 'Titan'],
    ]);
    expect(missing).toEqual(['99']);
  });
});

describe('sameTypeIds', () => {
  it('starts with the item itself and takes others of its type only, up to the limit', () => {
    const rifle = item('11');
    const sources = [
      source('c', [item('10'), rifle, item('12', { typeName: 'Helmet' }), item(null)]),
      source('vault', [item('13'), item('14')]),
    ];
    expect(sameTypeIds(sources, rifle, 10)).toEqual(['11', '10', '13', '14']);
    expect(sameTypeIds(sources, rifle, 2)).toEqual(['11', '10']);
  });
});
