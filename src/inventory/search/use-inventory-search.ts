import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BucketGroup } from '../model.ts';
import { comparatorFor, readSortKey, type ItemComparator, type SortKey } from '../sort-items.ts';
import { compileQuery, type ItemPredicate } from './compile-query.ts';
import { parseQuery } from './parse-query.ts';
import { QuerySyntaxError } from './tokenize.ts';

export interface InventorySearch {
  query: string;
  /** Null when nothing filters; while the query does not parse, the last one that did. */
  matches: ItemPredicate | null;
  error: string | null;
  hideNonMatching: boolean;
  /** The order within buckets (`?sort=`), or null for the provider's own. */
  sortKey: SortKey;
  sort: ItemComparator | null;
  matchCount: number;
  total: number;
}

function compile(query: string): { matches: ItemPredicate | null; error: string | null } {
  try {
    const tree = parseQuery(query);
    return { matches: tree ? compileQuery(tree) : null, error: null };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { matches: null, error: error.message };
    throw error;
  }
}

/** The search in the URL (`?q=`, `&hide=1`), compiled once per query and counted over the groups. */
export function useInventorySearch(groups: BucketGroup[]): InventorySearch {
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const hideNonMatching = params.get('hide') === '1';
  const sortKey = readSortKey(params.get('sort'));
  const compiled = useMemo(() => compile(query), [query]);
  // A query is unparseable mid-word (`stat:light>=`): keep the last good filter so the grid does not flash.
  const [lastGood, setLastGood] = useState(compiled);
  if (!compiled.error && compiled !== lastGood) setLastGood(compiled);
  const { error } = compiled;
  const matches = error ? lastGood.matches : compiled.matches;
  const [matchCount, total] = useMemo(() => {
    let count = 0;
    let all = 0;
    for (const group of groups) {
      for (const bucket of group.buckets) {
        all += bucket.items.length;
        if (matches) for (const item of bucket.items) if (matches(item, bucket.name)) count++;
      }
    }
    return [matches ? count : all, all];
  }, [groups, matches]);
  return { query, matches, error, hideNonMatching, sortKey, sort: comparatorFor(sortKey), matchCount, total };
}
