import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { adaptDetailStats } from './detail-stats.ts';
import { itemDetailDefinitionsSchema } from './schema.ts';

const definitions = v.parse(itemDetailDefinitionsSchema, {
  items: { '1': { stats: { '144602215': { statHash: 144602215, value: 0, minimum: 0, maximum: 46 } } } },
  stats: {
    '2961396640': { statName: 'Charge Rate', statIdentifier: 'STAT_CHARGE_TIME' },
    '3614673599': { statName: 'Blast Radius', statIdentifier: 'STAT_BLAST_RADIUS' },
    '144602215': { statName: 'Intellect', statIdentifier: 'STAT_INTELLECT' },
    '7': { statName: 'Draw Time' },
  },
});

describe('adaptDetailStats', () => {
  it('marks charge and draw time as smaller-is-better', () => {
    const stats = adaptDetailStats(
      definitions,
      0,
      [
        { statHash: 2961396640, value: 40, maximumValue: 100 },
        { statHash: 3614673599, value: 70, maximumValue: 100 },
        { statHash: 7, value: 30, maximumValue: 100 },
      ],
      new Map(),
    );
    expect(stats.map((s) => [s.name, s.smallerIsBetter])).toEqual([
      ['Blast Radius', false],
      ['Charge Rate', true],
      ['Draw Time', true],
    ]);
  });

  it("takes armour's bar maximum from the definition, and shows a number when there is none", () => {
    const stats = adaptDetailStats(
      definitions,
      1,
      [
        { statHash: 144602215, value: 38, maximumValue: 0 },
        { statHash: 99, value: 5, maximumValue: 0 },
      ],
      new Map(),
    );
    expect(stats.map((s) => [s.name, s.maximum, s.display])).toEqual([
      ['Intellect', 46, 'bar'],
      ['Stat 99', 5, 'number'],
    ]);
  });
});
