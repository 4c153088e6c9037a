import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';
import { bungieOk as ok } from '../../test/fixtures/bungie-envelope.ts';

const MEMBERSHIP = '4611686018400000001';
const data = {
  membershipId: MEMBERSHIP,
  membershipType: 2,
  characters: [
    {
      characterBase: {
        characterId: '2305843009200000001',
        classHash: 2271682572,
        raceHash: 2803282938,
        genderHash: 3111576190,
      },
      characterLevel: 40,
    },
  ],
};

function serve(account: unknown) {
  stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [/\/Account\/4611686018400000001\/\?definitions=true$/, () => ok(account)],
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('Destiny account page', () => {
  it('names the characters itself and says so once when Bungie answered without definitions', async () => {
    serve({ data });
    renderRoute(`/destiny/2/${MEMBERSHIP}`);
    expect(await screen.findByRole('link', { name: /^Warlock .*Level 40/ })).toHaveTextContent(/Awoken Male/);
    expect(screen.getByRole('note')).toHaveTextContent(
      "Bungie sent this account without definitions: classes, races and genders are named from Gearview's own Destiny 1 tables.",
    );
  });

  it('says nothing about definitions when the answer has them', async () => {
    serve({ data, definitions: { classes: {}, races: {}, genders: {} } });
    renderRoute(`/destiny/2/${MEMBERSHIP}`);
    await screen.findByRole('link', { name: /^Warlock .*Level 40/ });
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });
});
