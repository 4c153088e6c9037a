import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearChosen, toggleChosen } from '../inventory/compare/compare-store.ts';
import { richInventoryResponse } from '../../test/fixtures/destiny-inventory.ts';
import {
  bungieOk,
  oneCharacterAccount,
  TEST_CHARACTER_ID,
  TEST_MEMBERSHIP_ID,
} from '../../test/fixtures/bungie-envelope.ts';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';

const ACCOUNT = `/destiny/2/${TEST_MEMBERSHIP_ID}`;
const INVENTORY = `${ACCOUNT}/${TEST_CHARACTER_ID}`;
const SCOPE = `${ACCOUNT}/compare`;
const [FIRST, SECOND] = ['6917529000000000001', '6917529000000000002'];

function serve() {
  stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [new RegExp(`/Account/${TEST_MEMBERSHIP_ID}/\\?definitions=true$`), () => oneCharacterAccount(3655393761)],
    [new RegExp(`/Character/${TEST_CHARACTER_ID}/Inventory/\\?`), () => bungieOk(richInventoryResponse)],
  ]);
}

afterEach(() => {
  clearChosen(SCOPE);
  vi.unstubAllGlobals();
});

describe('choosing items to compare', () => {
  it('turns tiles into toggle buttons, gathers them in the tray, and links to the comparison', async () => {
    serve();
    const { router } = renderRoute(INVENTORY);
    const primary = await screen.findByRole('region', { name: 'Primary Weapons' });
    expect(within(primary).getAllByRole('link')).toHaveLength(2);
    expect(screen.queryByRole('region', { name: 'Compare tray' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Choose items to compare', pressed: false }));
    expect(router.state.location.search).toBe('?choose=1');
    const tiles = within(primary).getAllByRole('button');
    expect(tiles).toHaveLength(2);
    expect(tiles[0]).toHaveAttribute('aria-pressed', 'false');
    // Stacks have no instance: they say they cannot be compared.
    expect(
      within(screen.getByRole('region', { name: 'Materials' })).getByRole('button', { name: /cannot be compared$/ }),
    ).toHaveAttribute('aria-disabled', 'true');

    await userEvent.click(tiles[0]!);
    expect(within(primary).getAllByRole('button')[0]).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.pathname).toBe(INVENTORY);
    const tray = screen.getByRole('region', { name: 'Compare tray' });
    expect(tray).toHaveTextContent('1 item chosen');
    expect(within(tray).queryByRole('link', { name: 'Compare' })).toBeNull();

    await userEvent.click(within(primary).getAllByRole('button')[1]!);
    expect(tray).toHaveTextContent('2 items chosen');
    // The equipped one is listed first in the bucket, so it was chosen first.
    expect(within(tray).getByRole('link', { name: 'Compare' })).toHaveAttribute(
      'href',
      `${SCOPE}?items=${SECOND},${FIRST}`,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Choose items to compare', pressed: true }));
    expect(within(primary).getAllByRole('link')).toHaveLength(2);
    await userEvent.click(within(tray).getByRole('button', { name: 'Clear' }));
    expect(screen.queryByRole('region', { name: 'Compare tray' })).toBeNull();
  });

  it('keeps the choice per account across pages, and not on the comparison itself', async () => {
    serve();
    toggleChosen(SCOPE, FIRST);
    toggleChosen('/destiny/2/4611686018400000002/compare', SECOND);
    const { router } = renderRoute(INVENTORY);
    expect(await screen.findByRole('region', { name: 'Compare tray' })).toHaveTextContent('1 item chosen');
    await router.navigate(`${SCOPE}?items=${FIRST},${SECOND}`);
    await screen.findByRole('heading', { level: 1, name: 'Compare 2 items' });
    expect(screen.queryByRole('region', { name: 'Compare tray' })).toBeNull();
  });
});
