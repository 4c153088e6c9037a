import { useMemo } from 'react';
import { useMatches, useSearchParams } from 'react-router';
import { CHOOSE_PARAM, comparePathOf, type CompareScope } from './compare-scope.ts';
import { useChosenIds } from './use-chosen-ids.ts';

/** For the app shell: the compare scope of the current route, what is chosen in it, and whether tiles choose. */
export function useCompareScopeValue(): { scope: CompareScope | null; chosenIds: readonly string[] } {
  const path = comparePathOf(useMatches());
  const chosenIds = useChosenIds(path);
  const choosing = useSearchParams()[0].get(CHOOSE_PARAM) === '1';
  const scope = useMemo(
    () => (path ? { path, choosing, chosen: new Set(chosenIds) } : null),
    [path, choosing, chosenIds],
  );
  return { scope, chosenIds };
}
