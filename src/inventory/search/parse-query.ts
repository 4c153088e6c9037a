import { filterKeys, isKeywords, type FilterKey } from './search-keywords.ts';
import { QuerySyntaxError, tokenize, type Token } from './tokenize.ts';

export type CompareOp = '<' | '<=' | '=' | '>=' | '>';

/** The parsed query; every node keeps its 0-based `start` in the query text. */
export type QueryNode =
  | { type: 'and' | 'or'; left: QueryNode; right: QueryNode; start: number }
  | { type: 'not'; operand: QueryNode; start: number }
  | { type: 'text'; value: string; start: number }
  | { type: 'filter'; key: Exclude<FilterKey, 'stat' | 'quantity'>; value: string; start: number }
  | { type: 'compare'; key: 'stat' | 'quantity'; stat: string; op: CompareOp; value: number; start: number };

/** Parses a query; null for an empty one (everything matches). Throws QuerySyntaxError. */
export function parseQuery(query: string): QueryNode | null {
  const tokens = tokenize(query);
  let at = 0;
  const peek = (): Token => tokens[at]!;
  const next = (): Token => tokens[at++]!;

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
      return { type: 'not', operand: parseUnary(), start: token.start };
    }
    return parsePrimary();
  }

  function parsePrimary(): QueryNode {
    const token = next();
    if (token.kind === 'term') return parseTerm(token);
    if (token.kind === 'lparen') {
      const inner = parseOr();
      if (peek().kind !== 'rparen') throw new QuerySyntaxError('Missing `)` for the `(`', token.start);
      next();
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

function parseTerm(token: Extract<Token, { kind: 'term' }>): QueryNode {
  const { text, start } = token;
  const colon = text.indexOf(':');
  if (token.quoted || colon < 0) return { type: 'text', value: text.toLowerCase(), start };
  const key = text.slice(0, colon).toLowerCase();
  const value = text.slice(colon + 1);
  if (!(filterKeys as readonly string[]).includes(key))
    throw new QuerySyntaxError(`Unknown filter \`${key}:\` (try ${filterKeys.map((k) => `${k}:`).join(', ')})`, start);
  const valueAt = start + colon + 1;
  if (value === '') throw new QuerySyntaxError(`Expected a value after \`${key}:\``, valueAt);
  if (key === 'stat' || key === 'quantity') return parseComparison(key, value, start, valueAt);
  const lower = value.toLowerCase();
  if (key === 'is' && !(lower in isKeywords))
    throw new QuerySyntaxError(`Unknown keyword \`is:${value}\` (try ${Object.keys(isKeywords).join(', ')})`, valueAt);
  return { type: 'filter', key: key as Exclude<FilterKey, 'stat' | 'quantity'>, value: lower, start };
}

function parseComparison(key: 'stat' | 'quantity', value: string, start: number, valueAt: number): QueryNode {
  const match = comparison.exec(value);
  if (!match)
    throw new QuerySyntaxError(`Expected one of < <= = >= > after \`${key}:${value}\``, valueAt + value.length);
  const [, stat = '', op = '', number = ''] = match;
  if (key === 'stat' && stat === '') throw new QuerySyntaxError('Expected a stat name after `stat:`', valueAt);
  if (key === 'quantity' && stat !== '') throw new QuerySyntaxError('Expected < <= = >= > after `quantity:`', valueAt);
  const numberAt = valueAt + stat.length + op.length;
  if (!/^\d+(\.\d+)?$/.test(number))
    throw new QuerySyntaxError(`Expected a number after \`${key}:${stat}${op}\``, numberAt);
  return { type: 'compare', key, stat: stat.toLowerCase(), op: op as CompareOp, value: Number(number), start };
}
