import { describe, expect, it } from 'vitest';
import { modelItem } from '../../../test/fixtures/items.ts';
import type { Item } from '../../inventory/model.ts';
import { destinyOrganizerColumns } from './organizer-columns.ts';

const [total] = destinyOrganizerColumns;
const totalOf = (item: Item) =>
  total!.value({
    item,
    source: { id: 'c', label: 'C', groups: [] },
    bucket: { id: 'b', name: 'B', order: 0, items: [] },
  });
const stat = (id: string, value: number) => ({ id, name: id, value });

describe('the armour total', () => {
  it('adds Intellect, Discipline and Strength, and is missing on items without them', () => {
    const helmet = modelItem('Helmet', {
      stats: [stat('144602215', 40), stat('1735777505', 31), stat('4244567218', 12), stat('392767087', 99)],
    });
    expect(totalOf(helmet)).toBe(83);
    expect(totalOf(modelItem('Gun', { stats: [stat('4284893193', 77)] }))).toBeNull();
  });
});
