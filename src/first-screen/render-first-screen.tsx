import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type RouteObject } from 'react-router';
import { createRoutes } from '../router.tsx';
import type { ReadApi } from '../shared/destiny-item-summary.ts';
import { readFirstScreen, type SeededQuery } from './read-first-screen.ts';

/**
 * The app's route tree without its loaders: on the server the page's answers are already in the
 * query cache, and a loader would only start calls that cannot run here. Lazy route modules stay,
 * so the static handler loads the very page the browser will.
 */
function withoutLoaders(routes: RouteObject[]): RouteObject[] {
  return routes.map(
    ({ loader: _loader, shouldRevalidate: _revalidate, children, ...route }) =>
      (children ? { ...route, children: withoutLoaders(children) } : route) as RouteObject,
  );
}

/**
 * What React adds to server HTML that a first screen must go without: `style={}` as attributes,
 * which the CSP blocks (the browser's React sets them through the CSSOM; the live page takes over
 * with them), and a preload link ahead of the markup for every picture, which would only repeat
 * the `<img>` tags a few bytes later. React quotes every attribute value and escapes `"` in it
 * (and `<` in text), so `<img ` is only ever a tag.
 * An element that had a style is marked, so the first screen keeps it out of sight (index.css):
 * a stat bar without its width would read as 0, a talent grid without its columns as one column.
 * Pictures load lazily: the first frame is drawn before their forty-odd requests, not among them.
 */
const withoutExtras = (html: string) =>
  html
    .replace(/^(?:<link rel="preload" as="image" [^>]*\/>)+/, '')
    .replace(/ style="[^"]*"/g, ' data-unstyled=""')
    .replace(/<img /g, '<img loading="lazy" ');

/**
 * The page at `url` as the app renders it with `queries` answered: the shell, the heading and the
 * content, rendered with the app's own routes and components by React, which escapes every text
 * and attribute. Markup only: the browser's app does not hydrate it, it replaces it once its own
 * page has content (first-screen-hand-off.ts).
 */
export async function renderFirstScreen(url: URL, queries: SeededQuery[]): Promise<string> {
  const queryClient = new QueryClient();
  for (const { queryKey, data } of queries) queryClient.setQueryData(queryKey, data);
  const handler = createStaticHandler(withoutLoaders(createRoutes(queryClient)));
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error('The first screen cannot render a redirect.');
  const router = createStaticRouter(handler.dataRoutes, context);
  try {
    return withoutExtras(
      renderToString(
        <QueryClientProvider client={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>,
      ),
    );
  } finally {
    queryClient.clear();
  }
}

/** The first screen of the page behind `url`, its answers read with `read`; null for a page that has none. */
export async function firstScreenOf(read: ReadApi, url: URL): Promise<string | null> {
  const queries = await readFirstScreen(read, url);
  return queries && renderFirstScreen(url, queries);
}
