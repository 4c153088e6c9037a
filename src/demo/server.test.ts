import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bungieDemoDirectory } from './bungie/directory.ts';
import { playfabDemoDirectory } from './playfab/directory.ts';
import { playfabDemoOrigin, startDemoUpstream } from './server.ts';

let upstream: Awaited<ReturnType<typeof startDemoUpstream>>;
beforeAll(async () => {
  upstream = await startDemoUpstream({ port: 0 });
});
afterAll(async () => {
  await upstream?.close();
});

describe('startDemoUpstream', () => {
  it('serves bungie.net paths from the root of a loopback origin', async () => {
    expect(upstream.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const [account] = bungieDemoDirectory.accounts;
    const response = await fetch(
      `${upstream.origin}/Platform/Destiny/${account?.membershipType}/Account/${account?.membershipId}/`,
      {
        headers: { 'X-API-Key': 'any' },
      },
    );
    expect(response.status).toBe(200);
    expect((await response.json()).ErrorCode).toBe(1);
    expect((await fetch(`${upstream.origin}/img/misc/missing_icon.png`)).headers.get('content-type')).toBe('image/png');
  });

  it('serves the Xbox inventory beside Bungie', async () => {
    const response = await fetch(`${upstream.origin}/users/me/inventory?maxItems=1`, {
      headers: { Authorization: 'XBL3.0 x=1;t', 'x-xbl-contract-version': '4' },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).items[0].url).toMatch(new RegExp(`^${upstream.origin}/users/me/inventory/xuid;`));
  });
});

describe('the PlayFab demo on the same server', () => {
  it('answers under /playfab/{titleId}, and the images its catalog names', async () => {
    const url = playfabDemoOrigin(upstream.origin).replace('{titleId}', playfabDemoDirectory.titleId);
    const response = await fetch(`${url}/Server/GetCatalogItems`, {
      method: 'POST',
      headers: { 'X-SecretKey': 'any', 'Content-Type': 'application/json' },
      body: '{"CatalogVersion":"launch"}',
    });
    const { data } = await response.json();
    const image = data.Catalog[0].ItemImageUrl as string;
    expect(image.startsWith(`${upstream.origin}/playfab/images/launch/`)).toBe(true);
    const png = await fetch(image);
    expect(png.headers.get('content-type')).toBe('image/png');
  });
});
