import { describe, expect, it } from 'vitest';
import type { DetailStat } from './model.ts';
import { applyDeltas, barSegments, compareStats, deltaTone, formatDelta } from './stat-deltas.ts';

const stat = (id: string, value: number, extra: Partial<DetailStat> = {}): DetailStat => ({
  id,
  name: id,
  value,
  maximum: 100,
  display: 'bar',
  hidden: false,
  smallerIsBetter: false,
  ...extra,
});

describe('stat delta maths', () => {
  it('writes deltas signed, with a plain minus', () => {
    expect(formatDelta(7)).toBe('+7');
    expect(formatDelta(-4)).toBe('-4');
    expect(formatDelta(0)).toBe('0');
  });

  it('colours by direction, flipped where smaller is better', () => {
    expect(deltaTone({ from: 50, to: 57 }, false)).toBe('better');
    expect(deltaTone({ from: 50, to: 46 }, false)).toBe('worse');
    expect(deltaTone({ from: 50, to: 46 }, true)).toBe('better');
    expect(deltaTone({ from: 50, to: 57 }, true)).toBe('worse');
    expect(deltaTone({ from: 50, to: 50 }, true)).toBe('same');
  });

  it('applies node deltas to the stats shown and ignores the rest', () => {
    const changes = applyDeltas(
      [stat('range', 60), stat('stability', 40)],
      new Map([
        ['range', -4],
        ['stability', 7],
        ['optics', 3],
      ]),
    );
    expect([...changes]).toEqual([
      ['range', { from: 60, to: 56 }],
      ['stability', { from: 40, to: 47 }],
    ]);
  });

  it('compares with another item on the stats both have, from theirs to ours', () => {
    const changes = compareStats(
      [stat('impact', 30), stat('range', 70), stat('reload', 50)],
      [
        { id: 'impact', name: 'Impact', value: 25 },
        { id: 'range', name: 'Range', value: 70 },
      ],
    );
    expect([...changes]).toEqual([['impact', { from: 25, to: 30 }]]);
  });

  it('draws the smaller value solid and the difference after it, widening the scale past the maximum', () => {
    expect(barSegments(40, 100)).toEqual({ base: 40, delta: 0 });
    expect(barSegments(40, 100, { from: 40, to: 47 })).toEqual({ base: 40, delta: 7 });
    expect(barSegments(40, 100, { from: 40, to: 36 })).toEqual({ base: 36, delta: 4 });
    expect(barSegments(40, 50, { from: 60, to: 40 })).toEqual({
      base: expect.closeTo(66.67),
      delta: expect.closeTo(33.33),
    });
    expect(barSegments(3, 100, { from: 3, to: -2 })).toEqual({ base: 0, delta: 3 });
    expect(barSegments(30, 60, { from: 30, to: 36 })).toEqual({ base: 50, delta: 10 });
  });
});
