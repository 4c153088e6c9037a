import { createContext, useContext } from 'react';
import type { UIMatch } from 'react-router';
import { fillPattern } from '../../shared/path-pattern.ts';

/** The query parameter that turns a grid's tiles into choosers: `?choose=1`. */
export const CHOOSE_PARAM = 'choose';

/** Where the items on screen are compared, and what is chosen there; the app shell provides it. */
export interface CompareScope {
  /** The path of the scope's compare page (a Destiny account's, a PlayFab character's, Xbox's). */
  path: string;
  /** Tiles choose items instead of opening them. */
  choosing: boolean;
  chosen: ReadonlySet<string>;
}

/** Null where nothing can be compared. Its value changes only with the scope, the mode or the choice, never while someone types. */
export const CompareScopeContext = createContext<CompareScope | null>(null);

export function useCompareScope(): CompareScope | null {
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
export function comparePathOf(matches: readonly UIMatch[]): string | null {
  const match = matches.findLast((candidate) => isCompareHandle(candidate.handle));
  return match && isCompareHandle(match.handle) ? fillPattern(match.handle.comparePattern, match.params) : null;
}
