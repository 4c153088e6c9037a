import { describe, expect, inject, it } from 'vitest';
import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';
import { openPage, browserForFile } from './browser.ts';

const baseURL = inject('baseURL');

function scenario(id: (typeof bungieDemoDirectory.scenarios)[number]['id']) {
  const found = bungieDemoDirectory.scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no demo scenario ${id}`);
  const base = `/destiny/${found.membershipType}/${found.membershipId}`;
  return found.characterId ? `${base}/${found.characterId}` : base;
}

const browser = browserForFile();

describe('each error scenario gets its own clear answer', () => {
  it.each([
    ['account-not-found', 'Account not found'],
    ['character-not-found', 'Character not found'],
    ['maintenance', 'Bungie is down for maintenance'],
    ['private', 'This inventory is private'],
    ['html-outage', 'Bungie is having trouble'],
    ['slow', 'Bungie took too long to answer'],
  ] as const)('%s says "%s"', async (id, title) => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseURL}${scenario(id)}`);
    await page.getByRole('alert').getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a throttled request counts down and then succeeds on its own', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseURL}${scenario('throttled')}`);
    await page.getByRole('heading', { name: 'Bungie asked us to slow down' }).waitFor();
    await page.getByText(/Trying again in \d+ s/).waitFor();
    await page.getByRole('alert').waitFor({ state: 'detached', timeout: 15_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('a malformed link is refused without a request to the provider', async () => {
    const { page } = await openPage(browser());
    const platformCalls: string[] = [];
    page.on('request', (request) => request.url().includes('/Platform/') && platformCalls.push(request.url()));
    await page.goto(`${baseURL}/destiny/7/12ab/99`);
    await page.getByRole('heading', { name: 'That link is not valid' }).waitFor();
    expect(platformCalls).toEqual([]);
    await page.close();
  });

  it('an unknown app URL gets a not-found page, and an unknown API path a JSON 404', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseURL}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    const response = await fetch(`${baseURL}/api/nope`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
    await page.close();
  });
});
