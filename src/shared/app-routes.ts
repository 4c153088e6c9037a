/**
 * Declared shared: every page of the app, as the router nests them, so the server can tell a page
 * from a path no route has (and answer 404 with the app's own not-found page).
 */

import { destinyPatterns } from '../providers/destiny/route-patterns.ts';
import { playfabPatterns } from '../providers/playfab/route-patterns.ts';
import { xboxPatterns } from '../providers/xbox/route-patterns.ts';
import { matchPattern } from './path-pattern.ts';

export const appPatterns: readonly string[] = [
  '/',
  ...Object.values(destinyPatterns),
  ...Object.values(playfabPatterns),
  ...Object.values(xboxPatterns),
];

/** Whether a route of the app renders `pathname` (its parameters are the page's to judge). */
export const isAppPath = (pathname: string) => appPatterns.some((pattern) => matchPattern(pattern, pathname) !== null);
