import { describe, expect, it } from 'vitest';
import { MAX_COMPARED } from './compare-params.ts';
import { unshownItems } from './unshown-items.ts';

const request = { ids: [], ref: null, malformed: [] as string[], dropped: 0 };

describe('unshownItems', () => {
  it('says which ids are gone and which are malformed, in one sentence', () => {
    expect(unshownItems({ ...request, malformed: ['abc'] }, ['123'], 'in this account')).toEqual([
      '2 items could not be shown: abc is not an item id; 123 is not in this account.',
    ]);
  });

  it('says how many were left out past the most a comparison shows', () => {
    expect(unshownItems({ ...request, dropped: 2 }, [], 'here')).toEqual([
      `A comparison shows ${MAX_COMPARED} items at most: 2 more were left out.`,
    ]);
  });

  it('says nothing when every id is shown', () => {
    expect(unshownItems(request, [], 'here')).toEqual([]);
  });
});
