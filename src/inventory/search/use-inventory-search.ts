import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Bucket, BucketGroup, ProviderId } from '../model.ts';
import { comparatorFor, readSortKey, type ItemComparator, type SortKey } from '../sort-items.ts';
import { matchBucket, type BucketMatches } from './bucket-matches.ts';
import { compileQuery, type ItemPredicate } from './compile-query.ts';
import { parseQuery } from './parse-query.ts';
import { providerWords, type QueryWords } from './provider-words.ts';
import { createSearchContext, type SearchContext } from './search-context.ts';
import { QuerySyntaxError } from './tokenize.ts';
import { useUrlQuery, type UrlQuery } from './use-url-query.ts';

export interface InventorySearch extends UrlQuery {
  /** The box's text, trimmed: what is matched. */
  query: string;
  /** Each bucket's matching items; null when nothing filters. While the query does not parse, the last one that did. */
  matching: ReadonlyMap<Bucket, BucketMatches> | null;
  error: string | null;
  hideNonMatching: boolean;
  /** The order within buckets (`?sort=`), or null for the provider's own. */
  sortKey: SortKey;
  sort: ItemComparator | null;
  matchCount: number;
  total: number;
}

function compile(
  query: string,
  words: QueryWords,
  context: SearchContext,
): { matches: ItemPredicate | null; error: string | null } {
  try {
    // The page's own words, as the box reads them: a word the page does not speak filters nothing.
    const tree = parseQuery(query, words);
    return { matches: tree ? compileQuery(tree, context) : null, error: null };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { matches: null, error: error.message };
    throw error;
  }
}

/**
 * The search (the box's text, kept in `?q=`; `&hide=1`, `&sort=`), compiled once per query and
 * counted over the groups. `groups` are every item searched: on an account, every character's and
 * the vault's, so `is:dupe` and `is:maxpower` look across all of them.
 */
export function useInventorySearch(groups: BucketGroup[], provider: ProviderId): InventorySearch {
  const [params] = useSearchParams();
  const { text, setText, flush } = useUrlQuery();
  const query = text.trim();
  const hideNonMatching = params.get('hide') === '1';
  const sortKey = readSortKey(params.get('sort'));
  // What `is:dupe` and `is:maxpower` need of every item, once per groups; each keystroke only reads it.
  const context = useMemo(() => createSearchContext(groups), [groups]);
  const compiled = useMemo(() => compile(query, providerWords[provider], context), [query, provider, context]);
  // A query is unparseable mid-word (`stat:light>=`): keep the last good filter so the grid does not flash.
  const [lastGood, setLastGood] = useState(compiled);
  if (!compiled.error && compiled !== lastGood) setLastGood(compiled);
  const { error } = compiled;
  const matches = error ? lastGood.matches : compiled.matches;
  // The one pass over every item per query: the grid and the count both read its result.
  const { matching, matchCount, total } = useMemo(() => matchGroups(groups, matches), [groups, matches]);
  return {
    text,
    setText,
    flush,
    query,
    matching,
    error,
    hideNonMatching,
    sortKey,
    sort: comparatorFor(sortKey),
    matchCount,
    total,
  };
}

function matchGroups(groups: BucketGroup[], matches: ItemPredicate | null) {
  const matching = matches ? new Map<Bucket, BucketMatches>() : null;
  let matchCount = 0;
  let total = 0;
  for (const group of groups) {
    for (const bucket of group.buckets) {
      total += bucket.items.length;
      if (!matches || !matching) continue;
      const found = matchBucket(bucket, matches);
      matching.set(bucket, found);
      matchCount += found.size;
    }
  }
  return { matching, matchCount: matching ? matchCount : total, total };
}
