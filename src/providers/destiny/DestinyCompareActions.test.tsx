import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { richInventoryResponse } from '../../../test/fixtures/destiny-inventory.ts';
import {
  bungieOk,
  oneCharacterAccount,
  TEST_CHARACTER_ID,
  TEST_MEMBERSHIP_ID,
} from '../../../test/fixtures/bungie-envelope.ts';
import { stubFetch } from '../../../test/render-route.tsx';
import { createQueryClient } from '../../query-client.ts';
import type { Item } from '../../inventory/model.ts';
import { DestinyCompareActions } from './DestinyCompareActions.tsx';

const item = (instanceId: string | null): Item => ({
  key: instanceId ?? 'stack',
  instanceId,
  definitionId: '4000000001',
  name: 'Lantern Oath',
  description: '',
  typeName: 'Pulse Rifle',
  icon: null,
  tier: 'exotic',
  tierName: 'Exotic',
  quantity: 1,
  maxStackSize: 1,
  isEquipped: false,
  locked: false,
  stats: [],
});

function renderActions(shown: Item) {
  stubFetch([
    [/\/Account\/\d+\/\?definitions=true$/, () => oneCharacterAccount(3655393761)],
    [new RegExp(`/Character/${TEST_CHARACTER_ID}/Inventory/`), () => bungieOk(richInventoryResponse)],
  ]);
  const router = createMemoryRouter([
    {
      path: '*',
      element: <DestinyCompareActions membershipType={2} membershipId={TEST_MEMBERSHIP_ID} item={shown} />,
    },
  ]);
  render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('DestinyCompareActions', () => {
  it('compares an instance with every other of its type in the account, itself the reference', async () => {
    renderActions(item('6917529000000000002'));
    expect(screen.getByRole('button', { name: 'Add to compare' })).toHaveAttribute('aria-pressed', 'false');
    expect(await screen.findByRole('link', { name: /^Compare with others of this type/ })).toHaveAttribute(
      'href',
      `/destiny/2/${TEST_MEMBERSHIP_ID}/compare?items=6917529000000000002,6917529000000000001&ref=6917529000000000002`,
    );
  });

  it('offers nothing for a stack, which no compare link can name', () => {
    renderActions(item(null));
    expect(screen.queryByRole('button', { name: 'Add to compare' })).toBeNull();
  });
});
