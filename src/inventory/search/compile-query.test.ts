import { describe, expect, it } from 'vitest';
import { modelItem } from '../../../test/fixtures/items.ts';
import type { BucketGroup, Item } from '../model.ts';
import { compileQuery } from './compile-query.ts';
import { parseQuery } from './parse-query.ts';
import { createSearchContext } from './search-context.ts';

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
  it('matches free text on name, type, description and perks (talent nodes among them)', () => {
    expect(names('iron')).toEqual(['Iron Blade', 'Crown']);
    expect(names('grip')).toEqual(['Iron Blade']);
    expect(names('"hand grip"')).toEqual(['Iron Blade']);
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

  it('compares the headline stat with power: and light:, a bare number meaning equal', () => {
    expect(names('power:>=300')).toEqual(['Iron Blade']);
    expect(names('light:>250')).toEqual(['Iron Blade', 'Crown']);
    expect(names('power:280')).toEqual(['Crown']);
    expect(names('light:<300')).toEqual(['Crown']);
    // Items without one never match, either way round.
    expect(names('power:<=1000')).toEqual(['Iron Blade', 'Crown']);
    expect(names('-power:>0')).toEqual(['Potion', 'Game 9', 'Pass']);
    expect(names('stat:power>=300')).toEqual(names('power:>=300'));
  });

  it('combines with and, or, not and parentheses', () => {
    expect(names('iron -is:weapon')).toEqual(['Crown']);
    expect(names('is:weapon or is:armor')).toEqual(['Iron Blade', 'Crown']);
    expect(names('not (is:weapon or is:armor) is:common')).toEqual(['Potion', 'Game 9', 'Pass']);
  });
});

describe('is:dupe and is:maxpower', () => {
  const helmet = (name: string, definitionId: string, power?: number) =>
    modelItem(name, {
      definitionId,
      primaryStat: power === undefined ? undefined : { id: 'd', name: 'Defense', value: power },
    });
  // A character's and the vault's groups, as an account searches them: the helmets share a bucket id.
  const titan: BucketGroup[] = [
    {
      id: 'armor',
      name: 'Armor',
      buckets: [
        {
          id: 'helmet',
          name: 'Helmet',
          order: 0,
          items: [helmet('Crown A', 'crown', 280), helmet('Visor', 'visor', 300)],
        },
        {
          id: 'ghost',
          name: 'Ghost',
          order: 1,
          items: [helmet('Shell', 'shell', 20), helmet('Shell 2', 'shell2', 20)],
        },
      ],
    },
  ];
  const vault: BucketGroup[] = [
    {
      id: 'vault-armor',
      name: 'Armor',
      buckets: [
        { id: 'helmet', name: 'Helmet', order: 0, items: [helmet('Crown B', 'crown', 300), helmet('Cap', 'cap')] },
        { id: 'shader', name: 'Shaders', order: 1, items: [helmet('Plain', 'plain')] },
      ],
    },
  ];
  const groups = [...titan, ...vault];
  const matching = (query: string, searched = groups) => {
    const matches = compileQuery(parseQuery(query), createSearchContext(searched));
    return searched.flatMap((g) =>
      g.buckets.flatMap((b) => b.items.filter((it) => matches(it, b.name)).map((it) => it.name)),
    );
  };

  it('finds a definition held more than once, across characters and the vault', () => {
    expect(matching('is:dupe')).toEqual(['Crown A', 'Crown B']);
    expect(matching('is:dupe', titan)).toEqual([]);
    expect(matching('-is:dupe')).toEqual(['Visor', 'Shell', 'Shell 2', 'Cap', 'Plain']);
  });

  it('finds the highest headline stat among buckets of the same id, ties all counting', () => {
    expect(matching('is:maxpower')).toEqual(['Visor', 'Shell', 'Shell 2', 'Crown B']);
    expect(matching('is:maxpower', titan)).toEqual(['Visor', 'Shell', 'Shell 2']);
    expect(matching('is:maxpower', vault)).toEqual(['Crown B']);
    expect(matching('is:maxpower is:dupe')).toEqual(['Crown B']);
  });

  it('matches nothing without a context', () => {
    expect(compileQuery(parseQuery('is:dupe or is:maxpower'))(helmet('x', 'x', 1), 'Helmet')).toBe(false);
  });

  it('works each answer out once per context, at the first query that asks', () => {
    let reads = 0;
    const counted: BucketGroup[] = [
      {
        id: 'g',
        name: 'G',
        get buckets() {
          reads++;
          return groups.flatMap((g) => g.buckets);
        },
      },
    ];
    const context = createSearchContext(counted);
    compileQuery(parseQuery('iron'), context);
    expect(reads).toBe(0);
    compileQuery(parseQuery('is:dupe'), context);
    compileQuery(parseQuery('is:dupe -iron'), context);
    expect(reads).toBe(1);
    compileQuery(parseQuery('is:maxpower'), context);
    compileQuery(parseQuery('is:maxpower or is:dupe'), context);
    // The highest values, then the items that have them.
    expect(reads).toBe(3);
  });
});
