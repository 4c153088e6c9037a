import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';
import { bungieOk as ok } from '../../test/fixtures/bungie-envelope.ts';

const MEMBERSHIP = '4611686018400000001';
const TITAN = '2305843009200000001';
const WARLOCK = '2305843009200000002';
const PRIMARY = 1498876634;
const HELMET = 3448274439;

const character = (characterId: string, classHash: number) => ({
  characterBase: { characterId, classHash, raceHash: 898834093, genderHash: 3111576190 },
  characterLevel: 40,
});
const weapon = (itemHash: number, itemInstanceId: string, isEquipped = false) => ({
  itemHash,
  itemInstanceId,
  isEquipped,
  primaryStat: { statHash: 368428387, value: 300 + (itemHash % 100) },
});
const definitions = {
  items: {
    101: { itemName: 'Lantern Oath', bucketTypeHash: PRIMARY, tierType: 5 },
    102: { itemName: 'Quiet Ember', bucketTypeHash: PRIMARY, tierType: 4 },
    103: { itemName: 'Oath of the Deep', bucketTypeHash: PRIMARY, tierType: 6 },
    201: { itemName: 'Vigil Helm', bucketTypeHash: HELMET, tierType: 5 },
  },
};
const inventory = (items: unknown[]) =>
  ok({ data: { buckets: { Equippable: [{ bucketHash: PRIMARY, items }] }, currencies: [] }, definitions });

function serve(vault: unknown) {
  const account = {
    data: {
      membershipId: MEMBERSHIP,
      membershipType: 2,
      characters: [character(TITAN, 3655393761), character(WARLOCK, 2271682572)],
      ...(vault ? { inventory: vault } : {}),
    },
    definitions: { ...definitions, classes: {}, races: {}, genders: {} },
  };
  stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [/\/Account\/4611686018400000001\/\?definitions=true$/, () => ok(account)],
    [new RegExp(`/Character/${TITAN}/Inventory/`), () => inventory([weapon(101, '6917529000000000001', true)])],
    [new RegExp(`/Character/${WARLOCK}/Inventory/`), () => inventory([weapon(102, '6917529000000000002', true)])],
  ]);
}

const vault = {
  buckets: {
    Item: [
      { bucketHash: 4046403665, items: [weapon(103, '6917529000000000003')] },
      { bucketHash: 3003523923, items: [{ itemHash: 201, itemInstanceId: '6917529000000000004' }] },
    ],
  },
  currencies: [{ itemHash: 3159615086, value: 24576 }],
};

afterEach(() => vi.unstubAllGlobals());

describe('Destiny account view', () => {
  it('lays out every character and the vault side by side, vault items in the rows of their own buckets', async () => {
    serve(vault);
    renderRoute(`/destiny/2/${MEMBERSHIP}`);
    const titan = await screen.findByRole('region', { name: 'Titan' });
    const warlock = screen.getByRole('region', { name: 'Warlock' });
    const vaultColumn = screen.getByRole('region', { name: 'Vault' });
    expect(await within(titan).findByRole('link', { name: /^Lantern Oath.*equipped/i })).toBeInTheDocument();
    expect(await within(warlock).findByRole('link', { name: /^Quiet Ember/ })).toBeInTheDocument();
    const vaultPrimary = within(vaultColumn).getByRole('region', { name: 'Primary Weapons' });
    // Bungie reads a vault item through any of the account's characters: the first one.
    expect(within(vaultPrimary).getByRole('link', { name: /^Oath of the Deep/ })).toHaveAttribute(
      'href',
      `/destiny/2/${MEMBERSHIP}/${TITAN}/items/6917529000000000003`,
    );
    const vaultHelmets = within(vaultColumn).getByRole('region', { name: 'Helmet' });
    expect(within(vaultHelmets).getByRole('link', { name: /^Vigil Helm/ })).toBeInTheDocument();
    expect(within(vaultColumn).getByText('Weapons 1 / 108 · Armor 1 / 108')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Currencies' })).getByText(/24,576/)).toBeInTheDocument();
  });

  it('searches every character and the vault at once, and character links keep the search', async () => {
    serve(vault);
    renderRoute(`/destiny/2/${MEMBERSHIP}?q=oath&hide=1&sort=power`);
    const titan = await screen.findByRole('region', { name: 'Titan' });
    await within(titan).findByRole('link', { name: /^Lantern Oath/ });
    expect(within(screen.getByRole('region', { name: 'Vault' })).getByRole('link', { name: /^Oath of the Deep/ }));
    expect(screen.queryByRole('link', { name: /^Quiet Ember/ })).toBeNull();
    expect(within(titan).getByRole('link', { name: /^Titan/ })).toHaveAttribute(
      'href',
      `/destiny/2/${MEMBERSHIP}/${TITAN}?q=oath&sort=power&hide=1`,
    );
  });

  it('says when the answer has no vault and still shows the characters', async () => {
    serve(null);
    renderRoute(`/destiny/2/${MEMBERSHIP}`);
    expect(await screen.findByText(/has no vault for this account/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^Quiet Ember/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Vault' })).toBeNull();
  });
});
