import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { lanternDetailResponse, seedItemDetailEnvelope } from '../../../test/fixtures/destiny-item-detail.ts';
import { adaptItemDetail } from './adapt-item-detail.ts';
import { unwrapEnvelope } from './envelope.ts';
import { itemDetailSchema } from './schema.ts';

const adapt = (response: unknown) => adaptItemDetail(v.parse(itemDetailSchema, response));

describe('adaptItemDetail', () => {
  it('reads the header facts: tier, type, primary stat, level, requirements and status', () => {
    const { detail } = adapt(lanternDetailResponse);
    expect(detail.item).toMatchObject({ name: 'Lantern Oath', tierName: 'Exotic', typeName: 'Pulse Rifle', locked: true, primaryStat: { name: 'Attack', value: 300 } });
    expect(detail.item.damageType?.name).toBe('Arc');
    expect(detail).toMatchObject({
      bucketId: '1498876634',
      bucketName: 'Primary Weapons',
      progress: { level: 4, current: 600, next: 1500 },
      requiredLevel: 40,
      equipBlockers: ['The character is below the required level.'],
      notes: ['Bound to this character', 'Can be transferred'],
    });
  });

  it('orders stats the game way, numbers for magazines, hidden ones apart and moved by active nodes', () => {
    const { detail } = adapt(lanternDetailResponse);
    expect(detail.stats.map((s) => [s.name, s.value, s.display, s.hidden])).toEqual([
      ['Rate of Fire', 70, 'bar', false],
      ['Impact', 30, 'bar', false],
      ['Range', 60, 'bar', false],
      ['Stability', 40, 'bar', false],
      ['Magazine', 24, 'number', false],
      ['Aim assistance', 55, 'bar', true],
      ['Equip Speed', 41, 'bar', true],
    ]);
  });

  it('lists displayable perks with their definitions', () => {
    const { detail } = adapt(lanternDetailResponse);
    expect(detail.perks).toEqual([
      { id: '11', name: 'Ember Ward', description: 'Kills leave a warming glow.', icon: '/api/bungie/common/destiny_content/icons/p1.png', active: true },
      { id: '12', name: 'Quiet Step', description: 'Moving while aiming is silent.', icon: '/api/bungie/common/destiny_content/icons/p2.png', active: false },
    ]);
  });

  it('reads the seed example without definitions, with placeholders', () => {
    const { detail, grid } = adapt(unwrapEnvelope(seedItemDetailEnvelope));
    expect(detail.item.name).toBe('Unknown item 1283021733');
    expect(detail.stats).toEqual([expect.objectContaining({ name: 'Stat 4284893193', value: 77, maximum: 100 })]);
    expect(detail.perks).toEqual([]);
    expect(detail.progress).toEqual({ level: 7, current: 0, next: 20000 });
    expect(grid).toBeNull();
  });
});
