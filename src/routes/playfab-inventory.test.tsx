import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CHARACTER,
  catalogData,
  charactersData,
  inventoryData,
  ok,
  PLAYER,
  TITLE,
} from '../../test/fixtures/playfab.ts';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';

const URL = `/playfab/${TITLE}/players/${PLAYER}/characters/${CHARACTER}`;
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Catalogs answer by the version in the POST body, which the table of URLs cannot see. */
function serve(inventory: () => unknown = () => ok(inventoryData)) {
  const bodies: string[] = [];
  const calls = stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [/GetAllUsersCharacters$/, () => ok(charactersData)],
    [/GetCharacterInventory$/, inventory],
    [/GetCatalogItems$/, () => ok(catalogData[JSON.parse(bodies.at(-1) ?? '{}').CatalogVersion] ?? { Catalog: [] })],
  ]);
  const stubbed = globalThis.fetch as unknown as (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(String(init?.body ?? ''));
    return stubbed(input, init);
  });
  return { calls, bodies };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('PlayFab inventory page', () => {
  it('shows items grouped by class with catalog names, uses left and marks, and only allowlisted POSTs', async () => {
    const { calls, bodies } = serve();
    renderRoute(URL);
    const tools = await screen.findAllByRole('region', { name: 'Tool' });
    expect(
      within(tools[0]!)
        .getAllByRole('link')
        .map((link) => link.getAttribute('aria-label')),
    ).toEqual(['Pine Torch, Rare Tool', 'Rope (bought), Tool']);
    expect(within(tools[0]!).getAllByRole('link')[0]).toHaveAttribute('href', `${URL}/items/00000000000000A1`);
    expect(screen.getByRole('region', { name: 'Consumable' })).toHaveTextContent('7');
    expect(within(screen.getByRole('region', { name: 'Bundle' })).getByRole('link')).toHaveAccessibleName(
      expect.stringContaining('bundle'),
    );
    expect(screen.getByRole('heading', { level: 1, name: "Wren's inventory" })).toBeInTheDocument();
    expect(
      calls
        .filter((url) => url.includes('/api/playfab/'))
        .every((url) => url.startsWith(`/api/playfab/${TITLE}/Server/`)),
    ).toBe(true);
    expect(bodies).toContain(JSON.stringify({ PlayFabId: PLAYER, CharacterId: CHARACTER }));
  });

  it('filters by catalog version from the URL', async () => {
    serve();
    renderRoute(`${URL}?catalog=v2`);
    const tool = await screen.findByRole('region', { name: 'Tool' });
    expect(within(tool).getAllByRole('link')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Bundle' })).toBeNull();
    expect(screen.getByRole('link', { name: 'v2' })).toHaveAttribute('aria-current', 'page');
  });

  it('keeps the search when switching catalogs', async () => {
    serve();
    renderRoute(`${URL}?catalog=v2&q=is%3Arare`);
    await screen.findByRole('region', { name: 'Tool' });
    expect(screen.getByRole('combobox', { name: 'Search items' })).toHaveValue('is:rare');
    expect(screen.getByRole('link', { name: 'v2' })).toHaveAttribute('href', `${URL}?catalog=v2&q=is%3Arare`);
    // What is being typed counts at once, before the URL has it.
    await userEvent.type(screen.getByRole('combobox', { name: 'Search items' }), ' -is:locked');
    expect(screen.getByRole('link', { name: 'v2' })).toHaveAttribute(
      'href',
      `${URL}?catalog=v2&q=is%3Arare+-is%3Alocked`,
    );
  });

  it('counts down to the next recharge every second and advances the balance at zero, without refetching', async () => {
    vi.useFakeTimers({
      toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
      shouldAdvanceTime: true,
    });
    const { calls } = serve();
    renderRoute(URL);
    const currencies = await screen.findByRole('list', { name: 'Currencies' });
    const energy = () => within(currencies).getAllByRole('listitem')[2]!;
    expect(energy()).toHaveTextContent(/EN3 \/ 5 · \+1 in 1:(30|29)/);
    expect(within(currencies).getAllByRole('listitem')[1]).toHaveTextContent('GS0');
    const before = calls.length;
    await act(async () => vi.advanceTimersByTime(30_000));
    expect(energy()).toHaveTextContent(/\+1 in 1:0[01]/);
    await act(async () => vi.advanceTimersByTime(61_000));
    expect(energy()).toHaveTextContent('EN4 / 5');
    expect(calls.length).toBe(before);
  });

  it('says plainly when the character does not exist (1135)', async () => {
    serve(() =>
      json(
        {
          code: 400,
          status: 'BadRequest',
          error: 'CharacterNotFound',
          errorCode: 1135,
          errorMessage: 'Character not found',
        },
        400,
      ),
    );
    renderRoute(URL);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Character not found' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('1135 CharacterNotFound');
    expect(within(alert).getByRole('link', { name: 'Back to the player' })).toHaveAttribute(
      'href',
      `/playfab/${TITLE}/players/${PLAYER}`,
    );
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

describe('PlayFab item page', () => {
  it('shows the catalog description, tags, acquisition, custom data and bundle links', async () => {
    serve();
    renderRoute(`${URL}/items/00000000000000A1`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pine Torch' })).toBeInTheDocument();
    expect(screen.getByText('Pine Torch, described.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['rare', 'light']);
    expect(screen.getByText(/Purchased for 30 CO/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Custom data' });
    expect(within(table).getByRole('row', { name: 'lit yes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('links a bundle to its contents and an item to its bundle', async () => {
    serve();
    renderRoute(`${URL}/items/00000000000000A6`);
    expect(await screen.findByRole('link', { name: 'Supply Crate' })).toHaveAttribute(
      'href',
      `${URL}/items/00000000000000A5`,
    );
    expect(screen.getByText('Uses left').nextElementSibling).toHaveTextContent('7');
  });

  it('says so when the item is no longer there, with a way back', async () => {
    serve();
    renderRoute(`${URL}/items/FFFFFFFFFFFFFFFF`);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Item not found' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Back to the inventory' })).toHaveAttribute('href', URL);
  });
});
