import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject, ShouldRevalidateFunctionArgs } from 'react-router';
import { AppLayout } from './routes/AppLayout.tsx';
import { AppLoading } from './routes/AppLoading.tsx';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { RouteErrorBoundary } from './routes/RouteErrorBoundary.tsx';
import { appConfigQuery } from './app-config.ts';
import { sessionQuery } from './session.ts';
import { startQuery } from './query-client.ts';
import type { CompareHandle } from './inventory/compare/compare-scope.ts';
import { destinyPatterns, destinyRoutePaths } from './providers/destiny/route-patterns.ts';
import { loader as destinyAccountLoader } from './routes/destiny-account-loader.ts';
import { loader as destinyCharacterLoader } from './routes/destiny-character-loader.ts';
import { loader as destinyItemLoader } from './routes/destiny-item-loader.ts';
import { playfabPatterns, playfabRoutePaths } from './providers/playfab/route-patterns.ts';
import { xboxPatterns } from './providers/xbox/route-patterns.ts';

/**
 * A route module: a page, a loader that starts the route's own queries, or both. A level that
 * only starts queries (an account, a character) renders its child routes.
 */
interface RouteModule {
  Component?: React.ComponentType;
  loader?: (queryClient: QueryClient, args: LoaderFunctionArgs) => null;
}

/**
 * View state no loader reads: search and sort (`q`, `hide`, `sort`), the organizer table (`view`,
 * `ocol`, `odir`), the compare mode of a grid (`choose`), a comparison's reference (`ref`) and an
 * item's chosen talent node (`node`).
 */
const VIEW_PARAMS = ['q', 'hide', 'sort', 'view', 'ocol', 'odir', 'choose', 'ref', 'node'];

/** The URL without its view state: what the loaders read. */
function withoutSearch(url: URL): string {
  const params = new URLSearchParams(url.search);
  for (const name of VIEW_PARAMS) params.delete(name);
  return `${url.pathname}?${params}`;
}

/** Typing a search rewrites the URL at every pause; that alone is no reason to run loaders again. */
function shouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs): boolean {
  return withoutSearch(currentUrl) === withoutSearch(nextUrl) ? false : defaultShouldRevalidate;
}

/** Route modules load lazily, so the first page ships only the shell and its own code. */
function lazyRoute(queryClient: QueryClient, load: () => Promise<RouteModule>): RouteObject['lazy'] {
  return async () => {
    const { Component, loader } = await load();
    return {
      ...(Component && { Component }),
      ...(loader && withLoader(queryClient, loader)),
    };
  };
}

/** A route module's loader, handed the query client; run again only when the data's URL changes. */
function withLoader(queryClient: QueryClient, loader: NonNullable<RouteModule['loader']>) {
  return { loader: (args: LoaderFunctionArgs) => loader(queryClient, args), shouldRevalidate };
}

/** Where items chosen under a route are compared: a Destiny account, a PlayFab character, Xbox. */
const compareIn = (comparePattern: string): { handle: CompareHandle } => ({ handle: { comparePattern } });

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: AppLayout,
      ErrorBoundary: RouteErrorBoundary,
      HydrateFallback: AppLoading,
      shouldRevalidate,
      loader: () => {
        startQuery(queryClient, appConfigQuery);
        startQuery(queryClient, sessionQuery);
        return null;
      },
      children: [
        {
          ErrorBoundary: RouteErrorBoundary,
          children: [
            { index: true, lazy: lazyRoute(queryClient, () => import('./routes/home.tsx')) },
            {
              path: destinyRoutePaths.account,
              ...compareIn(destinyPatterns.compare),
              // Destiny's loaders are in the first script, not their pages' chunks: a shared link's
              // calls start as soon as the shell runs, with the page's code rather than after it.
              ...withLoader(queryClient, destinyAccountLoader),
              children: [
                { index: true, lazy: lazyRoute(queryClient, () => import('./routes/destiny-account.tsx')) },
                {
                  path: destinyRoutePaths.compare,
                  lazy: lazyRoute(queryClient, () => import('./routes/destiny-compare.tsx')),
                },
                {
                  path: destinyRoutePaths.character,
                  ...withLoader(queryClient, destinyCharacterLoader),
                  children: [
                    { index: true, lazy: lazyRoute(queryClient, () => import('./routes/destiny-inventory.tsx')) },
                    {
                      path: destinyRoutePaths.item,
                      ...withLoader(queryClient, destinyItemLoader),
                      lazy: lazyRoute(queryClient, () => import('./routes/destiny-item.tsx')),
                    },
                  ],
                },
              ],
            },
            {
              path: playfabRoutePaths.player,
              lazy: lazyRoute(queryClient, () => import('./routes/playfab-player-loader.ts')),
              children: [
                { index: true, lazy: lazyRoute(queryClient, () => import('./routes/playfab-player.tsx')) },
                {
                  path: playfabRoutePaths.character,
                  ...compareIn(playfabPatterns.compare),
                  lazy: lazyRoute(queryClient, () => import('./routes/playfab-character-loader.ts')),
                  children: [
                    { index: true, lazy: lazyRoute(queryClient, () => import('./routes/playfab-inventory.tsx')) },
                    {
                      path: playfabRoutePaths.compare,
                      lazy: lazyRoute(queryClient, () => import('./routes/playfab-compare.tsx')),
                    },
                    {
                      path: playfabRoutePaths.item,
                      lazy: lazyRoute(queryClient, () => import('./routes/playfab-item.tsx')),
                    },
                  ],
                },
              ],
            },
            {
              path: xboxPatterns.inventory,
              ...compareIn(xboxPatterns.compare),
              lazy: lazyRoute(queryClient, () => import('./routes/xbox-inventory.tsx')),
            },
            {
              path: xboxPatterns.item,
              ...compareIn(xboxPatterns.compare),
              lazy: lazyRoute(queryClient, () => import('./routes/xbox-item.tsx')),
            },
            {
              path: xboxPatterns.compare,
              ...compareIn(xboxPatterns.compare),
              lazy: lazyRoute(queryClient, () => import('./routes/xbox-compare.tsx')),
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}
