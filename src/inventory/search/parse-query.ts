import { closestWord } from './near-miss.ts';
import { allWords, type QueryWords } from './provider-words.ts';
import { filterKeys, allIsKeywords, isCompareKey, type CompareKey, type FilterKey } from './search-keywords.ts';
import { QuerySyntaxError, tokenize, type Token } from './tokenize.ts';

export type CompareOp = '<' | '<=' | '=' | '>=' | '>';

/** The parsed query; every node keeps its 0-based `start` in the query text, and a term its `end`. */
export type QueryNode =
  | { type: 'and' | 'or'; left: QueryNode; right: QueryNode; start: number }
  | { type: 'not'; operand: QueryNode; start: number }
  /** `quoted`: a "phrase", never read as anything but text. */
  | { type: 'text'; value: string; quoted: boolean; start: number; end: number }
  | { type: 'filter'; key: Exclude<FilterKey, CompareKey>; value: string; start: number; end: number }
  /** `stat` is the stat's name for `stat:`, empty for the others. */
  | { type: 'compare'; key: CompareKey; stat: string; op: CompareOp; value: number; start: number; end: number };

/** Deeper than any query a person writes; the parser recurses, so deeper ones must not reach the stack's end. */
export const maxQueryDepth = 32;

/**
 * Parses a query; null for an empty one (everything matches). Throws QuerySyntaxError. `words` are
 * the filters and keywords known (by default every provider's); an unknown one is an error that
 * lists them, with the nearest as its fix.
 */
export function parseQuery(query: string, words: QueryWords = allWords): QueryNode | null {
  const tokens = tokenize(query);
  let at = 0;
  const peek = (): Token => tokens[at]!;
  const next = (): Token => tokens[at++]!;
  // Groups and negations open, each a level of recursion.
  let depth = 0;
  const enter = (token: Token) => {
    if (++depth > maxQueryDepth)
      throw new QuerySyntaxError(`Too deeply nested (at most ${maxQueryDepth} levels)`, token.start);
  };

  // Precedence, loosest first: or, and (also implied between adjacent terms), not.
  function parseOr(): QueryNode {
    let left = parseAnd();
    while (peek().kind === 'or') {
      next();
      left = { type: 'or', left, right: parseAnd(), start: left.start };
    }
    return left;
  }

  function parseAnd(): QueryNode {
    let left = parseUnary();
    for (;;) {
      const token = peek();
      if (token.kind === 'and') next();
      else if (token.kind !== 'term' && token.kind !== 'not' && token.kind !== 'lparen') return left;
      left = { type: 'and', left, right: parseUnary(), start: left.start };
    }
  }

  function parseUnary(): QueryNode {
    const token = peek();
    if (token.kind === 'not') {
      next();
      enter(token);
      const operand = parseUnary();
      depth--;
      return { type: 'not', operand, start: token.start };
    }
    return parsePrimary();
  }

  function parsePrimary(): QueryNode {
    const token = next();
    if (token.kind === 'term') return parseTerm(query, token, words);
    if (token.kind === 'lparen') {
      enter(token);
      const inner = parseOr();
      if (peek().kind !== 'rparen') throw new QuerySyntaxError('Missing `)` for the `(`', token.start);
      next();
      depth--;
      return inner;
    }
    const before = tokens[at - 2];
    if (token.kind === 'end') {
      throw new QuerySyntaxError(
        before ? `Expected a term after \`${query.slice(before.start, before.end)}\`` : 'Expected a term',
        token.start,
      );
    }
    throw new QuerySyntaxError(`Unexpected \`${query.slice(token.start, token.end)}\``, token.start);
  }

  if (peek().kind === 'end') return null;
  const root = parseOr();
  const rest = peek();
  if (rest.kind !== 'end')
    throw new QuerySyntaxError(`Unexpected \`${query.slice(rest.start, rest.end)}\``, rest.start);
  return root;
}

const comparison = /^(.*?)(<=|>=|<|>|=)(.*)$/;

const list = (words: readonly string[], suffix = '') => words.map((word) => `${word}${suffix}`).join(', ');

function parseTerm(query: string, token: Extract<Token, { kind: 'term' }>, words: QueryWords): QueryNode {
  const { text, start, end } = token;
  const colon = text.indexOf(':');
  if (token.quoted || colon < 0) return { type: 'text', value: text.toLowerCase(), quoted: token.quoted, start, end };
  const key = text.slice(0, colon).toLowerCase();
  const value = text.slice(colon + 1);
  // Where the colon is in the query itself (the term's text has its quotes removed).
  const rawColon = query.indexOf(':', start);
  const valueAt = rawColon + 1;
  if (!(words.filterKeys as readonly string[]).includes(key)) {
    const near = closestWord(key, words.filterKeys);
    const other = words.name && (filterKeys as readonly string[]).includes(key);
    throw new QuerySyntaxError(
      `${other ? `\`${key}:\` does not apply to ${words.name} items` : `Unknown filter \`${key}:\``} (try ${list(words.filterKeys, ':')})`,
      start,
      near ? { from: start, to: end, text: `${near}${query.slice(rawColon, end)}` } : undefined,
    );
  }
  if (value === '') throw new QuerySyntaxError(`Expected a value after \`${key}:\``, valueAt);
  if (isCompareKey(key)) return parseComparison(key, value, start, valueAt, end);
  const lower = value.toLowerCase();
  if (key === 'is' && !words.isKeywords.includes(lower)) {
    const near = closestWord(lower, words.isKeywords);
    const other = words.name && allIsKeywords.includes(lower);
    throw new QuerySyntaxError(
      `${other ? `\`is:${value}\` does not apply to ${words.name} items` : `Unknown keyword \`is:${value}\``} (try ${list(words.isKeywords)})`,
      valueAt,
      near ? { from: start, to: end, text: `is:${near}` } : undefined,
    );
  }
  return { type: 'filter', key: key as Exclude<FilterKey, CompareKey>, value: lower, start, end };
}

/**
 * `stat:` takes a stat's name and a comparison (`stat:impact>=40`); `power:`, `light:` and
 * `quantity:` a comparison or a bare number, which means equal (`power:300`).
 */
function parseComparison(key: CompareKey, value: string, start: number, valueAt: number, end: number): QueryNode {
  const match = comparison.exec(value);
  let stat = '';
  let op = '=';
  let number = value;
  if (key === 'stat') {
    if (!match) throw new QuerySyntaxError(`Expected one of < <= = >= > after \`${key}:${value}\``, end);
    [, stat = '', op = '', number = ''] = match;
    if (stat === '') throw new QuerySyntaxError('Expected a stat name after `stat:`', valueAt);
  } else if (match) {
    if (match[1] !== '') throw new QuerySyntaxError(`Expected < <= = >= > after \`${key}:\``, valueAt);
    [, , op = '', number = ''] = match;
  }
  const numberAt = end - number.length;
  if (!/^\d+(\.\d+)?$/.test(number))
    throw new QuerySyntaxError(`Expected a number after \`${key}:${stat}${match ? op : ''}\``, numberAt);
  return { type: 'compare', key, stat: stat.toLowerCase(), op: op as CompareOp, value: Number(number), start, end };
}
