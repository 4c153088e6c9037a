import type { QueryFix } from './near-miss.ts';

/** Query tokens with their 0-based offsets, so parse errors can point at a column. */
export type Token =
  | { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'end'; start: number; end: number }
  /** `text` has its quotes removed; `quoted` when the whole term was a "phrase" (never a filter). */
  | { kind: 'term'; text: string; quoted: boolean; start: number; end: number };

export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset the message is about. */
    readonly offset: number,
    /** What the mistyped word was most likely meant to be ("did you mean"), in the query's own offsets. */
    readonly fix?: QueryFix,
  ) {
    super(`${message} at column ${offset + 1}`);
    this.name = 'QuerySyntaxError';
  }
}

/** Longer than any query a person types; a pasted monster gets a plain error, not seconds of work. */
export const maxQueryLength = 500;

const operatorWords: Record<string, 'and' | 'or' | 'not'> = { and: 'and', or: 'or', not: 'not' };

export function tokenize(query: string): Token[] {
  if (query.length > maxQueryLength)
    throw new QuerySyntaxError(`A query is at most ${maxQueryLength} characters long`, maxQueryLength);
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', start: i, end: i + 1 });
      i++;
    } else if (ch === '-' && i + 1 < query.length && !/[\s)]/.test(query[i + 1]!)) {
      // A leading minus negates the term or group it touches: `-is:locked`.
      tokens.push({ kind: 'not', start: i, end: i + 1 });
      i++;
    } else {
      const start = i;
      let text = '';
      while (i < query.length && !/[\s()]/.test(query[i]!)) {
        if (query[i] === '"') {
          const close = query.indexOf('"', i + 1);
          if (close < 0) throw new QuerySyntaxError('Unclosed quote', i);
          text += query.slice(i + 1, close);
          i = close + 1;
        } else {
          text += query[i];
          i++;
        }
      }
      const word = operatorWords[text.toLowerCase()];
      if (word && query[start] !== '"') tokens.push({ kind: word, start, end: i });
      else tokens.push({ kind: 'term', text, quoted: query[start] === '"', start, end: i });
    }
  }
  tokens.push({ kind: 'end', start: query.length, end: query.length });
  return tokens;
}
