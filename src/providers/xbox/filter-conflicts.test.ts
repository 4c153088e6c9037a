import { describe, expect, it } from 'vitest';
import { filterConflicts } from './filter-conflicts.ts';

describe('filterConflicts', () => {
  it('names is:expired on the default view, which lists available entitlements only', () => {
    expect(filterConflicts('is:expired', {})).toEqual([
      expect.objectContaining({ term: 'is:expired', fix: { availability: 'All' } }),
    ]);
    expect(filterConflicts('is:expired', { availability: 'All' })).toEqual([]);
    expect(filterConflicts('is:expired', { availability: 'All', state: 'Enabled' })[0]?.fix).toEqual({
      availability: 'All',
      state: undefined,
    });
  });

  it('passes over negated terms and agreeing filters', () => {
    expect(filterConflicts('-is:expired', {})).toEqual([]);
    expect(filterConflicts('is:consumable', { itemType: 'GameConsumable' })).toEqual([]);
    expect(filterConflicts('type:game', { itemType: 'GameV2' })).toEqual([]);
    expect(filterConflicts('type:add-ons', { itemType: 'GameContent' })).toEqual([]);
  });

  it('names a type the item type filter leaves out', () => {
    const [conflict] = filterConflicts('type:subscription is:consumable', { itemType: 'GameV2' }).reverse();
    expect(conflict).toMatchObject({ term: 'type:subscription', fix: { itemType: undefined } });
    expect(filterConflicts('is:locked', { state: 'Enabled' })[0]?.term).toBe('is:locked');
  });
});
