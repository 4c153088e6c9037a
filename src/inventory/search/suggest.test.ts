import { describe, expect, it } from 'vitest';
import type { BucketGroup, Item } from '../model.ts';
import { providerWords } from './provider-words.ts';
import { applySuggestion, searchVocabulary, suggest } from './suggest.ts';

const rifle = {
  name: 'Iron Blade',
  typeName: 'Auto Rifle',
  tierName: 'Exotic',
  stats: [{ id: '1', name: 'Rate of Fire', value: 5 }],
  perkNames: ['Hand Grip'],
} as Item;
const groups: BucketGroup[] = [
  { id: 'w', name: 'Weapons', buckets: [{ id: 'p', name: 'Primary Weapons', order: 0, items: [rifle] }] },
];
const vocabulary = searchVocabulary(groups);

describe('suggest', () => {
  it('collects the values an inventory holds', () => {
    expect(vocabulary).toEqual({
      tier: ['Exotic'],
      type: ['Auto Rifle'],
      bucket: ['Primary Weapons'],
      perk: ['Hand Grip'],
      stat: ['Rate of Fire'],
    });
  });

  it('completes filter names and is: keywords', () => {
    expect(suggest('', vocabulary).options).toEqual([]);
    expect(suggest('t', vocabulary).options).toEqual(['tier:', 'type:', 'is:trial']);
    expect(suggest('is', vocabulary).options).toEqual(['is:']);
    expect(suggest('iron is:e', vocabulary).options).toEqual(['is:equipped', 'is:expired', 'is:expiring', 'is:exotic']);
  });

  it('offers values present in the inventory, quoted when they hold spaces', () => {
    expect(suggest('type:ri', vocabulary).options).toEqual(['type:"Auto Rifle"']);
    expect(suggest('(a or -perk:gr', vocabulary).options).toEqual(['perk:"Hand Grip"']);
    expect(suggest('stat:fire', vocabulary).options).toEqual(['stat:"Rate of Fire">=']);
    expect(suggest('type:"auto r', vocabulary).options).toEqual(['type:"Auto Rifle"']);
  });

  it('replaces the word being typed, keeping a leading minus', () => {
    const query = 'iron -is:lo';
    expect(applySuggestion(query, suggest(query, vocabulary), 'is:locked')).toEqual({
      query: 'iron -is:locked ',
      caret: 16,
    });
    expect(applySuggestion('st', suggest('st', vocabulary), 'stat:')).toEqual({ query: 'stat:', caret: 5 });
  });

  it('completes the word under the caret, not the last one, and keeps the rest', () => {
    const query = 'is:ex iron';
    const suggestions = suggest(query, vocabulary, 4);
    expect(suggestions).toMatchObject({ from: 0, to: 5 });
    expect(suggestions.options).toContain('is:exotic');
    expect(applySuggestion(query, suggestions, 'is:exotic')).toEqual({ query: 'is:exotic iron', caret: 10 });
    expect(suggest('iron (tier:le) or x', vocabulary, 12)).toMatchObject({ from: 6, to: 13 });
    expect(suggest('iron  x', vocabulary, 5).options).toEqual([]);
  });

  it("offers only the page's provider's words", () => {
    const on = (provider: keyof typeof providerWords, query: string) =>
      suggest(query, vocabulary, query.length, providerWords[provider]).options;
    expect(on('destiny', 't')).toEqual(['tier:', 'type:']);
    expect(on('xbox', 't')).toEqual(['tier:', 'type:', 'is:trial']);
    expect(on('destiny', 'is:ex')).toEqual(['is:exotic']);
    expect(on('playfab', 'is:ex')).toEqual(['is:expired', 'is:expiring', 'is:exotic']);
    expect(on('destiny', 'p')).toEqual(['perk:', 'power:']);
    expect(on('xbox', 'p')).toEqual([]);
    expect(on('destiny', 'is:m')).toEqual(['is:maxpower']);
    expect(on('xbox', 'is:d')).toEqual(['is:dupe']);
  });

  it('offers the comparisons after power:, light: and quantity:', () => {
    const destiny = providerWords.destiny;
    expect(suggest('power:', vocabulary, 6, destiny).options).toEqual([
      'power:>',
      'power:>=',
      'power:=',
      'power:<=',
      'power:<',
    ]);
    expect(suggest('light:>', vocabulary, 7, destiny).options).toEqual(['light:>=']);
    expect(applySuggestion('power:', suggest('power:', vocabulary, 6, destiny), 'power:>=')).toEqual({
      query: 'power:>=',
      caret: 8,
    });
  });

  it('offers the word a mistyped one was likely meant to be when none begins so', () => {
    const destiny = providerWords.destiny;
    expect(suggest('is:exotc', vocabulary, 8, destiny).options).toEqual(['is:exotic']);
    expect(suggest('exotc', vocabulary, 5, destiny).options).toEqual(['is:exotic']);
    expect(suggest('tyep:ri', vocabulary, 7, destiny).options).toEqual(['type:ri']);
    expect(suggest('zzzzz', vocabulary, 5, destiny).options).toEqual([]);
  });
});
