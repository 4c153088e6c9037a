import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createQueryClient } from '../src/query-client.ts';
import { createRoutes } from '../src/router.tsx';

export type FakeRoute = [pattern: RegExp, respond: (url: string) => unknown];

/** Answers fetches from a table of URL patterns; unmatched URLs fail the test loudly. */
export function stubFetch(routes: FakeRoute[]) {
  const calls: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    const route = routes.find(([pattern]) => pattern.test(url));
    if (!route) throw new Error(`unexpected fetch ${url}`);
    const body = route[1](url);
    if (body instanceof Response) return body;
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

export const demoConfig = {
  providers: { bungie: { mode: 'demo' }, playfab: { mode: 'unavailable' }, xbox: { mode: 'unavailable' } },
};

/** Renders the real route tree at a URL with a fresh query client, retries off unless the test brings its own client. */
export function renderRoute(url: string, queryClient = createQueryClient({ retry: false })) {
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
