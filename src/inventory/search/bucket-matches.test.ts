import { describe, expect, it } from 'vitest';
import type { Bucket, Item } from '../model.ts';
import { matchBucket } from './bucket-matches.ts';
import { modelItem } from '../../../test/fixtures/items.ts';

const bucket = (name: string, items: Item[]): Bucket => ({ id: name, name, order: 0, items });

describe('matchBucket', () => {
  const [a, b, c, d] = [
    modelItem('Anvil'),
    modelItem('Bolt', { quantity: 5 }),
    modelItem('Cog', { quantity: 7 }),
    modelItem('Drum', { quantity: 2 }),
  ];
  const parts = bucket('Parts', [a!, b!, c!, d!]);

  it('says which of the bucket’s items matched, and how many', () => {
    const found = matchBucket(parts, (candidate) => candidate.quantity > 3);
    expect(found.size).toBe(2);
    expect([a, b, c, d].map((candidate) => found.has(candidate!))).toEqual([false, true, true, false]);
  });

  it('passes the bucket’s name to the query', () => {
    expect(matchBucket(parts, (_candidate, name) => name === 'Parts').size).toBe(4);
    expect(matchBucket(parts, (_candidate, name) => name === 'Tools').size).toBe(0);
  });

  it('keeps each query’s answer apart, and knows nothing of items from elsewhere', () => {
    const few = matchBucket(parts, (candidate) => candidate === a);
    const many = matchBucket(parts, (candidate) => candidate !== a);
    expect(few.has(a!)).toBe(true);
    expect(many.has(a!)).toBe(false);
    expect(many.has(d!)).toBe(true);
    // The same name in another bucket is another item.
    expect(many.has(modelItem('Drum', { quantity: 2 }))).toBe(false);
  });

  it('hands back the same answer while a query matches the same items, and a new one when they change', () => {
    const shelf = bucket('Shelf', [a!, b!, c!]);
    const many = matchBucket(shelf, (candidate) => candidate.quantity > 3);
    expect(matchBucket(shelf, (candidate) => candidate.quantity >= 5)).toBe(many);
    const one = matchBucket(shelf, (candidate) => candidate.quantity > 5);
    expect(one).not.toBe(many);
    expect([one.size, one.has(c!), one.has(b!)]).toEqual([1, true, false]);
    // The earlier answer still says what it said.
    expect([many.size, many.has(b!)]).toEqual([2, true]);
  });

  it('answers for a bucket’s items in any order the grid sorts them into', () => {
    const found = matchBucket(parts, (candidate) => candidate.name < 'C');
    expect([...parts.items].reverse().filter((candidate) => found.has(candidate))).toEqual([b, a]);
  });
});
