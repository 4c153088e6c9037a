import { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { destinyPaths } from './providers/destiny/paths.ts';
import { destinyPatterns } from './providers/destiny/route-patterns.ts';
import { playfabPaths } from './providers/playfab/paths.ts';
import { playfabPatterns } from './providers/playfab/route-patterns.ts';
import { xboxPaths } from './providers/xbox/paths.ts';
import { xboxPatterns } from './providers/xbox/route-patterns.ts';
import { createRoutes } from './router.tsx';
import { readFileSync } from 'node:fs';
import { appPages, appPatterns, isAppPath } from './shared/app-routes.ts';

const routes = createRoutes(new QueryClient());

/** The whole pattern of the deepest route a link reaches, and the parameters the router reads from it. */
function routeOf(link: string) {
  const matches = matchRoutes(routes, link) ?? [];
  const pattern = `/${matches.map((match) => match.route.path ?? '').join('/')}`.replace(/\/+/g, '/');
  return { pattern: pattern.length > 1 ? pattern.replace(/\/$/, '') : pattern, params: matches.at(-1)?.params };
}

const account = { membershipType: '2', membershipId: '4611686018467284913' };
const character = { ...account, characterId: '2305843009299990404' };
const player = { titleId: 'E3F1A', playFabId: '6C0F9A2E41B7D358' };
const playfabCharacter = { ...player, characterId: '0BADC0DE0BADC0DE' };

const links: [string, string, Record<string, string>][] = [
  [destinyPaths.account(2, account.membershipId, 'Titan Main'), destinyPatterns.account, account],
  [
    destinyPaths.inventory(2, account.membershipId, character.characterId, 'Titan Main'),
    destinyPatterns.character,
    character,
  ],
  [
    destinyPaths.item(2, account.membershipId, character.characterId, '6917529033189743363'),
    destinyPatterns.item,
    { ...character, itemInstanceId: '6917529033189743363' },
  ],
  [
    destinyPaths.stack(2, account.membershipId, character.characterId, '1772853454'),
    destinyPatterns.item,
    { ...character, itemInstanceId: '0' },
  ],
  [playfabPaths.player(player.titleId, player.playFabId), playfabPatterns.player, player],
  [
    playfabPaths.inventory(player.titleId, player.playFabId, playfabCharacter.characterId),
    playfabPatterns.character,
    playfabCharacter,
  ],
  [
    playfabPaths.item(player.titleId, player.playFabId, playfabCharacter.characterId, 'A1/odd id'),
    playfabPatterns.item,
    { ...playfabCharacter, itemInstanceId: 'A1/odd id' },
  ],
  [xboxPaths.inventory(), xboxPatterns.inventory, {}],
  [xboxPaths.inventory({ itemType: 'Game', productIds: '9NBLGGH4R315' }), xboxPatterns.inventory, {}],
  [xboxPaths.item('xuid;9ABC;9ABC'), xboxPatterns.item, { itemId: 'xuid;9ABC;9ABC' }],
  [destinyPaths.compare(2, account.membershipId, ['6917529033189743363', '1'], '1'), destinyPatterns.compare, account],
  [
    playfabPaths.compare(player.titleId, player.playFabId, playfabCharacter.characterId, ['A1', 'B2']),
    playfabPatterns.compare,
    playfabCharacter,
  ],
  [xboxPaths.compare(['xuid;9ABC;9ABC', 'xuid;9DEF']), xboxPatterns.compare, {}],
];

describe('link builders and the router', () => {
  it.each(links)('%s reaches the route of %s, with the parameters it was built from', (link, pattern, params) => {
    expect(routeOf(link)).toEqual({ pattern, params });
  });

  it('sends an unknown path to the not-found page', () => {
    expect(routeOf('/destiny').pattern).toBe('/*');
    expect(isAppPath('/destiny')).toBe(false);
  });

  it("gives the server every page's pattern, so it answers 404 exactly where the router shows not-found", () => {
    const pages = new Set<string>();
    const walk = (list: RouteObject[], parent: string) => {
      for (const route of list) {
        const path = route.path?.startsWith('/') ? route.path : `${parent}/${route.path ?? ''}`.replace(/\/+/g, '/');
        if (route.index || (route.path && !route.children)) pages.add(path.length > 1 ? path.replace(/\/$/, '') : path);
        if (route.children) walk(route.children, path);
      }
    };
    walk(routes, '');
    pages.delete('/*');
    expect([...pages].sort()).toEqual([...appPatterns].sort());
    for (const [link] of links) expect(isAppPath(new URL(link, 'http://x').pathname)).toBe(true);
  });

  it('names, for the server to preload, every route module the router loads and no other', () => {
    const source = readFileSync(new URL('./router.tsx', import.meta.url), 'utf8');
    const loaded = [...source.matchAll(/import\('\.\/(routes\/[^']+)'\)/g)].map((match) => `src/${match[1]}`);
    expect(new Set(appPages.flatMap((page) => page.modules))).toEqual(new Set(loaded));
  });
});
