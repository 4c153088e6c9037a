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
    expect(detail.item).toMatchObject({
      name: 'Lantern Oath',
      tierName: 'Exotic',
      typeName: 'Pulse Rifle',
      locked: true,
      primaryStat: { name: 'Attack', value: 300 },
    });
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

  it('says an equipped item cannot be transferred, suggesting nothing a viewer cannot do', () => {
    const equipped = structuredClone(lanternDetailResponse);
    equipped.data.item.transferStatus = 1;
    expect(adapt(equipped).detail.notes).toEqual(['Bound to this character', 'Equipped: cannot be transferred']);
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
      {
        id: '11',
        name: 'Ember Ward',
        description: 'Kills leave a warming glow.',
        icon: '/api/bungie/common/destiny_content/icons/p1.png',
        active: true,
      },
      {
        id: '12',
        name: 'Quiet Step',
        description: 'Moving while aiming is silent.',
        icon: '/api/bungie/common/destiny_content/icons/p2.png',
        active: false,
      },
    ]);
  });

  it('reads the seed example without definitions: the item by its number, stats by their built-in names, said missing', () => {
    const page = adapt(unwrapEnvelope(seedItemDetailEnvelope));
    expect(page.definitionMissing).toBe(true);
    expect(page.detail.item).toMatchObject({
      name: 'Item 1283021733',
      primaryStat: { name: 'Attack', value: 365 },
      damageType: { name: 'Kinetic' },
    });
    expect(page.detail.stats).toEqual([expect.objectContaining({ name: 'Rate of Fire', value: 77, maximum: 100 })]);
    expect(page.detail.perks).toEqual([]);
    expect(page.grid).toBeNull();
  });

  it('marks a grid the answer calls complete as complete, whatever XP it shows', () => {
    expect(adapt(unwrapEnvelope(seedItemDetailEnvelope)).detail.progress).toEqual({
      level: 7,
      current: 0,
      next: 20000,
      complete: true,
    });
    expect(adapt(lanternDetailResponse).detail.progress?.complete).toBe(false);
  });

  it('says nothing is missing when the instance lists every node and stat its definitions have', () => {
    const page = adapt(lanternDetailResponse);
    expect(page).toMatchObject({ definitionMissing: false, nodesNotSent: undefined, statsNotSent: undefined });
  });

  it('counts the talent nodes and stats the instance left out, and shows what it sent', () => {
    const item = { ...lanternDetailResponse.data.item, nodes: lanternDetailResponse.data.item.nodes.slice(0, 3) };
    item.stats = item.stats.filter((stat) => stat.statHash !== 1240592695);
    const page = adapt({ ...lanternDetailResponse, data: { ...lanternDetailResponse.data, item } });
    expect(page.nodesNotSent).toEqual({ sent: 3, defined: 5 });
    expect(page.grid?.nodes.map((node) => node.name)).toEqual(['Arc Damage', 'Iris Sight', 'Long Scope']);
    expect(page.statsNotSent).toEqual({ sent: 0, defined: 1, missing: ['Range'] });
    expect(page.detail.stats.map((stat) => stat.name)).toContain('Stability');
  });
});
