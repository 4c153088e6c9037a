import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { richInventoryResponse } from '../../test/fixtures/destiny-inventory.ts';
import {
  bungieOk,
  oneCharacterAccount,
  TEST_CHARACTER_ID,
  TEST_MEMBERSHIP_ID,
} from '../../test/fixtures/bungie-envelope.ts';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';

const TITAN = 3655393761;
const COMPARE = `/destiny/2/${TEST_MEMBERSHIP_ID}/compare`;
const [FIRST, SECOND] = ['6917529000000000001', '6917529000000000002'];

function serve() {
  return stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [new RegExp(`/Account/${TEST_MEMBERSHIP_ID}/\\?definitions=true$`), () => oneCharacterAccount(TITAN)],
    [new RegExp(`/Character/${TEST_CHARACTER_ID}/Inventory/`), () => bungieOk(richInventoryResponse)],
  ]);
}

afterEach(() => vi.unstubAllGlobals());

const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

describe('Destiny compare page', () => {
  it('shows the items side by side, each value against the reference as a signed number', async () => {
    serve();
    renderRoute(`${COMPARE}?items=${FIRST},${SECOND}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare 2 items' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Comparison' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(2);
    expect(within(table).getAllByRole('link', { name: 'Lantern Oath' })[0]).toHaveAttribute(
      'href',
      `/destiny/2/${TEST_MEMBERSHIP_ID}/${TEST_CHARACTER_ID}/items/${FIRST}`,
    );
    const power = within(row('Power')).getAllByRole('cell');
    expect(power[0]).toHaveTextContent(/^300$/);
    expect(power[1]).toHaveTextContent(/^310\+10$/);
    expect(within(row('Rate of Fire')).getAllByRole('cell')[1]).toHaveTextContent(/^770$/);
    expect(within(row('Perks')).getAllByRole('list')[0]).toHaveTextContent('Hand Grip');
    expect(document.title).toBe('Compare 2 items · Gearview');
  });

  it('measures against the item chosen as reference, kept in the URL', async () => {
    serve();
    const { router } = renderRoute(`${COMPARE}?items=${FIRST},${SECOND}`);
    await screen.findByRole('table', { name: 'Comparison' });
    const [first, second] = screen.getAllByRole('button', { name: /^(Use as reference|Reference):/ });
    expect(first).toHaveAttribute('aria-pressed', 'true');
    expect(second).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(second!);
    expect(router.state.location.search).toBe(`?items=${FIRST}%2C${SECOND}&ref=${SECOND}`);
    expect(second).toHaveAttribute('aria-pressed', 'true');
    expect(within(row('Power')).getAllByRole('cell')[0]).toHaveTextContent(/^300-10$/);
  });

  it('says which ids of a link it could not show, and why, and shows the rest', async () => {
    serve();
    renderRoute(`${COMPARE}?items=${FIRST},6917529000000000099,abc,${FIRST}`);
    // Malformed ids are known at once; a gone one only once the whole account has loaded.
    await waitFor(() =>
      expect(screen.getByRole('note')).toHaveTextContent(
        '2 items could not be shown: abc is not an item id; 6917529000000000099 is not in this account.',
      ),
    );
    expect(screen.getByText(/Only Lantern Oath is here: choose another item/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Compare 1 item' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the account' })).toBeInTheDocument();
  });

  it('says the account failed, and never that its items are gone, when it could not be read', async () => {
    stubFetch([
      [/\/api\/config$/, () => demoConfig],
      [/\/Account\//, () => new Response('{}', { status: 503 })],
    ]);
    renderRoute(`${COMPARE}?items=${FIRST},${SECOND}`);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByText(/nothing to compare/)).toBeNull();
  });
});
