import { act, screen, waitFor } from '@testing-library/react';
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
const ACCOUNT = `/destiny/2/${TEST_MEMBERSHIP_ID}`;

function serve() {
  stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [/\/api\/session$/, () => ({ signedIn: false })],
    [new RegExp(`/Account/${TEST_MEMBERSHIP_ID}/\\?definitions=true$`), () => oneCharacterAccount(TITAN)],
    [new RegExp(`/Character/${TEST_CHARACTER_ID}/Inventory/`), () => bungieOk(richInventoryResponse)],
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('moving between pages', () => {
  it('titles the tab after the page, focuses its heading and reads the title out', async () => {
    serve();
    const { router } = renderRoute(`${ACCOUNT}/compare?items=6917529000000000001,6917529000000000002`);
    await screen.findByRole('heading', { level: 1, name: 'Compare 2 items' });
    expect(document.title).toBe('Compare 2 items · Gearview');

    await act(() => router.navigate(`${ACCOUNT}/${TEST_CHARACTER_ID}`));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Titan inventory' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toMatch(/^Titan inventory · (.+ · )?Gearview$/);
    // The polite live region says the new title.
    await waitFor(() => expect(screen.getByText(document.title)).toHaveAttribute('aria-live', 'polite'));
  });

  it('offers a skip link that moves focus to the main content', async () => {
    serve();
    renderRoute(ACCOUNT);
    const skip = await screen.findByRole('link', { name: 'Skip to main content' });
    await userEvent.click(skip);
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
