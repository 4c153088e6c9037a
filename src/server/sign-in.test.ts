import { describe, expect, it, vi } from 'vitest';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { createSealer } from './session-seal.ts';
import { providerOfPath, safeReturn } from './sign-in.ts';

const SECRET = 'a-test-secret-of-at-least-32-bytes!!';
const ENV = {
  OIDC_ISSUER: 'https://login.example.com',
  OIDC_CLIENT_ID: 'gearview',
  OIDC_ALLOWED: '@example.com',
  SESSION_SECRET: SECRET,
  PUBLIC_ORIGIN: 'http://localhost',
};
const XBOX = 'http://localhost/api/xbox/users/me/inventory';

function setup(env: Record<string, string> = ENV) {
  const upstream: string[] = [];
  const app = createApp({
    config: readConfig(env),
    fetch: async (input) => {
      upstream.push(String(input));
      return new Response('{}', { headers: { 'Content-Type': 'application/json' } });
    },
  });
  // Pages come after the API in the Node entry; a stand-in answers them here.
  app.get('*', (c) => c.text('the page'));
  return { app, upstream };
}

async function sessionCookie(ttlMs = 60_000, now = Date.now) {
  const sealed = await (
    await createSealer(SECRET, now)
  ).seal('session', { email: 'ana@example.com', name: 'Ana' }, ttlMs);
  return `gearview_session=${sealed}`;
}

describe('the sign-in gate', () => {
  it('answers a protected API call without a session with 401 sign_in_required, asking nothing upstream', async () => {
    const { app, upstream } = setup();
    const response = await app.request(XBOX);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: 'sign_in_required', message: 'Sign in to see this.', provider: 'xbox' },
    });
    const playfab = await app.request('http://localhost/api/playfab/ABC1/Server/GetCatalogItems', { method: 'POST' });
    expect(playfab.status).toBe(401);
    expect(upstream).toEqual([]);
  });

  it('sends a protected page to sign-in, to come back to the same URL', async () => {
    const { app } = setup();
    const response = await app.request('http://localhost/xbox/inventory?state=Enabled');
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/auth/sign-in?return=%2Fxbox%2Finventory%3Fstate%3DEnabled');
  });

  it('lets a sealed, unexpired session through, and refuses a tampered or expired one', async () => {
    const { app } = setup();
    const good = await sessionCookie();
    expect((await app.request(XBOX, { headers: { Cookie: good } })).status).toBe(200);
    expect((await app.request('http://localhost/xbox/inventory', { headers: { Cookie: good } })).status).toBe(200);
    const tampered = good.slice(0, -4) + (good.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await app.request(XBOX, { headers: { Cookie: tampered } })).status).toBe(401);
    const expired = await sessionCookie(60_000, () => Date.now() - 120_000);
    expect((await app.request(XBOX, { headers: { Cookie: expired } })).status).toBe(401);
  });

  it('leaves Bungie, the start page and health public unless asked', async () => {
    const { app } = setup();
    expect((await app.request('http://localhost/destiny/2/1')).status).toBe(200);
    expect((await app.request('http://localhost/')).status).toBe(200);
    expect((await app.request('http://localhost/api/health')).status).toBe(200);
    const strict = setup({ ...ENV, SIGN_IN_PROVIDERS: 'bungie,playfab,xbox' });
    expect((await strict.app.request('http://localhost/destiny/2/1')).status).toBe(302);
  });

  it('tells the browser whether sign-in is on and who is signed in, never a token', async () => {
    const { app } = setup();
    expect(await (await app.request('http://localhost/api/session')).json()).toEqual({
      signIn: { providers: ['playfab', 'xbox'] },
      user: null,
    });
    const signedIn = await app.request('http://localhost/api/session', { headers: { Cookie: await sessionCookie() } });
    expect(await signedIn.json()).toEqual({
      signIn: { providers: ['playfab', 'xbox'] },
      user: { email: 'ana@example.com', name: 'Ana' },
    });
    const off = setup({});
    expect(await (await off.app.request('http://localhost/api/session')).json()).toEqual({ signIn: null, user: null });
    expect((await off.app.request(XBOX)).status).toBe(200);
  });

  it('signs out only from its own pages', async () => {
    const { app } = setup();
    const cookie = await sessionCookie();
    const forged = await app.request('http://localhost/auth/sign-out', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('Set-Cookie')).toBeNull();
    const own = await app.request('http://localhost/auth/sign-out', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'http://localhost' },
    });
    expect(own.status).toBe(303);
    expect(own.headers.get('Set-Cookie')).toMatch(/^gearview_session=;.*Max-Age=0/);
  });
});

describe('sign-in itself', () => {
  it('asks the provider for a code with PKCE, state and nonce, keeping them in a Secure cookie over HTTPS', async () => {
    const issuer = 'https://login.example.com';
    vi.stubGlobal('fetch', async () =>
      Response.json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
      }),
    );
    try {
      const app = createApp({ config: readConfig({ ...ENV, PUBLIC_ORIGIN: 'https://gearview.example.com' }) });
      const response = await app.request('http://localhost/auth/sign-in?return=/xbox/inventory');
      expect(response.status).toBe(302);
      const target = new URL(response.headers.get('Location')!);
      expect(target.origin + target.pathname).toBe(`${issuer}/authorize`);
      expect(Object.fromEntries(target.searchParams)).toMatchObject({
        response_type: 'code',
        client_id: 'gearview',
        redirect_uri: 'https://gearview.example.com/auth/callback',
        code_challenge_method: 'S256',
        scope: 'openid email profile',
      });
      for (const name of ['code_challenge', 'state', 'nonce'])
        expect(target.searchParams.get(name)).toMatch(/^\S{20,}$/);
      const cookie = response.headers.get('Set-Cookie')!;
      expect(cookie).toMatch(/^gearview_sign_in=[\w-]+; Max-Age=600; Path=\/auth; HttpOnly; Secure; SameSite=Lax$/);
      expect(cookie).not.toContain(target.searchParams.get('state')!);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says so in a page, not a stack, when the provider cannot be reached', async () => {
    const logs: Record<string, unknown>[] = [];
    const app = createApp({
      config: readConfig({ ...ENV, OIDC_ISSUER: 'http://127.0.0.1:9' }),
      log: (line) => logs.push(line),
    });
    const response = await app.request('http://localhost/auth/sign-in?return=/xbox/inventory');
    expect(response.status).toBe(502);
    expect(await response.text()).toContain('Sign-in is unavailable');
    expect(logs.some((line) => line.event === 'sign-in-unavailable')).toBe(true);
  });
});

describe('sign-in paths', () => {
  it('knows each provider by its pages and its API', () => {
    expect(providerOfPath('/api/playfab/T/Server/X')).toBe('playfab');
    expect(providerOfPath('/playfab/T/players/1')).toBe('playfab');
    expect(providerOfPath('/xbox')).toBe('xbox');
    expect(providerOfPath('/destiny/2/1')).toBe('bungie');
    expect(providerOfPath('/xboxfoo')).toBeNull();
    expect(providerOfPath('/assets/x.js')).toBeNull();
  });

  it('returns only to a path on this site', () => {
    expect(safeReturn('/xbox/inventory?q=1')).toBe('/xbox/inventory?q=1');
    for (const bad of [undefined, 'https://evil.example', '//evil.example', '/\\evil.example']) {
      expect(safeReturn(bad)).toBe('/');
    }
  });
});
