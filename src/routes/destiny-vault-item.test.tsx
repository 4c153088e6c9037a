import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANTERN_ID, lanternDetailResponse } from '../../test/fixtures/destiny-item-detail.ts';
import { bungieOk as ok } from '../../test/fixtures/bungie-envelope.ts';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';

const MEMBERSHIP = '4611686018400000001';
const TITAN = '2305843009200000001';
const WARLOCK = '2305843009200000002';
const PRIMARY = 1498876634;

const character = (characterId: string, classHash: number) => ({
  characterBase: { characterId, classHash },
  characterLevel: 40,
});
const definitions = {
  items: {
    4000000001: { itemName: 'Lantern Oath', bucketTypeHash: PRIMARY },
    501: { itemName: 'Titan Rifle', bucketTypeHash: PRIMARY },
    502: { itemName: 'Warlock Rifle', bucketTypeHash: PRIMARY },
    4000000002: { itemName: 'Helium Shard', bucketTypeHash: 3865314626, maxStackSize: 200 },
  },
};
const worn = (itemHash: number, itemInstanceId: string) =>
  ok({
    data: {
      buckets: {
        Equippable: [
          {
            bucketHash: PRIMARY,
            items: [{ itemHash, itemInstanceId, isEquipped: true, stats: [{ statHash: 4043523819, value: 50 }] }],
          },
        ],
      },
    },
    definitions,
  });

function serve() {
  return stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [
      /\/Account\/4611686018400000001\/\?definitions=true$/,
      () =>
        ok({
          data: {
            membershipId: MEMBERSHIP,
            membershipType: 2,
            characters: [character(TITAN, 3655393761), character(WARLOCK, 2271682572)],
            inventory: {
              buckets: {
                Item: [
                  { bucketHash: 4046403665, items: [{ itemHash: 4000000001, itemInstanceId: LANTERN_ID }] },
                  { bucketHash: 138197802, items: [{ itemHash: 4000000002, stackSize: 77 }] },
                ],
              },
            },
          },
          definitions: { ...definitions, classes: {}, races: {}, genders: {} },
        }),
    ],
    [new RegExp(`/Character/${TITAN}/Inventory/\\?`), () => worn(501, '6917529000000000501')],
    [new RegExp(`/Character/${WARLOCK}/Inventory/\\?`), () => worn(502, '6917529000000000502')],
    [new RegExp(`/Character/${TITAN}/Inventory/${LANTERN_ID}/`), () => ok(lanternDetailResponse)],
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('a vault item’s page', () => {
  it('says it is in the vault and compares with the equipped item of the character the person picks', async () => {
    serve();
    renderRoute(`/destiny/2/${MEMBERSHIP}/${TITAN}/items/${LANTERN_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lantern Oath' })).toBeInTheDocument();
    const chooser = await screen.findByRole('navigation', { name: 'Compare with the equipped item of' });
    expect(within(chooser).getByRole('link', { name: 'Titan' })).toHaveAttribute('aria-current', 'true');
    expect(await screen.findByRole('link', { name: 'Titan Rifle' })).toBeInTheDocument();
    await userEvent.click(within(chooser).getByRole('link', { name: 'Warlock' }));
    expect(await screen.findByRole('link', { name: 'Warlock Rifle' })).toHaveAttribute(
      'href',
      `/destiny/2/${MEMBERSHIP}/${WARLOCK}/items/6917529000000000502`,
    );
    expect(within(chooser).getByRole('link', { name: 'Warlock' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: /Back to the account/ })).toHaveAttribute(
      'href',
      `/destiny/2/${MEMBERSHIP}`,
    );
  });

  it('shows a vault stack from the account’s answer', async () => {
    serve();
    renderRoute(`/destiny/2/${MEMBERSHIP}/${TITAN}/items/0?hash=4000000002&in=vault`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Helium Shard' })).toBeInTheDocument();
    expect(screen.getByText('77 of 200')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vault' })).toHaveAttribute('href', `/destiny/2/${MEMBERSHIP}`);
  });
});
