import { createContext, useContext } from 'react';
import type { UIMatch } from 'react-router';
import { fillPattern } from '../../shared/path-pattern.ts';

/**
 * The path of the compare page for the items shown here (a Destiny account's, a PlayFab
 * character's, Xbox's), or null where nothing can be compared. The app shell sets it from the route.
 */
export const CompareScopeContext = createContext<string | null>(null);

export function useCompareScope(): string | null {
  return useContext(CompareScopeContext);
}

/** Put on a route (its `handle`): the pattern of the compare page for the items under it. */
export interface CompareHandle {
  comparePattern: string;
}

function isCompareHandle(handle: unknown): handle is CompareHandle {
  return typeof (handle as CompareHandle | null)?.comparePattern === 'string';
}

/** The compare page's path for the deepest matched route that names one, filled with the URL's parameters. */
export function compareScopeOf(matches: readonly UIMatch[]): string | null {
  const match = matches.findLast((candidate) => isCompareHandle(candidate.handle));
  return match && isCompareHandle(match.handle) ? fillPattern(match.handle.comparePattern, match.params) : null;
}
