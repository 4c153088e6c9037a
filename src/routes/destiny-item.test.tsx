import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { richInventoryResponse } from '../../test/fixtures/destiny-inventory.ts';
import { LANTERN_ID, lanternDetailResponse } from '../../test/fixtures/destiny-item-detail.ts';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';
import { bungieOk as ok, oneCharacterAccount } from '../../test/fixtures/bungie-envelope.ts';

const account = oneCharacterAccount(3655393761);
const INVENTORY = '/destiny/2/4611686018400000001/2305843009200000001';

function serve(detail: () => unknown = () => ok(lanternDetailResponse)) {
  return stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [/\/Account\/4611686018400000001\/\?definitions=true$/, () => account],
    [/\/Inventory\/\?definitions=true$/, () => ok(richInventoryResponse)],
    [/\/Inventory\/\d+\/\?definitions=true$/, detail],
  ]);
}

const statRow = (list: HTMLElement, name: string) =>
  within(list)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(name))!;

afterEach(() => vi.unstubAllGlobals());

describe('Destiny item page', () => {
  it("shows the item's name as the heading, what it is, and its stats as a labelled list", async () => {
    serve();
    renderRoute(`${INVENTORY}/items/${LANTERN_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lantern Oath' })).toBeInTheDocument();
    expect(screen.getByText('Exotic · Pulse Rifle')).toBeInTheDocument();
    expect(screen.getByText('300')).toBeInTheDocument();
    const stats = screen.getByRole('list', { name: 'Stats' });
    expect(
      within(stats)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Rate of Fire', 'Impact', 'Range', 'Stability', 'Magazine']);
    expect(statRow(stats, 'Range')).toHaveTextContent('Range60');
    expect(within(screen.getByRole('list', { name: 'Hidden stats' })).getAllByRole('listitem')[0]).toHaveTextContent(
      'Aim assistance55',
    );
    expect(screen.getByText('Cannot be equipped: The character is below the required level.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to Titan inventory/ })).toHaveAttribute('href', INVENTORY);
  });

  it('compares with the item equipped in the same bucket, as signed text', async () => {
    serve();
    renderRoute(`${INVENTORY}/items/${LANTERN_ID}`);
    const stats = await screen.findByRole('list', { name: 'Stats' });
    expect(statRow(stats, 'Rate of Fire')).toHaveTextContent('-7 (worse)');
    expect(screen.getByText(/Compared with/)).toHaveTextContent('Compared with Lantern Oath, equipped');
  });

  it('shows what choosing a talent node would change, by mouse or keyboard', async () => {
    serve();
    const user = userEvent.setup();
    renderRoute(`${INVENTORY}/items/${LANTERN_ID}`);
    const grid = await screen.findByRole('group', { name: 'Talent grid' });
    expect(
      within(grid)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Arc Damage, Active', 'Iris Sight, Active', 'Long Scope, Can be activated', 'Quick Hands, Locked']);
    within(grid)
      .getByRole('button', { name: /Long Scope/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(within(grid).getByRole('button', { name: /Long Scope/ })).toHaveAttribute('aria-pressed', 'true');
    const stats = screen.getByRole('list', { name: 'Stats' });
    expect(statRow(stats, 'Range')).toHaveTextContent('Range60-13');
    expect(statRow(stats, 'Stability')).toHaveTextContent('Stability40+7 (better)');
    const effects = screen.getByRole('region', { name: 'Chosen node: Long Scope' });
    // One figure per stat, the same as Stats shows, net of the node it replaces.
    expect(effects).toHaveTextContent('If activated (replaces Iris Sight)Range -13Stability +7');
    expect(screen.getByText(/^If you activate/)).toHaveTextContent('If you activate Long Scope (replaces Iris Sight)');
    await user.click(within(effects).getByRole('button', { name: 'Clear' }));
    expect(statRow(stats, 'Range')).toHaveTextContent(/^Range60$/);
  });

  it('keeps the chosen node in the URL, replacing the entry, and opens a link with its node chosen', async () => {
    serve();
    const user = userEvent.setup();
    const { router } = renderRoute(`${INVENTORY}/items/${LANTERN_ID}`);
    const grid = await screen.findByRole('group', { name: 'Talent grid' });
    const entries = () => router.state.historyAction;
    await user.click(within(grid).getByRole('button', { name: /Long Scope/ }));
    expect(router.state.location.search).toBe('?node=2');
    expect(entries()).toBe('REPLACE');
    await user.click(within(grid).getByRole('button', { name: /Long Scope/ }));
    expect(router.state.location.search).toBe('');
  });

  it.each([['?node=2'], ['?node=abc'], ['?node=99'], ['?node=-1']])(
    'reads %s, ignoring a node it does not know',
    async (query) => {
      serve();
      renderRoute(`${INVENTORY}/items/${LANTERN_ID}${query}`);
      const grid = await screen.findByRole('group', { name: 'Talent grid' });
      const pressed = within(grid)
        .getAllByRole('button')
        .filter((button) => button.getAttribute('aria-pressed') === 'true')
        .map((button) => button.getAttribute('aria-label'));
      expect(pressed).toEqual(query === '?node=2' ? ['Long Scope, Can be activated'] : []);
    },
  );

  it('says an active node is active, with what it gives, and suggests no change', async () => {
    serve();
    const user = userEvent.setup();
    renderRoute(`${INVENTORY}/items/${LANTERN_ID}`);
    const grid = await screen.findByRole('group', { name: 'Talent grid' });
    await user.click(within(grid).getByRole('button', { name: /Iris Sight/ }));
    expect(screen.queryByText(/If you activate/)).toBeNull();
    expect(screen.getByText(/: Active$/)).toHaveTextContent('Iris Sight: Active');
    expect(screen.getByRole('region', { name: 'Chosen node: Iris Sight' })).not.toHaveTextContent('If activated');
  });

  it('lists perks with their state', async () => {
    serve();
    renderRoute(`${INVENTORY}/items/${LANTERN_ID}`);
    const perks = await screen.findByRole('list', { name: 'Perks' });
    expect(
      within(perks)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ember WardActiveKills leave a warming glow.', 'Quiet StepInactiveMoving while aiming is silent.']);
  });

  it('says once that Bungie sent the item without its definition, and shows what it did send', async () => {
    const { definitions: _, ...bare } = lanternDetailResponse;
    serve(() => ok(bare));
    renderRoute(`${INVENTORY}/items/${LANTERN_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Item 4000000001' })).toBeInTheDocument();
    const notes = screen.getAllByRole('note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toHaveTextContent(
      'Bungie sent this item without its definition, so its name, picture, perks and talent grid are missing.',
    );
    const stats = screen.getByRole('list', { name: 'Stats' });
    expect(
      within(stats)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Rate of Fire', 'Impact', 'Range', 'Stability', 'Magazine']);
    // Where it is kept, and so what to compare it with, come from the inventory.
    expect(screen.getByText('Primary Weapons')).toBeInTheDocument();
    expect(screen.getByText(/Compared with/)).toHaveTextContent('Compared with Lantern Oath, equipped');
  });

  it('calls a grid the answer marks complete fully upgraded instead of counting XP to a level', async () => {
    const item = {
      ...lanternDetailResponse.data.item,
      isGridComplete: true,
      progression: { ...lanternDetailResponse.data.item.progression, progressToNextLevel: 0 },
    };
    serve(() => ok({ ...lanternDetailResponse, data: { ...lanternDetailResponse.data, item } }));
    renderRoute(`${INVENTORY}/items/${LANTERN_ID}`);
    expect(await screen.findByText('Fully upgraded')).toBeInTheDocument();
    expect(screen.queryByText(/XP to level/)).toBeNull();
  });

  it('shows the talent nodes and stats Bungie sent and says the rest were not sent', async () => {
    const item = { ...lanternDetailResponse.data.item, nodes: lanternDetailResponse.data.item.nodes.slice(0, 3) };
    item.stats = item.stats.filter((stat) => stat.statHash !== 1240592695);
    serve(() => ok({ ...lanternDetailResponse, data: { ...lanternDetailResponse.data, item } }));
    renderRoute(`${INVENTORY}/items/${LANTERN_ID}`);
    const grid = await screen.findByRole('group', { name: 'Talent grid' });
    expect(within(grid).getAllByRole('button')).toHaveLength(3);
    expect(screen.getByText('Bungie sent 3 of 5 talent nodes; the rest were not sent.')).toBeInTheDocument();
    expect(screen.getByText('Bungie sent 0 of 1 stats; Range was not sent.')).toBeInTheDocument();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says plainly when the item is gone, with a way back to the inventory', async () => {
    serve(() => ({
      ErrorCode: 1623,
      ThrottleSeconds: 0,
      ErrorStatus: 'DestinyItemNotFound',
      Message: 'The item requested was not found.',
      MessageData: {},
    }));
    renderRoute(`${INVENTORY}/items/6917529000000000099`);
    expect(await screen.findByRole('heading', { name: 'Item not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the inventory' })).toHaveAttribute('href', INVENTORY);
  });

  it('shows a stack from the inventory alone, with no empty panels', async () => {
    const calls = serve();
    renderRoute(`${INVENTORY}/items/0?hash=4000000002`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Helium Shard' })).toBeInTheDocument();
    expect(screen.getByText('180 of 200')).toBeInTheDocument();
    expect(screen.getByText('Materials')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Stats' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Talent grid' })).toBeNull();
    expect(calls.some((url) => /Inventory\/\d+\//.test(url))).toBe(false);
  });

  it('copies the link and confirms it', async () => {
    serve();
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderRoute(`${INVENTORY}/items/${LANTERN_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    await waitFor(() => expect(screen.getByText('Link copied')).toBeInTheDocument());
  });
});
