/**
 * Declared shared: every page of the app, as the router nests them, so the server can tell a page
 * from a path no route has (and answer 404 with the app's own not-found page), and preload the
 * route modules a page's link will ask for (router.test.ts holds both to the router).
 */

import { destinyPatterns } from '../providers/destiny/route-patterns.ts';
import { playfabPatterns } from '../providers/playfab/route-patterns.ts';
import { xboxPatterns } from '../providers/xbox/route-patterns.ts';
import { matchPattern } from './path-pattern.ts';

export interface AppPage {
  pattern: string;
  /** The route modules the router loads for it, outermost first, as source paths (the build manifest's keys). */
  modules: readonly string[];
  /** Modules its loaders' queries load beside their calls (a provider's parsers), preloaded with the page too. */
  parsers?: readonly string[];
}

const route = (name: string) => `src/routes/${name}`;
const destinyParsers = ['src/providers/destiny/read-responses.ts'];
const playfabPlayer = route('playfab-player-loader.ts');
const playfabCharacter = [playfabPlayer, route('playfab-character-loader.ts')];

export const appPages: readonly AppPage[] = [
  { pattern: '/', modules: [route('home.tsx')] },
  // Destiny's loaders are in the app's first script (router.tsx): only the pages load lazily.
  { pattern: destinyPatterns.account, modules: [route('destiny-account.tsx')], parsers: destinyParsers },
  { pattern: destinyPatterns.compare, modules: [route('destiny-compare.tsx')], parsers: destinyParsers },
  { pattern: destinyPatterns.character, modules: [route('destiny-inventory.tsx')], parsers: destinyParsers },
  { pattern: destinyPatterns.item, modules: [route('destiny-item.tsx')], parsers: destinyParsers },
  { pattern: playfabPatterns.player, modules: [playfabPlayer, route('playfab-player.tsx')] },
  { pattern: playfabPatterns.character, modules: [...playfabCharacter, route('playfab-inventory.tsx')] },
  { pattern: playfabPatterns.compare, modules: [...playfabCharacter, route('playfab-compare.tsx')] },
  { pattern: playfabPatterns.item, modules: [...playfabCharacter, route('playfab-item.tsx')] },
  { pattern: xboxPatterns.inventory, modules: [route('xbox-inventory.tsx')] },
  { pattern: xboxPatterns.item, modules: [route('xbox-item.tsx')] },
  { pattern: xboxPatterns.compare, modules: [route('xbox-compare.tsx')] },
];

export const appPatterns: readonly string[] = appPages.map((page) => page.pattern);

/**
 * The page a route of the app renders at `pathname` (its parameters are the page's to judge), or
 * null. A static segment wins over a parameter, as in the router: `…/compare` is no character.
 */
export function appPageOf(pathname: string): AppPage | null {
  const matching = appPages.filter((page) => matchPattern(page.pattern, pathname) !== null);
  const statics = (page: AppPage) => page.pattern.split('/').filter((part) => part && !part.startsWith(':')).length;
  return matching.sort((a, b) => statics(b) - statics(a))[0] ?? null;
}

export const isAppPath = (pathname: string) => appPageOf(pathname) !== null;
