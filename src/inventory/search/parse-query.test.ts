import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryNode } from './parse-query.ts';
import { providerWords, type QueryWords } from './provider-words.ts';
import { allIsKeywords, filterKeys } from './search-keywords.ts';
import { QuerySyntaxError } from './tokenize.ts';

/** The tree as a compact string, to read precedence at a glance. */
function show(node: QueryNode | null): string {
  if (!node) return '∅';
  switch (node.type) {
    case 'and':
    case 'or':
      return `(${show(node.left)} ${node.type} ${show(node.right)})`;
    case 'not':
      return `not ${show(node.operand)}`;
    case 'text':
      return JSON.stringify(node.value);
    case 'filter':
      return `${node.key}:${node.value}`;
    case 'compare':
      return `${node.key}:${node.stat}${node.op}${node.value}`;
  }
}

const errorOf = (query: string, words: QueryWords = providerWords.destiny) => {
  try {
    parseQuery(query, words);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

const fixOf = (query: string, words = providerWords.destiny) => {
  try {
    parseQuery(query, words);
  } catch (error) {
    return (error as QuerySyntaxError).fix;
  }
  return 'no error';
};

describe('parseQuery', () => {
  it('reads an empty query as no filter', () => {
    expect(parseQuery('   ')).toBeNull();
  });

  it('joins adjacent terms with an implicit and', () => {
    expect(show(parseQuery('iron is:weapon'))).toBe('("iron" and is:weapon)');
  });

  it('binds not tighter than and, and and tighter than or', () => {
    expect(show(parseQuery('a or b c'))).toBe('("a" or ("b" and "c"))');
    expect(show(parseQuery('not a and b or c'))).toBe('((not "a" and "b") or "c")');
    expect(show(parseQuery('-is:locked a'))).toBe('(not is:locked and "a")');
  });

  it('lets parentheses override precedence', () => {
    expect(show(parseQuery('(a or b) c'))).toBe('(("a" or "b") and "c")');
    expect(show(parseQuery('not (a or b)'))).toBe('not ("a" or "b")');
  });

  it('keeps quoted phrases whole, even with a colon or an operator word', () => {
    expect(show(parseQuery('"Iron Blade" "or" "a:b"'))).toBe('(("iron blade" and "or") and "a:b")');
    expect(show(parseQuery('type:"auto rifle"'))).toBe('type:auto rifle');
  });

  it('reads every filter and comparison', () => {
    expect(show(parseQuery('tier:Exotic type:rifle bucket:ghost perk:grip'))).toBe(
      '(((tier:exotic and type:rifle) and bucket:ghost) and perk:grip)',
    );
    for (const op of ['<', '<=', '=', '>=', '>'])
      expect(show(parseQuery(`stat:impact${op}40`))).toBe(`stat:impact${op}40`);
    expect(show(parseQuery('stat:"rate of fire">=55.5'))).toBe('stat:rate of fire>=55.5');
    expect(show(parseQuery('quantity:>10'))).toBe('quantity:>10');
  });

  it('reads power: and light: as the headline stat compared, a bare number meaning equal', () => {
    for (const op of ['<', '<=', '=', '>=', '>']) {
      expect(show(parseQuery(`power:${op}300`))).toBe(`power:${op}300`);
      expect(show(parseQuery(`light:${op}300`))).toBe(`light:${op}300`);
    }
    expect(show(parseQuery('power:300'))).toBe('power:=300');
    expect(show(parseQuery('LIGHT:>=290.5'))).toBe('light:>=290.5');
    expect(show(parseQuery('quantity:12'))).toBe('quantity:=12');
    // The stat filter still takes the headline stat by its other names.
    expect(show(parseQuery('stat:power>=300 stat:light<5'))).toBe('(stat:power>=300 and stat:light<5)');
    expect(parseQuery('-power:>=300')).toMatchObject({ type: 'not', operand: { start: 1, end: 12 } });
  });

  it('accepts every is: keyword, in any letter case', () => {
    for (const keyword of allIsKeywords) expect(show(parseQuery(`is:${keyword.toUpperCase()}`))).toBe(`is:${keyword}`);
  });

  it('says what is wrong and where', () => {
    expect(errorOf('stat:light>=')).toBe('Expected a number after `stat:light>=` at column 13');
    expect(errorOf('stat:light')).toBe('Expected one of < <= = >= > after `stat:light` at column 11');
    expect(errorOf('quantity:x>1')).toBe('Expected < <= = >= > after `quantity:` at column 10');
    expect(errorOf('is:shiny')).toMatch(/^Unknown keyword `is:shiny` \(try equipped, .*\) at column 4$/);
    expect(errorOf('power:>=')).toBe('Expected a number after `power:>=` at column 9');
    expect(errorOf('light:high')).toBe('Expected a number after `light:` at column 7');
    expect(errorOf('power:x>1')).toBe('Expected < <= = >= > after `power:` at column 7');
    expect(errorOf('stat:"rate of fire">=')).toBe('Expected a number after `stat:rate of fire>=` at column 22');
    expect(errorOf('colour:red')).toMatch(/^Unknown filter `colour:` .* at column 1$/);
    expect(errorOf('tier:')).toBe('Expected a value after `tier:` at column 6');
    expect(errorOf('a or')).toBe('Expected a term after `or` at column 5');
    expect(errorOf('(a b')).toBe('Missing `)` for the `(` at column 1');
    expect(errorOf('a )')).toBe('Unexpected `)` at column 3');
    expect(errorOf('a "b')).toBe('Unclosed quote at column 3');
    expect(errorOf('and a')).toBe('Unexpected `and` at column 1');
  });

  it("lists the page's own filters and keywords when one is unknown", () => {
    expect(errorOf('foo:bar')).toBe(
      'Unknown filter `foo:` (try is:, tier:, type:, bucket:, perk:, stat:, power:, light:, quantity:) at column 1',
    );
    expect(errorOf('foo:bar', providerWords.xbox)).toBe(
      'Unknown filter `foo:` (try is:, tier:, type:, bucket:, quantity:) at column 1',
    );
    expect(errorOf('is:shiny', providerWords.xbox)).toBe(
      'Unknown keyword `is:shiny` (try locked, consumable, expired, trial, stackable, common, uncommon, rare, legendary, exotic, dupe) at column 4',
    );
    // Every provider's words parse unless the page's are given.
    expect(errorOf('is:trial power:>1', { filterKeys, isKeywords: allIsKeywords })).toBe('no error');
  });

  it("names another provider's word as not this page's", () => {
    expect(errorOf('is:trial')).toMatch(
      /^`is:trial` does not apply to Destiny items \(try equipped, locked, .*maxpower\) at column 4$/,
    );
    expect(errorOf('power:>300', providerWords.xbox)).toMatch(
      /^`power:` does not apply to Xbox Live items \(try is:, /,
    );
    expect(errorOf('perk:grip', providerWords.playfab)).toMatch(/^`perk:` does not apply to PlayFab items/);
  });

  it('offers the nearest word as a fix for the whole term', () => {
    expect(fixOf('iron is:exotc')).toEqual({ from: 5, to: 13, text: 'is:exotic' });
    expect(fixOf('is:EXOTC')).toEqual({ from: 0, to: 8, text: 'is:exotic' });
    expect(fixOf('-is:dup')).toEqual({ from: 1, to: 7, text: 'is:dupe' });
    expect(fixOf('is:maxpowr')).toEqual({ from: 0, to: 10, text: 'is:maxpower' });
    expect(fixOf('tyep:"auto rifle"')).toEqual({ from: 0, to: 17, text: 'type:"auto rifle"' });
    expect(fixOf('powr:>=300')).toEqual({ from: 0, to: 10, text: 'power:>=300' });
    // Too far from any word to guess.
    expect(fixOf('is:shiny')).toBeUndefined();
    expect(fixOf('foo:bar')).toBeUndefined();
  });

  it('caps length and nesting with a positioned error, never a stack overflow', () => {
    expect(errorOf('a'.repeat(500))).toBe('no error');
    expect(errorOf('a'.repeat(501))).toBe('A query is at most 500 characters long at column 501');
    expect(errorOf(`${'('.repeat(3000)}a${')'.repeat(3000)}`)).toBe(
      'A query is at most 500 characters long at column 501',
    );
    expect(errorOf(`${'('.repeat(32)}a${')'.repeat(32)}`)).toBe('no error');
    expect(errorOf(`${'('.repeat(33)}a${')'.repeat(33)}`)).toBe('Too deeply nested (at most 32 levels) at column 33');
    expect(errorOf(`${'-('.repeat(16)}x${')'.repeat(16)} ${'not '.repeat(33)}a`)).toBe(
      'Too deeply nested (at most 32 levels) at column 179',
    );
  });
});
