import { describe, expect, it } from 'vitest';
import { providerWords } from './provider-words.ts';
import { applyFix, reviewQuery } from './review-query.ts';
import type { SearchVocabulary } from './suggest.ts';

const vocabulary: SearchVocabulary = {
  tier: ['Exotic', 'Legendary', 'Rare'],
  type: ['Auto Rifle'],
  bucket: ['Primary Weapons'],
  perk: ['Hand Grip'],
  stat: ['Attack', 'Impact', 'Rate of Fire'],
};
const destiny = providerWords.destiny;
const review = (query: string, nothingMatched = false, words = destiny) =>
  reviewQuery(query, words, vocabulary, nothingMatched);
const fixed = (query: string, nothingMatched = false, words = destiny) =>
  review(query, nothingMatched, words).fixes.map((fix) => applyFix(query, fix).query);

describe('reviewQuery', () => {
  it('has nothing to say about a query in the page’s words', () => {
    expect(review('iron is:exotic tier:legendary stat:impact>=30 power:>=300')).toEqual({ error: null, fixes: [] });
    expect(review('')).toEqual({ error: null, fixes: [] });
  });

  it('says what is wrong in the page’s words, with the nearest word as a fix', () => {
    expect(review('is:exotc')).toEqual({
      error: expect.stringMatching(/^Unknown keyword `is:exotc` \(try equipped, .*, maxpower\) at column 4$/),
      fixes: [{ from: 0, to: 8, text: 'is:exotic' }],
    });
    expect(fixed('iron -is:exotc or x')).toEqual(['iron -is:exotic or x']);
    expect(review('foo:bar').error).toBe(
      'Unknown filter `foo:` (try is:, tier:, type:, bucket:, perk:, stat:, power:, light:, quantity:) at column 1',
    );
    expect(review('stat:impact>=').error).toBe('Expected a number after `stat:impact>=` at column 14');
  });

  it('offers the tier meant for a mistyped tier, among the inventory’s and the shared ones', () => {
    expect(fixed('tier:legndary')).toEqual(['tier:legendary']);
    expect(fixed('tier:Exotc is:weapon')).toEqual(['tier:exotic is:weapon']);
    expect(fixed('tier:uncomon')).toEqual(['tier:uncommon']);
    expect(fixed('tier:zzz')).toEqual([]);
  });

  it('offers the stat meant for a mistyped stat name', () => {
    expect(fixed('stat:impcat>=30')).toEqual(['stat:impact>=30']);
    expect(fixed('stat:"rate of fir"<60')).toEqual(['stat:"rate of fire"<60']);
    expect(fixed('stat:power>=300 stat:rateoffire=5')).toEqual([]);
  });

  it('offers a keyword for a bare word only when the query matched nothing', () => {
    expect(fixed('exotc')).toEqual([]);
    expect(fixed('exotc', true)).toEqual(['is:exotic']);
    expect(fixed('iron exotic', true)).toEqual(['iron is:exotic']);
    expect(fixed('"exotc"', true)).toEqual([]);
    // Another provider's keyword is not offered.
    expect(fixed('trial', true)).toEqual([]);
    expect(fixed('trial', true, providerWords.xbox)).toEqual(['is:trial']);
  });

  it('reads without the inventory’s values too', () => {
    expect(reviewQuery('tier:legndary stat:impcat>1', destiny, null, false).fixes).toEqual([
      { from: 0, to: 13, text: 'tier:legendary' },
    ]);
  });
});
