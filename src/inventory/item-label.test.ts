import { describe, expect, it } from 'vitest';
import { modelItem } from '../../test/fixtures/items.ts';
import { countedName, itemLabel } from './item-label.ts';

const shards = modelItem('Wild Reverie Shards', { typeName: 'Consumable', quantity: 1200 });

describe('a tile’s name', () => {
  it('says a stack’s quantity after its kind, where the tile shows the count in a corner', () => {
    expect(itemLabel(shards)).toBe('Wild Reverie Shards, Consumable, quantity 1,200');
  });

  it('starts with the count and the name together where the tile writes them so in its caption', () => {
    expect(countedName(shards)).toBe('1,200 Wild Reverie Shards');
    expect(itemLabel(shards, { counted: true })).toBe('1,200 Wild Reverie Shards, Consumable');
  });

  it('writes a single item by its name alone', () => {
    const game = modelItem('Endless Requiem Deluxe', { typeName: 'Game' });
    expect(countedName(game)).toBe('Endless Requiem Deluxe');
    expect(itemLabel(game, { counted: true })).toBe('Endless Requiem Deluxe, Game');
  });
});
