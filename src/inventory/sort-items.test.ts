import { describe, expect, it } from 'vitest';
import type { Item } from './model.ts';
import { comparatorFor, readSortKey } from './sort-items.ts';
import { modelItem as item } from '../../test/fixtures/items.ts';

const names = (items: Item[]) => items.map((i) => i.name);

describe('sorting items', () => {
  const items = [
    item('Cobalt', { tier: 'rare', quantity: 5, primaryStat: { id: 'a', name: 'Attack', value: 300 } }),
    item('Amber', { tier: 'exotic', quantity: 1 }),
    item('Basalt', { tier: 'rare', quantity: 40, primaryStat: { id: 'a', name: 'Attack', value: 320 } }),
  ];

  it('orders by name, rarity, power and quantity, ties by name', () => {
    expect(names([...items].sort(comparatorFor('name')!))).toEqual(['Amber', 'Basalt', 'Cobalt']);
    expect(names([...items].sort(comparatorFor('tier')!))).toEqual(['Amber', 'Basalt', 'Cobalt']);
    expect(names([...items].sort(comparatorFor('power')!))).toEqual(['Basalt', 'Cobalt', 'Amber']);
    expect(names([...items].sort(comparatorFor('quantity')!))).toEqual(['Basalt', 'Cobalt', 'Amber']);
  });

  it('keeps the provider order by default and for unknown keys', () => {
    expect(readSortKey(null)).toBe('default');
    expect(readSortKey('colour')).toBe('default');
    expect(readSortKey('power')).toBe('power');
    expect(comparatorFor('default')).toBeNull();
  });

  it('puts the newest first by acquired date, undated items last', () => {
    const dated = [
      item('Old', { acquiredAt: Date.UTC(2025, 0, 1) }),
      item('Undated'),
      item('New', { acquiredAt: Date.UTC(2026, 0, 1) }),
    ];
    expect(names(dated.sort(comparatorFor('acquired')!))).toEqual(['New', 'Old', 'Undated']);
    expect(readSortKey('acquired')).toBe('acquired');
  });
});
