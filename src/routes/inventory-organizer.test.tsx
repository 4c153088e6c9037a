import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bungieOk as ok } from '../../test/fixtures/bungie-envelope.ts';
import { richInventoryResponse } from '../../test/fixtures/destiny-inventory.ts';
import { CHARACTER, catalogData, charactersData, inventoryData, PLAYER, TITLE } from '../../test/fixtures/playfab.ts';
import { ok as playfabOk } from '../../test/fixtures/playfab.ts';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';

const DESTINY = '/destiny/2/4611686018400000001/2305843009200000001';
const account = ok({
  data: {
    membershipId: '4611686018400000001',
    membershipType: 2,
    characters: [{ characterBase: { characterId: '2305843009200000001', classHash: 3655393761 }, characterLevel: 40 }],
  },
});

function serveDestiny() {
  stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [/\/Account\/4611686018400000001\/\?definitions=true$/, () => account],
    [/\/Character\/2305843009200000001\/Inventory\//, () => ok(richInventoryResponse)],
  ]);
}

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);

afterEach(() => vi.unstubAllGlobals());

describe('the organizer on an inventory page', () => {
  it('switches from the grid to a table with a header row, kept in the URL, and sorts by a header', async () => {
    serveDestiny();
    const user = userEvent.setup();
    const { router } = renderRoute(DESTINY);
    await screen.findByRole('region', { name: 'Primary Weapons' });
    await user.click(within(screen.getByRole('navigation', { name: 'View' })).getByRole('link', { name: 'Organizer' }));
    expect(router.state.location.search).toBe('?view=organizer');
    const table = screen.getByRole('table', { name: 'Items' });
    expect(screen.queryByRole('region', { name: 'Primary Weapons' })).toBeNull();
    const header = within(table).getAllByRole('row')[0]!;
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(['Name', 'Power', 'Rate of Fire', 'Perks', 'Location', 'Quantity']));
    expect(within(table).getAllByRole('cell', { name: 'Titan' })).toHaveLength(3);

    await user.click(within(table).getByRole('button', { name: 'Power' }));
    expect(within(table).getByRole('columnheader', { name: 'Power' })).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() => expect(router.state.location.search).toBe('?view=organizer&ocol=power&odir=desc'));
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByRole('cell', { name: '310' })).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Lantern Oath' })).toHaveAttribute(
      'href',
      `${DESTINY}/items/6917529000000000002`,
    );
    expect(rowNames(table)).toEqual(['Lantern Oath', 'Lantern Oath', 'Helium Shard']);
  });

  it('shows only the rows the search matches', async () => {
    serveDestiny();
    renderRoute(`${DESTINY}?view=organizer&q=helium`);
    expect(rowNames(await screen.findByRole('table', { name: 'Items' }))).toEqual(['Helium Shard']);
  });

  it('gives PlayFab items their class, uses, expiry and purchase, at the character', async () => {
    stubFetch([
      [/\/api\/config$/, () => demoConfig],
      [/GetAllUsersCharacters$/, () => playfabOk(charactersData)],
      [/GetCharacterInventory$/, () => playfabOk(inventoryData)],
      [/GetCatalogItems$/, () => playfabOk(catalogData.v1)],
    ]);
    renderRoute(`/playfab/${TITLE}/players/${PLAYER}/characters/${CHARACTER}?view=organizer&ocol=name`);
    const table = await screen.findByRole('table', { name: 'Items' });
    const header = within(table).getAllByRole('row')[0]!;
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(
      expect.arrayContaining(['Item class', 'Uses left', 'Expires', 'Price', 'Currency', 'Purchased', 'Location']),
    );
    const oil = within(table).getByRole('link', { name: 'Lamp Oil' }).closest('tr')!;
    expect(
      within(oil)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(['consumable', '7', '1 Jun 2025', 'Wren']));
  });
});
