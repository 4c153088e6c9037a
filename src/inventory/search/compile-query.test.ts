import { describe, expect, it } from 'vitest';
import type { Item } from '../model.ts';
import { compileQuery } from './compile-query.ts';
import { parseQuery } from './parse-query.ts';

function item(overrides: Partial<Item>): Item {
  return {
    key: overrides.name ?? 'x',
    instanceId: null,
    definitionId: '1',
    name: 'Thing',
    description: '',
    typeName: '',
    icon: null,
    tier: 'common',
    tierName: 'Common',
    quantity: 1,
    maxStackSize: 1,
    isEquipped: false,
    locked: false,
    stats: [],
    ...overrides,
  };
}

const blade = item({
  name: 'Iron Blade',
  typeName: 'Auto Rifle',
  tier: 'exotic',
  tierName: 'Exotic',
  isEquipped: true,
  locked: true,
  primaryStat: { id: 'a', name: 'Attack', value: 300 },
  stats: [{ id: 'r', name: 'Rate of Fire', value: 55 }],
  perkNames: ['Hand Grip'],
});
const helmet = item({
  name: 'Crown',
  typeName: 'Helmet',
  tier: 'legendary',
  tierName: 'Legendary',
  description: 'Forged in iron.',
  primaryStat: { id: 'd', name: 'Defense', value: 280 },
});
const potion = item({
  name: 'Potion',
  typeName: 'Consumable',
  quantity: 12,
  maxStackSize: 99,
  marks: [{ kind: 'expiring', label: 'expires soon' }],
});
const trial = item({ name: 'Game 9', typeName: 'Game', tierName: 'Trial', flags: ['trial'] });
const old = item({
  name: 'Pass',
  typeName: 'Subscription',
  flags: ['expired'],
  marks: [{ kind: 'bundle', label: 'bundle' }],
});
const placed: [Item, string][] = [
  [blade, 'Primary Weapons'],
  [helmet, 'Helmet'],
  [potion, 'Consumables'],
  [trial, 'Games'],
  [old, 'Subscriptions'],
];

const names = (query: string) =>
  placed.filter(([it, bucket]) => compileQuery(parseQuery(query))(it, bucket)).map(([it]) => it.name);

describe('compileQuery', () => {
  it('matches free text on name, type and description', () => {
    expect(names('iron')).toEqual(['Iron Blade', 'Crown']);
    expect(names('"auto rifle"')).toEqual(['Iron Blade']);
    expect(names('')).toHaveLength(placed.length);
  });

  it('knows every is: keyword', () => {
    expect(names('is:equipped')).toEqual(['Iron Blade']);
    expect(names('is:locked')).toEqual(['Iron Blade']);
    expect(names('is:weapon')).toEqual(['Iron Blade']);
    expect(names('is:armor')).toEqual(['Crown']);
    expect(names('is:consumable')).toEqual(['Potion']);
    expect(names('is:expired')).toEqual(['Pass']);
    expect(names('is:trial')).toEqual(['Game 9']);
    expect(names('is:expiring')).toEqual(['Potion']);
    expect(names('is:bundle')).toEqual(['Pass']);
    expect(names('is:stackable')).toEqual(['Potion']);
    expect(names('is:exotic')).toEqual(['Iron Blade']);
    expect(names('is:legendary')).toEqual(['Crown']);
    expect(names('is:common')).toEqual(['Potion', 'Game 9', 'Pass']);
    expect(names('is:rare or is:uncommon or is:basic or is:currency')).toEqual([]);
  });

  it('filters by tier, type, bucket and perk', () => {
    expect(names('tier:exotic')).toEqual(['Iron Blade']);
    expect(names('tier:trial')).toEqual(['Game 9']);
    expect(names('type:rifle')).toEqual(['Iron Blade']);
    expect(names('bucket:weapons')).toEqual(['Iron Blade']);
    expect(names('perk:grip')).toEqual(['Iron Blade']);
  });

  it('compares stats by name or as the primary stat, and quantities', () => {
    expect(names('stat:attack>=300')).toEqual(['Iron Blade']);
    expect(names('stat:light>250')).toEqual(['Iron Blade', 'Crown']);
    expect(names('stat:"rate of fire"<56')).toEqual(['Iron Blade']);
    expect(names('stat:rateoffire=55')).toEqual(['Iron Blade']);
    expect(names('quantity:>1')).toEqual(['Potion']);
    expect(names('quantity:<=1')).toHaveLength(4);
  });

  it('combines with and, or, not and parentheses', () => {
    expect(names('iron -is:weapon')).toEqual(['Crown']);
    expect(names('is:weapon or is:armor')).toEqual(['Iron Blade', 'Crown']);
    expect(names('not (is:weapon or is:armor) is:common')).toEqual(['Potion', 'Game 9', 'Pass']);
  });
});
