import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { questDetailResponse, questInventoryResponse } from '../../test/fixtures/destiny-quests.ts';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';
import { bungieOk as ok, oneCharacterAccount } from '../../test/fixtures/bungie-envelope.ts';

const account = oneCharacterAccount(2271682572);
const INVENTORY = '/destiny/2/4611686018400000001/2305843009200000001';

function serve() {
  stubFetch([
    [/\/api\/config$/, () => demoConfig],
    [/\/Account\/4611686018400000001\/\?definitions=true$/, () => account],
    [/\/Inventory\/\?definitions=true$/, () => ok(questInventoryResponse)],
    [/\/Inventory\/6917529000000000010\/\?definitions=true$/, () => ok(questDetailResponse)],
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('quest and bounty objectives', () => {
  it('are said on tiles, in the accessible name and the tooltip, with a bar beside', async () => {
    serve();
    const user = userEvent.setup();
    renderRoute(INVENTORY);
    const quest = within(await screen.findByRole('region', { name: 'Quests' })).getByRole('link');
    expect(quest).toHaveAccessibleName('Lantern Road: Kindling, Legendary Quest Step, 1 of 2 objectives complete');
    // 45/100 and 3/3 complete, averaged.
    expect(quest.querySelector('[style*="width: 73%"]')).not.toBeNull();
    const bounty = within(screen.getByRole('region', { name: 'Bounties' })).getByRole('link');
    expect(bounty).toHaveAccessibleName('Dusk Errand, Uncommon Bounty, Progress 2/5');
    const rope = within(screen.getByRole('region', { name: 'Materials' })).getByRole('link');
    expect(rope).toHaveAccessibleName('Coil of Rope, Common Material, quantity 12');
    await user.hover(bounty);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Progress 2/5');
  });

  it('are listed on the item page: description, progress against the completion value, and done or not in words', async () => {
    serve();
    renderRoute(`${INVENTORY}/items/6917529000000000010`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lantern Road: Kindling' })).toBeInTheDocument();
    const objectives = screen.getByRole('list', { name: 'Objectives' });
    expect(
      within(objectives)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Combatants defeated45/100In progress', 'Relics recovered3/3✓ Complete']);
    expect(within(objectives).getByRole('progressbar', { name: 'Combatants defeated: progress' })).toHaveAttribute(
      'value',
      '45',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Objectives' })).toBeInTheDocument();
  });
});
