import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createBungieDemoApp } from '../demo/bungie/app.ts';
import { bungieDemoDirectory } from '../demo/bungie/directory.ts';
import { createPlayFabDemoApp } from '../demo/playfab/app.ts';
import { demoTitleId, players } from '../demo/playfab/roster.ts';
import { createXboxDemoApp } from '../demo/xbox/app.ts';
import { createApp } from './app.ts';
import { DEMO_PLAYFAB_SECRET_KEY, demoXboxAuthorization, readConfig } from './config.ts';
import { createLinkPreview } from './link-preview.ts';

const INDEX = '<!doctype html><html><head><title>Gearview</title></head><body><div id="root"></div></body></html>';
const ORIGIN = 'http://gearview.test';
const PUBLIC = 'https://gearview.example';
const UPSTREAM = 'http://demo.test';

/** The real proxy in front of every demo upstream, reached without sockets. */
function setup(privateProviders: ('playfab' | 'xbox')[] = []) {
  const demo = new Hono()
    .route('/playfab', createPlayFabDemoApp())
    .route('/', createXboxDemoApp())
    .route('/', createBungieDemoApp());
  const config = readConfig({
    BUNGIE_API_KEY: 'preview-test',
    BUNGIE_ORIGIN: UPSTREAM,
    PLAYFAB_SECRET_KEY: DEMO_PLAYFAB_SECRET_KEY,
    PLAYFAB_ORIGIN: `${UPSTREAM}/playfab/{titleId}`,
    PLAYFAB_TITLE_IDS: demoTitleId,
    XBOX_AUTHORIZATION: demoXboxAuthorization('preview-test'),
    XBOX_ORIGIN: UPSTREAM,
    XBOX_CATALOG_ORIGIN: UPSTREAM,
  });
  const api = createApp({ config, fetch: async (input, init) => demo.fetch(new Request(input, init)) });
  const preview = createLinkPreview({
    api: (request) => api.fetch(request),
    indexHtml: INDEX,
    publicOrigin: PUBLIC,
    privateProviders,
  });
  const read = async (path: string) => {
    const response = (await preview(new Request(`${ORIGIN}${path}`)))!;
    return { status: response.status, html: await response.text() };
  };
  const callApi = (path: string, body?: object) =>
    api.fetch(
      new Request(
        `${ORIGIN}${path}`,
        body && { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
      ),
    );
  return Object.assign(read, { api: callApi });
}

/** One tag's content, unescaped only where the test needs it. */
const tag = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)" />`).exec(html)?.[1] ?? null;

const [account] = bungieDemoDirectory.accounts;
const accountPath = `/destiny/${account!.membershipType}/${account!.membershipId}`;
const [player] = players;
const playerPath = `/playfab/${demoTitleId}/players/${player!.playFabId}`;
const character = player!.characters[0]!;

describe('link previews of every page', () => {
  it('sums up a Destiny account by its characters, with a public og:url', async () => {
    const { status, html } = await setup()(`${accountPath}?player=Ember%20%26%20%22Ash%22`);
    expect(status).toBe(200);
    expect(tag(html, 'og:title')).toBe('Ember &amp; &quot;Ash&quot;');
    expect(tag(html, 'og:description')).toMatch(/^(Titan|Hunter|Warlock) · Light \d+/);
    expect(tag(html, 'og:url')).toBe(`${PUBLIC}${accountPath}?player=Ember%20%26%20%22Ash%22`);
    expect(tag(html, 'og:image')).toMatch(new RegExp(`^${PUBLIC}/api/bungie/`));
  });

  it('names a character inventory by class, level and light, and says what a search looks for', async () => {
    const read = setup();
    const accountHtml = (await read(accountPath)).html;
    const { html } = await read(`${accountPath}/${account!.characters[0]!.characterId}?q=is%3Aexotic%20%3Cb%3E`);
    expect(tag(html, 'og:title')).toMatch(/^(Titan|Hunter|Warlock) inventory: search “is:exotic &lt;b&gt;”$/);
    expect(tag(html, 'og:description')).toMatch(
      /^Items matching “is:exotic &lt;b&gt;” · .* · Level \d+ · Light \d+ · Destiny/,
    );
    expect(tag(html, 'twitter:image')).toBe(tag(accountHtml, 'og:image'));
  });

  it('names what a comparison puts side by side', async () => {
    const read = setup();
    const characterId = account!.characters[0]!.characterId;
    const inventory = await (
      await read.api(
        `/api/bungie/Platform/Destiny/${account!.membershipType}/Account/${account!.membershipId}/Character/${characterId}/Inventory/?definitions=true`,
      )
    ).json();
    const weapons = inventory.Response.data.buckets.Equippable[1].items.slice(0, 2);
    const names = weapons.map(
      (item: { itemHash: number }) => inventory.Response.definitions.items[item.itemHash].itemName as string,
    );
    const ids = weapons.map((item: { itemInstanceId: string }) => item.itemInstanceId).join(',');
    const { html } = await read(`${accountPath}/compare?items=${ids}&player=Ember`);
    expect(tag(html, 'og:title')).toBe(`Compare ${names.join(', ')}`.replaceAll("'", '&#39;'));
    expect(tag(html, 'og:description')).toBe('2 items of Ember, side by side');
    expect(tag((await read(`${accountPath}/compare?items=1,2`)).html, 'og:title')).toBe('Compare items');
  });

  it('sums up a PlayFab player, inventory and item, and answers a dead item with 404', async () => {
    const read = setup();
    const { html: playerHtml } = await read(playerPath);
    expect(tag(playerHtml, 'og:title')).toBe(`PlayFab player ${player!.playFabId}`);
    expect(tag(playerHtml, 'og:description')).toContain(`${player!.characters.length} characters: Mira, Brakka`);
    const inventoryPath = `${playerPath}/characters/${character.CharacterId}`;
    const { html } = await read(inventoryPath);
    expect(tag(html, 'og:title')).toBe(`${character.CharacterName} inventory`);
    expect(tag(html, 'og:description')).toMatch(/^Ranger · \d+ items · PlayFab title E3F1A$/);
    expect((await read(`${inventoryPath}/items/NOSUCHITEM`)).status).toBe(404);
  });

  it('says what an Xbox inventory shows, and names an item by its Store title', async () => {
    const read = setup();
    const { html } = await read('/xbox/inventory?itemType=GameV2&state=Enabled');
    expect(tag(html, 'og:title')).toBe('Xbox Live inventory');
    expect(tag(html, 'og:description')).toBe('Entitlements with state: Enabled, itemType: GameV2');
    expect((await read('/xbox/items/no-such-item')).status).toBe(404);
    const page = await (await read.api('/api/xbox/users/me/inventory?itemType=GameV2&maxItems=1')).json();
    const itemId = (page.items[0].url as string).split('/').at(-1)!;
    const item = await read(`/xbox/items/${encodeURIComponent(itemId)}`);
    expect(item.status).toBe(200);
    expect(tag(item.html, 'og:title')).not.toMatch(/^Game [0-9A-Z]+$/);
    expect(tag(item.html, 'og:description')).toMatch(/^Game · /);
  });

  it('names what a PlayFab comparison puts side by side as each item’s own link does', async () => {
    const read = setup();
    const inventoryPath = `${playerPath}/characters/${character.CharacterId}`;
    const inventory = await (
      await read.api(`/api/playfab/${demoTitleId}/Server/GetCharacterInventory`, {
        PlayFabId: player!.playFabId,
        CharacterId: character.CharacterId,
      })
    ).json();
    const ids = (inventory.data.Inventory as { ItemInstanceId: string }[])
      .slice(0, 2)
      .map((item) => item.ItemInstanceId);
    const items = await Promise.all(ids.map((id) => read(`${inventoryPath}/items/${id}`)));
    const { status, html } = await read(`${inventoryPath}/compare?items=${ids.join(',')},GONE`);
    expect(status).toBe(200);
    expect(tag(html, 'og:title')).toBe(`Compare ${items.map((item) => tag(item.html, 'og:title')).join(', ')}`);
    expect(tag(html, 'og:description')).toBe(`3 items of ${character.CharacterName}, side by side`);
    expect(tag(html, 'og:image')).toBe(tag(items[0]!.html, 'og:image'));
    expect(tag((await read(`${inventoryPath}/compare?items=GONE`)).html, 'og:title')).toBe('Compare items');
  });

  it('names what an Xbox comparison puts side by side by Store titles, leaving out a gone entitlement', async () => {
    const read = setup();
    const page = await (await read.api('/api/xbox/users/me/inventory?itemType=GameV2&maxItems=2')).json();
    const ids = (page.items as { url: string }[]).map((item) => item.url.split('/').at(-1)!);
    const { html } = await read(`/xbox/compare?items=${ids.map(encodeURIComponent).join(',')},no-such-item`);
    const title = tag(html, 'og:title')!;
    expect(title).toMatch(/^Compare [^,]+, [^,]+$/);
    expect(title).not.toMatch(/Game [0-9A-Z]{12}/);
    expect(tag(html, 'og:description')).toBe('3 items of an Xbox Live inventory, side by side');
    expect(tag(html, 'og:image')).toMatch(new RegExp(`^${PUBLIC}/api/xbox/images/`));
  });

  it('says nothing of a private provider’s data', async () => {
    const read = setup(['playfab', 'xbox']);
    for (const path of [`${playerPath}/characters/${character.CharacterId}`, '/xbox/inventory?itemType=GameV2']) {
      const { status, html } = await read(path);
      expect(status).toBe(200);
      expect(tag(html, 'og:title')).toMatch(/^A (PlayFab|Xbox Live) page on Gearview$/);
      expect(tag(html, 'og:description')).toMatch(/^Sign in to see this (PlayFab|Xbox Live) page\.$/);
      expect(html).not.toMatch(/Mira|Ranger|Entitlements/);
    }
  });
});
