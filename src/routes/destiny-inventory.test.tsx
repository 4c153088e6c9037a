import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { richInventoryResponse } from '../../test/fixtures/destiny-inventory.ts';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';
import { bungieOk as ok } from '../../test/fixtures/bungie-envelope.ts';

const fail = (ErrorCode: number, ErrorStatus: string, Message: string, ThrottleSeconds = 0) => ({
  ErrorCode,
  ThrottleSeconds,
  ErrorStatus,
  Message,
  MessageData: {},
});

const account = ok({
  data: {
    membershipId: '4611686018400000001',
    membershipType: 2,
    characters: [
      {
        characterBase: {
          characterId: '2305843009200000001',
          classHash: 3655393761,
          raceHash: 898834093,
          genderHash: 3111576190,
          powerLevel: 320,
        },
        characterLevel: 40,
      },
      { characterBase: { characterId: '2305843009200000002', classHash: 671679327 }, characterLevel: 12 },
    ],
  },
});

const URL = '/destiny/2/4611686018400000001/2305843009200000001';

function serve(inventory: () => unknown) {
  return stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [/\/Account\/4611686018400000001\/\?definitions=true$/, () => account],
    [/\/Character\/2305843009200000001\/Inventory\//, inventory],
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('Destiny inventory page', () => {
  it('shows buckets as labelled sections, tiles as links, the equipped item marked, and currencies', async () => {
    serve(() => ok(richInventoryResponse));
    renderRoute(URL);
    const primary = await screen.findByRole('region', { name: 'Primary Weapons' });
    const tiles = within(primary).getAllByRole('link');
    expect(tiles[0]).toHaveAccessibleName(expect.stringMatching(/^Lantern Oath, .*equipped$/));
    expect(tiles[0]).toHaveAttribute('href', `${URL}/items/6917529000000000002`);
    expect(tiles[1]).not.toHaveAccessibleName(expect.stringContaining('equipped'));
    expect(screen.getByRole('heading', { level: 1, name: 'Titan inventory' })).toBeInTheDocument();
    const currencies = screen.getByRole('list', { name: 'Currencies' });
    expect(within(currencies).getAllByRole('listitem')[0]).toHaveTextContent('Glimmer123,456');
    expect(screen.getByRole('region', { name: 'Materials' })).toHaveTextContent('180');
    expect(screen.getAllByText('Demo data').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('names buckets and currencies itself and says once, calmly, when Bungie sent no item definitions', async () => {
    const { definitions: _, ...bare } = richInventoryResponse;
    serve(() => ok(bare));
    renderRoute(URL);
    const primary = await screen.findByRole('region', { name: 'Primary Weapons' });
    expect(within(primary).getAllByRole('link')[0]).toHaveAccessibleName(
      expect.stringMatching(/^Item 4000000001, 310 Attack, Arc, .*equipped$/),
    );
    expect(screen.getByRole('region', { name: 'Helmet' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Other items' })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Currencies' })).getAllByRole('listitem')[0]).toHaveTextContent(
      'Glimmer123,456',
    );
    const notes = screen.getAllByRole('note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toHaveTextContent(
      'Bungie sent this inventory without item definitions, so item names and pictures are missing',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('counts the items whose definitions are missing when Bungie left out only some', async () => {
    const { '4000000002': _, ...items } = richInventoryResponse.definitions.items;
    serve(() => ok({ ...richInventoryResponse, definitions: { ...richInventoryResponse.definitions, items } }));
    renderRoute(URL);
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Bungie sent no definitions for 1 of 3 items, so those are shown by their number',
    );
    expect(within(screen.getByRole('region', { name: 'Materials' })).getByRole('link')).toHaveAccessibleName(
      /^Item 4000000002, quantity 180/,
    );
  });

  it('says nothing about definitions when the answer has them', async () => {
    serve(() => ok(richInventoryResponse));
    renderRoute(URL);
    await screen.findByRole('region', { name: 'Primary Weapons' });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says when Bungie is down for maintenance and offers a retry', async () => {
    serve(() => fail(5, 'SystemDisabled', 'This system is temporarily disabled for maintenance.'));
    renderRoute(URL);
    expect(await screen.findByRole('heading', { name: 'Bungie is down for maintenance' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the account' })).toHaveAttribute(
      'href',
      '/destiny/2/4611686018400000001',
    );
  });

  it('counts down a throttle and retries on its own', async () => {
    let calls = 0;
    serve(() =>
      ++calls === 1
        ? fail(36, 'ThrottleLimitExceededMomentarily', 'Patience is a virtue!', 1)
        : ok(richInventoryResponse),
    );
    renderRoute(URL);
    expect(await screen.findByText(/Trying again in 1 s/)).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Primary Weapons' }, { timeout: 3000 })).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('keeps the grid on screen when a refresh fails', async () => {
    let calls = 0;
    serve(() => (++calls === 1 ? ok(richInventoryResponse) : fail(1665, 'DestinyPrivacyRestriction', 'No peeking!')));
    renderRoute(URL);
    await screen.findByRole('region', { name: 'Primary Weapons' });
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByRole('heading', { name: 'This inventory is private' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Primary Weapons' })).toBeInTheDocument();
  });

  it('explains a character that is not on the account', async () => {
    serve(() => fail(1620, 'DestinyCharacterNotFound', 'The character was not found.'));
    renderRoute(URL);
    expect(await screen.findByRole('heading', { name: 'Character not found' })).toBeInTheDocument();
  });

  it('rejects a malformed link before fetching anything', async () => {
    const calls = serve(() => ok(richInventoryResponse));
    renderRoute('/destiny/3/4611686018400000001/abc');
    expect(await screen.findByRole('heading', { name: 'That link is not valid' })).toBeInTheDocument();
    await waitFor(() => expect(calls.some((url) => url.includes('/Platform/'))).toBe(false));
  });
});
