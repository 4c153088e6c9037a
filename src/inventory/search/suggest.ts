import type { BucketGroup } from '../model.ts';
import { closestWord } from './near-miss.ts';
import { allWords, type QueryWords } from './provider-words.ts';
import { isCompareKey } from './search-keywords.ts';

/** Values present in one inventory, offered after `tier:`, `type:`, `bucket:`, `perk:` and `stat:`. */
export type SearchVocabulary = Record<'tier' | 'type' | 'bucket' | 'perk' | 'stat', string[]>;

export function searchVocabulary(groups: BucketGroup[]): SearchVocabulary {
  const sets = {
    tier: new Set<string>(),
    type: new Set<string>(),
    bucket: new Set<string>(),
    perk: new Set<string>(),
    stat: new Set<string>(),
  };
  for (const group of groups) {
    for (const bucket of group.buckets) {
      sets.bucket.add(bucket.name);
      for (const item of bucket.items) {
        if (item.tierName) sets.tier.add(item.tierName);
        if (item.typeName) sets.type.add(item.typeName);
        for (const perk of item.perkNames ?? []) sets.perk.add(perk);
        if (item.primaryStat) sets.stat.add(item.primaryStat.name);
        for (const stat of item.stats) sets.stat.add(stat.name);
      }
    }
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return {
    tier: sorted(sets.tier),
    type: sorted(sets.type),
    bucket: sorted(sets.bucket),
    perk: sorted(sets.perk),
    stat: sorted(sets.stat),
  };
}

/** Where the word being typed starts: after the last space or parenthesis outside quotes. */
function fragmentStart(query: string): number {
  let start = 0;
  let quoted = false;
  for (let i = 0; i < query.length; i++) {
    const ch = query[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (/\s/.test(ch) || ch === '(' || ch === ')')) start = i + 1;
  }
  return query[start] === '-' ? start + 1 : start;
}

export const quote = (value: string) => (/[\s()"]/.test(value) ? `"${value.replaceAll('"', '')}"` : value);

const comparisons = ['>', '>=', '=', '<=', '<'];

function candidates(fragment: string, vocabulary: SearchVocabulary, words: QueryWords): string[] {
  const colon = fragment.indexOf(':');
  const keywords = (partial: string) => {
    const begun = words.isKeywords.filter((keyword) => keyword.startsWith(partial));
    // Nothing begins so: the keyword it was most likely meant to be (`exotc` → `is:exotic`).
    const near = begun.length === 0 ? closestWord(partial, words.isKeywords) : null;
    return (near ? [near] : begun).map((keyword) => `is:${keyword}`);
  };
  if (colon < 0) {
    // A bare word also offers the is: keywords it begins: `exo` → `is:exotic`.
    const keys = words.filterKeys.map((key) => `${key}:`).filter((text) => text.startsWith(fragment));
    const begun = words.isKeywords.filter((keyword) => keyword.startsWith(fragment)).map((keyword) => `is:${keyword}`);
    return keys.length + begun.length > 0 ? [...keys, ...begun] : keywords(fragment);
  }
  const key = fragment.slice(0, colon);
  const partial = fragment
    .slice(colon + 1)
    .replaceAll('"', '')
    .toLowerCase();
  if (!(words.filterKeys as readonly string[]).includes(key)) {
    const near = closestWord(key, words.filterKeys);
    return near ? [`${near}:${fragment.slice(colon + 1)}`] : [];
  }
  if (key === 'is') return keywords(partial);
  if (isCompareKey(key) && key !== 'stat')
    return comparisons.map((op) => `${key}:${op}`).filter((text) => text.startsWith(fragment));
  if (!(key in vocabulary)) return [];
  const values = vocabulary[key as keyof SearchVocabulary].filter((value) => value.toLowerCase().includes(partial));
  return values.map((value) => `${key}:${quote(value)}${key === 'stat' ? '>=' : ''}`);
}

export interface Suggestions {
  /** Where the completed word starts and ends in the query. */
  from: number;
  to: number;
  options: string[];
}

/** Where the word under the caret ends: the next space or parenthesis outside quotes. */
function fragmentEnd(query: string, caret: number): number {
  let quoted = (query.slice(0, caret).match(/"/g)?.length ?? 0) % 2 === 1;
  for (let i = caret; i < query.length; i++) {
    const ch = query[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (/\s/.test(ch) || ch === '(' || ch === ')')) return i;
  }
  return query.length;
}

/**
 * Completions for the word under the caret (the end of the query by default), in the page's words
 * (every provider's by default); none while nothing is typed there.
 */
export function suggest(
  query: string,
  vocabulary: SearchVocabulary,
  caret = query.length,
  words: QueryWords = allWords,
  limit = 8,
): Suggestions {
  const from = fragmentStart(query.slice(0, caret));
  const to = fragmentEnd(query, caret);
  const fragment = query.slice(from, to).toLowerCase();
  if (fragment === '') return { from, to, options: [] };
  return {
    from,
    to,
    options: candidates(fragment, vocabulary, words)
      .filter((option) => option !== fragment)
      .slice(0, limit),
  };
}

/**
 * The query with the word under the caret replaced by a suggestion, and where the caret goes next;
 * a space follows a finished term unless one is already there.
 */
export function applySuggestion(
  query: string,
  { from, to }: Suggestions,
  option: string,
): { query: string; caret: number } {
  const open = option.endsWith(':') || /[<>=]$/.test(option);
  const rest = query.slice(to);
  const gap = open || rest.startsWith(' ') ? '' : ' ';
  const head = `${query.slice(0, from)}${option}${gap}`;
  return { query: `${head}${rest}`, caret: head.length + (gap === '' && !open && rest.startsWith(' ') ? 1 : 0) };
}
