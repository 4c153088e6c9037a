import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';
import { bungieOk as ok } from '../../test/fixtures/bungie-envelope.ts';

const configWithDirectory = {
  ...demoConfig,
  demo: {
    bungie: {
      accounts: [
        {
          displayName: 'Vesper Nine',
          membershipType: 2,
          membershipId: '4611686018400000001',
          characters: [{ characterId: '2305843009200000001', className: 'Warlock' }],
        },
      ],
      scenarios: [
        {
          id: 'maintenance',
          title: 'Maintenance',
          description: 'Every call answers ErrorCode 5.',
          membershipType: 1,
          membershipId: '4611686018400000099',
        },
      ],
    },
  },
};

afterEach(() => vi.unstubAllGlobals());

describe('start page', () => {
  it('lists the providers, the demo accounts and the error scenarios as links', async () => {
    stubFetch([[/\/api\/config$/, () => configWithDirectory]]);
    renderRoute('/');
    expect(await screen.findByRole('link', { name: 'Vesper Nine' })).toHaveAttribute(
      'href',
      '/destiny/2/4611686018400000001?player=Vesper%20Nine',
    );
    expect(screen.getByRole('link', { name: 'Warlock of Vesper Nine' })).toHaveAttribute(
      'href',
      '/destiny/2/4611686018400000001/2305843009200000001?player=Vesper%20Nine',
    );
    expect(screen.getByRole('link', { name: 'Maintenance' })).toHaveAttribute('href', '/destiny/1/4611686018400000099');
    // The demo players lead; the error scenarios wait, folded, under one disclosure.
    const players = screen.getByRole('region', { name: 'Try a demo player' });
    const providerList = screen.getByRole('list', { name: 'Providers' });
    expect(players.compareDocumentPosition(providerList) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const disclosure = screen.getByText('Error scenarios').closest('details')!;
    expect(disclosure).not.toHaveAttribute('open');
    expect(within(disclosure).getByRole('link', { name: 'Maintenance' })).toBeInTheDocument();
    const providers = within(screen.getByRole('list', { name: 'Providers' })).getAllByRole('listitem');
    expect(providers.map((p) => p.textContent)).toEqual([
      expect.stringContaining('Demo data'),
      expect.stringContaining('Coming soon'),
      expect.stringContaining('Coming soon'),
    ]);
  });

  it('searches from the form, keeps the search in the URL and links to the account found', async () => {
    const calls = stubFetch([
      [/\/api\/config$/, () => demoConfig],
      [
        /SearchDestinyPlayer\/2\/Vesper%20Nine\/$/,
        () => ok([{ membershipType: 2, membershipId: '4611686018400000001', displayName: 'Vesper Nine' }]),
      ],
    ]);
    const { router } = renderRoute('/');
    await userEvent.selectOptions(await screen.findByLabelText('Platform'), 'PlayStation');
    await userEvent.type(screen.getByLabelText('Player name'), 'Vesper Nine');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    const results = await screen.findByRole('list', { name: 'Players found' });
    expect(within(results).getByRole('link')).toHaveAttribute(
      'href',
      '/destiny/2/4611686018400000001?player=Vesper%20Nine',
    );
    expect(router.state.location.search).toBe('?platform=2&name=Vesper+Nine');
    expect(calls.filter((url) => url.includes('SearchDestinyPlayer'))).toHaveLength(1);
  });

  it('says plainly when nobody matches', async () => {
    stubFetch([
      [/\/api\/config$/, () => demoConfig],
      [/SearchDestinyPlayer\/-1\/nobody\/$/, () => ok([])],
    ]);
    renderRoute('/?platform=-1&name=nobody');
    expect(await screen.findByText(/No Destiny player named “nobody”/)).toBeInTheDocument();
  });
});

describe('start page, PlayFab', () => {
  const playfab = {
    titleId: 'B7C2D',
    players: [
      {
        playFabId: '1F2E3D4C5B6A7988',
        displayName: 'Wren Player',
        characters: [{ characterId: 'AA11BB22CC33DD44', name: 'Wren', type: 'Scout' }],
      },
    ],
    scenarios: [
      {
        id: 'unavailable',
        title: 'Service unavailable',
        description: 'Every call answers 1123.',
        playFabId: '0000000000000001',
        characterId: '0000000000000002',
      },
    ],
  };

  it('lists the demo players with their characters, the scenarios, and opens a player by id', async () => {
    stubFetch([
      [
        /\/api\/config$/,
        () => ({ ...demoConfig, providers: { ...demoConfig.providers, playfab: { mode: 'demo' } }, demo: { playfab } }),
      ],
      [/GetAllUsersCharacters$/, () => ({ code: 200, status: 'OK', data: { Characters: [] } })],
    ]);
    const { router } = renderRoute('/');
    expect(await screen.findByRole('link', { name: 'Wren Player' })).toHaveAttribute(
      'href',
      '/playfab/B7C2D/players/1F2E3D4C5B6A7988',
    );
    expect(screen.getByRole('link', { name: /^Wren · .+ of Wren Player$/ })).toHaveAttribute(
      'href',
      '/playfab/B7C2D/players/1F2E3D4C5B6A7988/characters/AA11BB22CC33DD44',
    );
    expect(screen.getByRole('link', { name: 'Service unavailable' })).toHaveAttribute(
      'href',
      '/playfab/B7C2D/players/0000000000000001/characters/0000000000000002',
    );
    const form = screen.getByRole('form', { name: 'Open a PlayFab player' });
    expect(within(form).getByLabelText('Title id')).toHaveValue('B7C2D');
    const id = within(form).getByLabelText('PlayFab id');
    await userEvent.type(id, 'Wren_01');
    await userEvent.click(within(form).getByRole('button', { name: 'Open' }));
    expect(within(form).getByText('A PlayFab id is 16 hex digits (0 to 9 and A to F).')).toBeInTheDocument();
    // Any case, as the field says: sent as PlayFab writes it.
    await userEvent.clear(id);
    await userEvent.type(id, 'abcdef0123456789');
    await userEvent.click(within(form).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/playfab/B7C2D/players/ABCDEF0123456789'));
  });
});
