import { useCallback, useSyncExternalStore } from 'react';
import { chosenIds, subscribeChosen } from './compare-store.ts';

const NONE: readonly string[] = [];

/** The ids chosen in a scope, re-rendering when they change; none without a scope. */
export function useChosenIds(scope: string | null): readonly string[] {
  const read = useCallback(() => (scope ? chosenIds(scope) : NONE), [scope]);
  return useSyncExternalStore(subscribeChosen, read, () => NONE);
}
