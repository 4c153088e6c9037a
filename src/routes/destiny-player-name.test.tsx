import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { richInventoryResponse } from '../../test/fixtures/destiny-inventory.ts';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';
import { bungieOk as ok, oneCharacterAccount } from '../../test/fixtures/bungie-envelope.ts';

const MEMBERSHIP = '4611686018400000001';
const account = oneCharacterAccount(3655393761);
const player = (membershipId: string) => ({
  iconPath: '/img/theme/destiny/icons/icon_psn.png',
  membershipType: 2,
  membershipId,
  displayName: 'Vesper Nine',
});

function serve(found: unknown[]) {
  return stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [/\/Account\/4611686018400000001\/\?definitions=true$/, () => account],
    [/\/Inventory\/\?definitions=true$/, () => ok(richInventoryResponse)],
    [/\/SearchDestinyPlayer\/2\/vesper%20nine\/$/i, () => ok(found)],
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe("the player's name", () => {
  it("heads the account page once Bungie's search lists this account under it, spelt as Bungie spells it, and rides on to the characters", async () => {
    const calls = serve([player(MEMBERSHIP)]);
    renderRoute(`/destiny/2/${MEMBERSHIP}?player=vesper%20nine`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Vesper Nine' })).toBeInTheDocument();
    expect(screen.getByText(/^Destiny account · PlayStation/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^Titan .*Level 40/ })).toHaveAttribute(
      'href',
      `/destiny/2/${MEMBERSHIP}/2305843009200000001?player=Vesper%20Nine`,
    );
    expect(calls.filter((url) => url.includes('SearchDestinyPlayer'))).toHaveLength(1);
  });

  it('is left out when the search does not list this account, so a link cannot name someone else', async () => {
    serve([player('4611686018400000002')]);
    renderRoute(`/destiny/2/${MEMBERSHIP}?player=vesper%20nine`);
    expect(await screen.findByRole('link', { name: /^Titan .*Level 40/ })).toHaveAttribute(
      'href',
      `/destiny/2/${MEMBERSHIP}/2305843009200000001`,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Destiny account');
    expect(screen.queryByText(/Vesper Nine/)).toBeNull();
  });

  it('is not looked for when the link names nobody', async () => {
    const calls = serve([]);
    renderRoute(`/destiny/2/${MEMBERSHIP}`);
    expect(await screen.findByRole('link', { name: /^Titan .*Level 40/ })).toBeInTheDocument();
    expect(calls.some((url) => url.includes('SearchDestinyPlayer'))).toBe(false);
  });

  it("shows on a character's page, in the breadcrumb back to the account and beside the character", async () => {
    serve([player(MEMBERSHIP)]);
    renderRoute(`/destiny/2/${MEMBERSHIP}/2305843009200000001?player=Vesper%20Nine`);
    const back = await within(await screen.findByRole('navigation', { name: 'Breadcrumb' })).findByRole('link', {
      name: 'Vesper Nine',
    });
    expect(back).toHaveAttribute('href', `/destiny/2/${MEMBERSHIP}?player=Vesper%20Nine`);
    expect(await screen.findByText(/^Vesper Nine · .*Level 40/)).toBeInTheDocument();
  });
});
