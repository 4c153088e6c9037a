import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../model.ts';
import { parseQuery } from './parse-query.ts';
import { providerWords } from './provider-words.ts';
import { searchHelp } from './search-help.ts';
import { allIsKeywords, filterKeys } from './search-keywords.ts';

const providers: ProviderId[] = ['destiny', 'playfab', 'xbox'];

describe('providerWords', () => {
  it('keeps each provider to words its items can carry', () => {
    const destiny = providerWords.destiny;
    for (const word of ['trial', 'expired', 'expiring', 'bundle']) expect(destiny.isKeywords).not.toContain(word);
    expect(destiny.isKeywords).toEqual(expect.arrayContaining(['dupe', 'maxpower', 'equipped', 'locked']));
    expect(destiny.filterKeys).toEqual(expect.arrayContaining(['power', 'light', 'perk', 'stat']));
    for (const provider of ['xbox', 'playfab'] as const) {
      const words = providerWords[provider];
      for (const key of ['power', 'light', 'perk', 'stat'] as const) expect(words.filterKeys).not.toContain(key);
      expect(words.isKeywords).not.toContain('maxpower');
      expect(words.isKeywords).not.toContain('equipped');
    }
    expect(providerWords.xbox.isKeywords).toContain('trial');
    expect(providerWords.playfab.isKeywords).toEqual(expect.arrayContaining(['bundle', 'expiring']));
  });

  it('uses only words the search knows, and its placeholder reads in them', () => {
    for (const provider of providers) {
      const words = providerWords[provider];
      for (const key of words.filterKeys) expect(filterKeys).toContain(key);
      for (const keyword of words.isKeywords) expect(allIsKeywords).toContain(keyword);
      expect(() => parseQuery(words.placeholder.replace(/^Search: /, ''), words)).not.toThrow();
    }
  });
});

describe('searchHelp', () => {
  it('gives every filter and keyword of the provider an example that parses in its words', () => {
    for (const provider of providers) {
      const words = providerWords[provider];
      const examples = searchHelp(provider).flatMap((line) => line.examples);
      for (const key of words.filterKeys) expect(examples.some((example) => example.startsWith(`${key}:`))).toBe(true);
      for (const keyword of words.isKeywords) expect(examples).toContain(`is:${keyword}`);
      for (const example of examples) expect(() => parseQuery(example, words), example).not.toThrow();
    }
  });

  it('speaks of no other provider’s words', () => {
    const xbox = searchHelp('xbox').flatMap((line) => line.examples);
    expect(xbox.filter((example) => /^(power|light|perk|stat):|^is:(maxpower|equipped)$/.test(example))).toEqual([]);
    const destiny = searchHelp('destiny').flatMap((line) => line.examples);
    expect(destiny.filter((example) => /^is:(trial|expired|expiring|bundle)$/.test(example))).toEqual([]);
  });
});
