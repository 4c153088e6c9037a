import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../query-client.ts';
import { createRoutes } from '../router.tsx';

const ACCOUNT = '/destiny/2/4611686018467284913';
const CHARACTER = `${ACCOUNT}/2305843009299990404`;
const PLAYER = '/playfab/E3F1A/players/6C0F9A2E41B7D358';

/** What the shell's loader starts on every page. */
const SHELL: unknown[] = ['config', 'session'];

/** The keys of the queries the loaders started, but the shell's config and session; sorted, as route modules load in parallel. */
const started = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .getAll()
    .map((query) => query.queryKey)
    .filter(([first]) => !SHELL.includes(first))
    .sort((a, b) => a.length - b.length || JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function load(url: string, answer: () => Promise<Response> = () => new Promise(() => {})) {
  const requests: string[] = [];
  // Never answers, by default: only what was started counts.
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => (requests.push(String(input)), answer()));
  const queryClient = createQueryClient({ retry: false });
  // Every start of a query by a loader, the shell's own aside: a loader that ran again shows here twice.
  const starts: QueryKey[] = [];
  const query = queryClient.query.bind(queryClient);
  vi.spyOn(queryClient, 'query').mockImplementation((options) => {
    if (!SHELL.includes(options.queryKey[0])) starts.push(options.queryKey);
    return query(options);
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  await vi.waitFor(() => expect(router.state.initialized).toBe(true));
  return { queryClient, router, requests, starts };
}

afterEach(() => vi.unstubAllGlobals());

describe('nested route loaders', () => {
  it("start each level once: an item first, then its account and character once the item's call is answered", async () => {
    const item = [
      'destiny',
      2,
      '4611686018467284913',
      'inventory',
      '2305843009299990404',
      'item',
      '6917529033189743363',
    ];
    const waiting = await load(`${CHARACTER}/items/6917529033189743363`);
    expect(started(waiting.queryClient)).toEqual([item]);
    // Answered, here with a failure: the rest starts all the same.
    const { queryClient } = await load(`${CHARACTER}/items/6917529033189743363`, () => Promise.reject(new TypeError()));
    await vi.waitFor(() =>
      expect(started(queryClient)).toEqual([
        ['destiny', 2, '4611686018467284913', 'account'],
        ['destiny', 2, '4611686018467284913', 'inventory', '2305843009299990404'],
        item,
      ]),
    );
  });

  it.each([
    `${ACCOUNT}/abc`,
    `${CHARACTER}/items/x1`,
    `${CHARACTER}/items/0?hash=nope`,
    `${PLAYER}/characters/bad.id`,
    `${PLAYER}/characters/B41E07C9D2A3F685/items/${'x'.repeat(101)}`,
  ])('send no request at all for a link malformed further down: %s', async (url) => {
    const { queryClient, router } = await load(url);
    expect(started(queryClient)).toEqual([]);
    expect(router.state.errors).not.toBeNull();
  });

  it('start no call of its own for a stack, which the inventory holds', async () => {
    const { queryClient } = await load(`${CHARACTER}/items/0?hash=1772853454`);
    expect(started(queryClient)).toHaveLength(2);
  });

  it('from the inventory to an item, start only the item: the levels above do not run again', async () => {
    const { router, starts, requests } = await load(CHARACTER);
    const [startsBefore, requestsBefore] = [starts.length, requests.length];
    await router.navigate(`${CHARACTER}/items/6917529033189743363`);
    expect(starts.slice(startsBefore)).toEqual([
      ['destiny', 2, '4611686018467284913', 'inventory', '2305843009299990404', 'item', '6917529033189743363'],
    ]);
    await vi.waitFor(() => expect(requests.length).toBeGreaterThan(requestsBefore));
    expect(requests.slice(requestsBefore)).toEqual([
      '/api/bungie/Platform/Destiny/2/Account/4611686018467284913/Character/2305843009299990404/Inventory/6917529033189743363/?definitions=true',
    ]);
  });

  it('run no loader again when only view state changes: organizer table, compare mode or reference', async () => {
    const { router, starts } = await load(CHARACTER);
    const startsBefore = starts.length;
    await router.navigate(`${CHARACTER}?view=organizer&ocol=name&odir=desc&choose=1&ref=1&q=arc`);
    expect(starts.slice(startsBefore)).toEqual([]);
  });

  it("start PlayFab's characters for the player, and the inventory for a character and its items", async () => {
    const { queryClient } = await load(`${PLAYER}/characters/0BADC0DE0BADC0DE/items/00000000000000A1`);
    expect(started(queryClient)).toEqual([
      ['playfab', 'E3F1A', '6C0F9A2E41B7D358', 'characters'],
      ['playfab', 'E3F1A', '6C0F9A2E41B7D358', 'inventory', '0BADC0DE0BADC0DE'],
    ]);
  });
});
