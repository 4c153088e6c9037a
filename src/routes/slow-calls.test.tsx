import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { richInventoryResponse } from '../../test/fixtures/destiny-inventory.ts';
import { CHARACTER, charactersData, ok as playfabOk, PLAYER, TITLE } from '../../test/fixtures/playfab.ts';
import { demoConfig, renderRoute } from '../../test/render-route.tsx';
import { createQueryClient } from '../query-client.ts';
import { bungieOk as ok, oneCharacterAccount } from '../../test/fixtures/bungie-envelope.ts';

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });

const account = oneCharacterAccount(3655393761);
const INVENTORY_URL = '/destiny/2/4611686018400000001/2305843009200000001';

/** The proxy's own answer when it could not reach Bungie, asking for a wait of three seconds. */
const unreachable = () =>
  json(
    { error: { code: 'upstream_unreachable', message: 'Bungie could not be reached.', provider: 'bungie' } },
    { status: 502, headers: { 'Retry-After': '3' } },
  );

/** A call that never answers, until its caller aborts it: what a slow upstream looks like from the page. */
const hang = (signal: AbortSignal) =>
  new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

/** Answers the config and account at once; the watched call (`pattern`) by `answer`, given its number and signal. */
function serve(pattern: RegExp, answer: (call: number, signal: AbortSignal) => Response | Promise<Response>) {
  const signals: AbortSignal[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    if (url.endsWith('/api/config'))
      return json({ ...demoConfig, providers: { ...demoConfig.providers, playfab: { mode: 'demo' } } });
    if (pattern.test(url)) {
      signals.push(init.signal!);
      return answer(signals.length, init.signal!);
    }
    if (/\/Account\/4611686018400000001\//.test(url)) return json(account);
    throw new Error(`unexpected fetch ${url}`);
  });
  return signals;
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
/** Renders the route and lets it mount, so the indicator sees the page's queries from here on. */
async function open(url: string) {
  renderRoute(url, createQueryClient());
  await advance(100);
}
/** Text on screen, not the screen reader's copy in the live region. */
const shown = (text: string) => screen.getByText(text, { ignore: '[aria-live], script, style' });

// Route modules, the readers and the in-page parser load lazily; loaded once here, they are found
// without waiting on real time (a busy machine took longer to load the account's readers than the
// test's clock took to reach its assertions, and the indicator then showed the account's call).
beforeAll(async () => {
  await Promise.all([
    import('../providers/destiny/read-responses.ts'),
    import('./destiny-account-loader.ts'),
    import('./destiny-character-loader.ts'),
    import('./destiny-inventory.tsx'),
    import('./playfab-player-loader.ts'),
    import('./playfab-player.tsx'),
    import('../providers/destiny/inventory-task.ts'),
  ]);
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a slow or retried call', () => {
  it('says the wait the provider asked for, then which try and how long, and Cancel stops the request', async () => {
    const signals = serve(/\/Inventory\//, (call, signal) =>
      call === 1 ? unreachable() : call === 2 ? hang(signal) : json(ok(richInventoryResponse)),
    );
    await open(INVENTORY_URL);
    await advance(100);
    expect(shown('Bungie asked us to wait: trying again in 3 s')).toBeInTheDocument();
    await advance(3000);
    expect(signals).toHaveLength(2);
    await advance(9300);
    expect(shown('Waiting for Bungie: try 2 of 3, 12 s')).toBeInTheDocument();
    // Said once per phase to a screen reader, without the ticking seconds.
    expect(screen.getByText('Waiting for Bungie: try 2 of 3')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByLabelText('Loading inventory')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await advance(0);
    expect(signals[1]!.aborted).toBe(true);
    expect(shown('Cancelled. The request to Bungie was stopped.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Loading inventory')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await advance(20_000);
    expect(signals).toHaveLength(2);

    screen.getByRole('button', { name: 'Try again' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await advance(100);
    expect(screen.getByRole('region', { name: 'Primary Weapons' })).toBeInTheDocument();
    expect(screen.queryByText(/Cancelled|Waiting for/)).toBeNull();
    // The button went with the cancelled line; the focus stayed in the page.
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows nothing for a call that answers within a second', async () => {
    serve(
      /\/Inventory\//,
      () => new Promise((resolve) => setTimeout(() => resolve(json(ok(richInventoryResponse))), 800)),
    );
    await open(INVENTORY_URL);
    await advance(800);
    expect(screen.getByRole('region', { name: 'Primary Weapons' })).toBeInTheDocument();
    expect(screen.queryByText(/Waiting for/)).toBeNull();
  });

  it('keeps the data on screen when a slow refresh is cancelled', async () => {
    serve(/\/Inventory\//, (call, signal) => (call === 1 ? json(ok(richInventoryResponse)) : hang(signal)));
    await open(INVENTORY_URL);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await advance(2100);
    expect(shown('Waiting for Bungie: try 1 of 3, 2 s')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await advance(0);
    expect(shown('Cancelled. The request to Bungie was stopped.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Primary Weapons' })).toBeInTheDocument();
  });

  it('names the provider of the page: PlayFab', async () => {
    serve(/GetAllUsersCharacters$/, (call, signal) => (call === 1 ? hang(signal) : json(playfabOk(charactersData))));
    await open(`/playfab/${TITLE}/players/${PLAYER}`);
    await advance(4100);
    expect(shown('Waiting for PlayFab: try 1 of 3, 4 s')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await advance(0);
    expect(shown('Cancelled. The request to PlayFab was stopped.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await advance(100);
    expect(screen.getByRole('link', { name: /Wren/ })).toHaveAttribute('href', expect.stringContaining(CHARACTER));
  });
});
