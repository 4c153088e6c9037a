import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryNode } from './parse-query.ts';
import { isKeywords } from './search-keywords.ts';

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

const errorOf = (query: string) => {
  try {
    parseQuery(query);
  } catch (error) {
    return (error as Error).message;
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

  it('accepts every is: keyword, in any letter case', () => {
    for (const keyword of Object.keys(isKeywords))
      expect(show(parseQuery(`is:${keyword.toUpperCase()}`))).toBe(`is:${keyword}`);
  });

  it('says what is wrong and where', () => {
    expect(errorOf('stat:light>=')).toBe('Expected a number after `stat:light>=` at column 13');
    expect(errorOf('stat:light')).toBe('Expected one of < <= = >= > after `stat:light` at column 11');
    expect(errorOf('quantity:x>1')).toBe('Expected < <= = >= > after `quantity:` at column 10');
    expect(errorOf('is:shiny')).toMatch(/^Unknown keyword `is:shiny` \(try equipped, .*\) at column 4$/);
    expect(errorOf('colour:red')).toMatch(/^Unknown filter `colour:` .* at column 1$/);
    expect(errorOf('tier:')).toBe('Expected a value after `tier:` at column 6');
    expect(errorOf('a or')).toBe('Expected a term after `or` at column 5');
    expect(errorOf('(a b')).toBe('Missing `)` for the `(` at column 1');
    expect(errorOf('a )')).toBe('Unexpected `)` at column 3');
    expect(errorOf('a "b')).toBe('Unclosed quote at column 3');
    expect(errorOf('and a')).toBe('Unexpected `and` at column 1');
  });
});
