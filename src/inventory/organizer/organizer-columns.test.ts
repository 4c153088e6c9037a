import { describe, expect, it } from 'vitest';
import { modelItem } from '../../../test/fixtures/items.ts';
import type { Bucket, InventorySource, Item } from '../model.ts';
import { matchingRows, organizerColumns, organizerRows, type OrganizerColumn } from './organizer-columns.ts';

const stat = (id: string, name: string, value: number) => ({ id, name, value });

function source(id: string, label: string, items: Item[]): InventorySource {
  return { id, label, groups: [{ id: 'g', name: 'G', buckets: [{ id: 'b', name: 'B', order: 0, items }] }] };
}

const helmet = modelItem('Helmet', {
  typeName: 'Helmet',
  tier: 'legendary',
  tierName: 'Legendary',
  primaryStat: stat('defense', 'Defense', 280),
  stats: [stat('int', 'Intellect', 40), stat('str', 'Strength', 20)],
  perkNames: ['Heavy Ammo', 'Grenade Kills'],
});
const gloves = modelItem('Gloves', { stats: [stat('dis', 'Discipline', 30), stat('int', 'Intellect', 10)] });
const glimmer = modelItem('Glimmer', { instanceId: null, quantity: 900 });

const ids = (columns: OrganizerColumn[]) => columns.map((column) => column.id);

describe('organizerColumns', () => {
  it('has a column for each stat any row has, in the order they first appear, and labels rows by source', () => {
    const rows = organizerRows([source('titan', 'Titan', [helmet, glimmer]), source('vault', 'Vault', [gloves])]);
    const columns = organizerColumns(rows, []);
    expect(ids(columns)).toEqual([
      'name',
      'type',
      'tier',
      'power',
      'stat-int',
      'stat-str',
      'stat-dis',
      'perks',
      'location',
      'quantity',
      'instance-id',
      'definition-id',
    ]);
    const byId = new Map(columns.map((column) => [column.id, column]));
    expect(rows.map((row) => byId.get('location')!.value(row))).toEqual(['Titan', 'Titan', 'Vault']);
    expect(rows.map((row) => byId.get('stat-dis')!.value(row))).toEqual([null, null, 30]);
    expect(byId.get('perks')!.value(rows[0]!)).toBe('Heavy Ammo, Grenade Kills');
    expect(byId.get('tier')!.text!(rows[0]!)).toBe('Legendary');
  });

  it('leaves out optional columns no row fills, and puts the provider’s after the stats', () => {
    const extra: OrganizerColumn = { id: 'class', label: 'Class', kind: 'text', value: () => 'x' };
    const rows = organizerRows([source('c', 'Character', [glimmer])]);
    expect(ids(organizerColumns(rows, [extra]))).toEqual(['name', 'class', 'location', 'quantity', 'definition-id']);
  });

  it('puts a provider’s column with a shared column’s id in that one’s place', () => {
    const state: OrganizerColumn = { id: 'tier', label: 'State', kind: 'text', value: () => 'Enabled' };
    const rows = organizerRows([source('c', 'Character', [helmet])]);
    const columns = organizerColumns(rows, [state]);
    expect(ids(columns).slice(0, 4)).toEqual(['name', 'type', 'tier', 'power']);
    expect(columns[2]).toBe(state);
    expect(ids(columns).filter((id) => id === 'tier')).toHaveLength(1);
  });
});

describe('matchingRows', () => {
  it('keeps the rows whose bucket matched them, all when nothing filters', () => {
    const rows = organizerRows([source('c', 'C', [helmet, gloves, glimmer])]);
    const bucket = rows[0]!.bucket;
    const matching = new Map<Bucket, Set<Item>>([[bucket, new Set([glimmer, helmet])]]);
    expect(matchingRows(rows, matching).map((row) => row.item.name)).toEqual(['Helmet', 'Glimmer']);
    expect(matchingRows(rows, null)).toBe(rows);
  });
});
