import { describe, expect, inject, it } from 'vitest';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import { openPage, browserForFile } from './browser.ts';

const baseURL = inject('baseURL');
const { titleId } = playfabDemoDirectory;
const [player] = playfabDemoDirectory.players;
const character = player!.characters[0]!;
const playerPath = `/playfab/${titleId}/players/${player!.playFabId}`;
const inventoryPath = `${playerPath}/characters/${character.characterId}`;

function scenarioPath(id: string) {
  const scenario = playfabDemoDirectory.scenarios.find((s) => s.id === id)!;
  return `/playfab/${titleId}/players/${scenario.playFabId}${scenario.characterId ? `/characters/${scenario.characterId}` : ''}`;
}

const browser = browserForFile();

describe('PlayFab over the demo upstream', () => {
  it('goes from the start page to a player, a character and an item', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(baseURL);
    await page.getByRole('link', { name: player!.displayName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'PlayFab player' }).waitFor();
    await page.getByRole('link', { name: `${character.name} ${character.type}` }).click();
    await page.getByRole('heading', { level: 1, name: `${character.name}'s inventory` }).waitFor();
    expect(page.url()).toBe(`${baseURL}${inventoryPath}`);

    const weapons = page.getByRole('region', { name: 'Weapon' }).first();
    const blade = weapons.getByRole('link', { name: /^Ember Blade,/ });
    await blade.waitFor();
    expect(await page.getByRole('link', { name: /expires soon/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /, bundle$/ }).count()).toBeGreaterThan(0);
    const currencies = page.getByRole('list', { name: 'Currencies' });
    await currencies
      .getByText(/\+1 in \d+:\d\d/)
      .first()
      .waitFor();
    expect(await currencies.getByRole('listitem').first().textContent()).toMatch(/^¤GD[\d,]+$/);

    await blade.click();
    await page.getByRole('heading', { level: 1, name: 'Ember Blade' }).waitFor();
    await page.getByRole('table', { name: 'Custom data' }).waitFor();
    expect(await page.getByText(/Purchased for \d+ GD/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ticks the recharge countdown without asking the server again', async () => {
    const { page } = await openPage(browser());
    const calls: string[] = [];
    page.on('request', (request) => request.url().includes('/api/playfab/') && calls.push(request.url()));
    await page.goto(`${baseURL}${inventoryPath}`);
    const countdown = page
      .getByRole('list', { name: 'Currencies' })
      .getByText(/\+1 in/)
      .first();
    await countdown.waitFor();
    const first = await countdown.textContent();
    const before = calls.length;
    await expect.poll(() => countdown.textContent(), { timeout: 3000 }).not.toBe(first);
    expect(calls.length).toBe(before);
    await page.close();
  });

  it('filters by catalog version in the URL', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseURL}${inventoryPath}?catalog=season2`);
    await page.getByRole('heading', { name: 'Catalog season2' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Catalog launch' }).count()).toBe(0);
    await page.close();
  });

  it.each([
    ['character-not-found', 'Character not found', /1135 CharacterNotFound/],
    ['player-not-found', 'Player not found', /1001 AccountNotFound/],
    ['invalid-params', 'That link is not valid', /CharacterId: /],
    ['unavailable', 'PlayFab is having trouble', /1123 ServiceUnavailable/],
  ])('%s says "%s"', async (id, title, detail) => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${scenarioPath(id)}`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(detail);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a rate-limited request counts down and then succeeds on its own', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseURL}${scenarioPath('throttled')}`);
    await page.getByRole('heading', { name: 'PlayFab asked us to slow down' }).first().waitFor();
    await page.getByRole('list', { name: 'Currencies' }).waitFor({ timeout: 15_000 });
    await page.close();
  });
});
