import type { BucketGroup } from '../model.ts';
import { filterKeys, isKeywords } from './search-keywords.ts';

/** Values present in one inventory, offered after `tier:`, `type:`, `bucket:`, `perk:` and `stat:`. */
export type SearchVocabulary = Record<'tier' | 'type' | 'bucket' | 'perk' | 'stat', string[]>;

export function searchVocabulary(groups: BucketGroup[]): SearchVocabulary {
  const sets = { tier: new Set<string>(), type: new Set<string>(), bucket: new Set<string>(), perk: new Set<string>(), stat: new Set<string>() };
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
  return { tier: sorted(sets.tier), type: sorted(sets.type), bucket: sorted(sets.bucket), perk: sorted(sets.perk), stat: sorted(sets.stat) };
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

const quote = (value: string) => (/[\s()"]/.test(value) ? `"${value.replaceAll('"', '')}"` : value);

function candidates(fragment: string, vocabulary: SearchVocabulary): string[] {
  const colon = fragment.indexOf(':');
  if (colon < 0) {
    // A bare word also offers the is: keywords it begins: `exo` → `is:exotic`.
    return [...filterKeys.map((key) => `${key}:`).filter((text) => text.startsWith(fragment)), ...Object.keys(isKeywords).filter((keyword) => keyword.startsWith(fragment)).map((keyword) => `is:${keyword}`)];
  }
  const key = fragment.slice(0, colon);
  const partial = fragment.slice(colon + 1).replaceAll('"', '').toLowerCase();
  if (key === 'is') return Object.keys(isKeywords).filter((keyword) => keyword.startsWith(partial)).map((keyword) => `is:${keyword}`);
  if (key === 'quantity') return ['>', '>=', '=', '<=', '<'].map((op) => `quantity:${op}`).filter((text) => text.startsWith(fragment));
  if (!(key in vocabulary)) return [];
  const values = vocabulary[key as keyof SearchVocabulary].filter((value) => value.toLowerCase().includes(partial));
  return values.map((value) => `${key}:${quote(value)}${key === 'stat' ? '>=' : ''}`);
}

export interface Suggestions {
  /** Offset in the query where the completed word starts. */
  from: number;
  options: string[];
}

/** Completions for the word at the end of the query; none while nothing is typed. */
export function suggest(query: string, vocabulary: SearchVocabulary, limit = 8): Suggestions {
  const from = fragmentStart(query);
  const fragment = query.slice(from).toLowerCase();
  if (fragment === '') return { from, options: [] };
  return { from, options: candidates(fragment, vocabulary).filter((option) => option !== fragment).slice(0, limit) };
}

/** The query with its last word replaced by a suggestion; a space follows a finished term. */
export function applySuggestion(query: string, { from }: Suggestions, option: string): string {
  const open = option.endsWith(':') || /[<>=]$/.test(option);
  return `${query.slice(0, from)}${option}${open ? '' : ' '}`;
}
