import { closestWord, type QueryFix } from './near-miss.ts';
import { parseQuery, type QueryNode } from './parse-query.ts';
import type { QueryWords } from './provider-words.ts';
import { tiers } from './search-keywords.ts';
import { quote, type SearchVocabulary } from './suggest.ts';
import { QuerySyntaxError } from './tokenize.ts';

/** What the box says about a query: what is wrong with it, and what its mistyped words were likely meant to be. */
export interface QueryReview {
  /** In the page's own words; null when the query reads. */
  error: string | null;
  /** "Did you mean …?": each replaces one term. */
  fixes: QueryFix[];
}

const squash = (text: string) => text.toLowerCase().replace(/\s+/g, '');
/** What `stat:` reads as the headline stat whatever its name. */
const primaryAliases = ['power', 'light', 'primary'];

/** Every term of the tree, left to right. */
function* termsOf(node: QueryNode | null): Generator<Extract<QueryNode, { end: number }>> {
  if (!node) return;
  // `in`, not the two types: one member of the union is typed `'and' | 'or'`, which comparing them one by one does not narrow away.
  if ('left' in node) {
    yield* termsOf(node.left);
    yield* termsOf(node.right);
  } else if (node.type === 'not') {
    yield* termsOf(node.operand);
  } else {
    yield node;
  }
}

/**
 * Reads a query in the page's words (`words`): an error for what does not parse or is not one of
 * its filters or keywords (listing those), and "did you mean" fixes for near misses: a filter or
 * keyword (`is:exotc` → `is:exotic`), a tier or stat the inventory has (`tier:legndary`), and, when
 * the query matched nothing, a bare word that is nearly a keyword (`exotc` → `is:exotic`).
 * `vocabulary` (the inventory's values) may be null while it is not worked out yet.
 */
export function reviewQuery(
  query: string,
  words: QueryWords,
  vocabulary: SearchVocabulary | null,
  nothingMatched: boolean,
): QueryReview {
  let tree: QueryNode | null;
  try {
    tree = parseQuery(query, words);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    return { error: error.message, fixes: error.fix ? [error.fix] : [] };
  }
  const tierWords = [...new Set([...tiers, ...(vocabulary?.tier ?? []).map((tier) => tier.toLowerCase())])];
  const statNames = new Map((vocabulary?.stat ?? []).map((name) => [squash(name), name]));
  const fixes: QueryFix[] = [];
  const fix = (node: { start: number; end: number }, text: string) =>
    fixes.push({ from: node.start, to: node.end, text });
  for (const term of termsOf(tree)) {
    if (term.type === 'filter' && term.key === 'tier' && !tierWords.includes(term.value)) {
      const near = closestWord(term.value, tierWords);
      if (near) fix(term, `tier:${quote(near)}`);
    } else if (term.type === 'compare' && term.key === 'stat' && statNames.size > 0) {
      const stat = squash(term.stat);
      if (statNames.has(stat) || primaryAliases.includes(stat)) continue;
      const near = closestWord(stat, [...statNames.keys()]);
      if (near) fix(term, `stat:${quote(statNames.get(near)!.toLowerCase())}${term.op}${term.value}`);
    } else if (term.type === 'text' && !term.quoted && nothingMatched) {
      const keyword = words.isKeywords.includes(term.value) ? term.value : closestWord(term.value, words.isKeywords);
      if (keyword) fix(term, `is:${keyword}`);
    }
  }
  return { error: null, fixes };
}

/** The query with a fix applied, and where the caret goes: after the replaced term. */
export function applyFix(query: string, { from, to, text }: QueryFix): { query: string; caret: number } {
  return { query: `${query.slice(0, from)}${text}${query.slice(to)}`, caret: from + text.length };
}
