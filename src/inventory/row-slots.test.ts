import { describe, expect, it } from 'vitest';
import { assignRowSlots } from './row-slots.ts';

const slotsOf = (slots: Map<number, number>, rows: number[]) => rows.map((row) => slots.get(row));

describe('assignRowSlots', () => {
  it('numbers the first rows drawn from zero', () => {
    expect(slotsOf(assignRowSlots(new Map(), [4, 5, 6]), [4, 5, 6])).toEqual([0, 1, 2]);
  });

  it('keeps the slot of every row still drawn, and gives rows coming into view the slots of rows that left', () => {
    const first = assignRowSlots(new Map(), [0, 1, 2, 3]);
    const scrolled = assignRowSlots(first, [2, 3, 4, 5]);
    expect(slotsOf(scrolled, [2, 3])).toEqual([2, 3]);
    expect(new Set(slotsOf(scrolled, [4, 5]))).toEqual(new Set([0, 1]));
  });

  it('never gives two drawn rows one slot', () => {
    let slots = new Map<number, number>();
    for (const rows of [
      [0, 1, 2],
      [1, 2, 3, 4],
      [10, 11],
      [11, 12, 13, 14, 15],
      [3, 12, 13],
      [0, 1, 2, 3, 4, 5, 6],
    ]) {
      slots = assignRowSlots(slots, rows);
      expect([...slots.keys()].sort((a, b) => a - b)).toEqual(rows.toSorted((a, b) => a - b));
      expect(new Set(slots.values()).size).toBe(rows.length);
    }
  });

  it('adds slots when more rows are drawn than before, and drops the rest when fewer', () => {
    const few = assignRowSlots(
      new Map([
        [0, 1],
        [1, 0],
      ]),
      [0, 1, 2, 3],
    );
    expect(slotsOf(few, [0, 1, 2, 3])).toEqual([1, 0, 2, 3]);
    expect(assignRowSlots(few, [3]).size).toBe(1);
  });
});
