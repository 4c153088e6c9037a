import { networkInterfaces } from 'node:os';
import Provider from 'oidc-provider';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSealer } from '../../src/server/session-seal.ts';
import { launchBrowser } from '../support/chromium.ts';
import { freePort, startBuiltServer, type RunningServer } from './server-process.ts';

/**
 * Sign-in against a real OpenID provider (oidc-provider, its development login and consent pages)
 * on loopback, with a second built server that protects PlayFab and Xbox and lets @example.com in.
 */
const CLIENT_ID = 'gearview-e2e';
const CLIENT_SECRET = 'e2e-client-secret-0c4f7a';
const SESSION_SECRET = 'e2e-session-secret-of-at-least-32-bytes';
const INVENTORY = '/xbox/inventory?availability=All';

let idp: ReturnType<Provider['listen']>;
let issuer: string;
let app: RunningServer;
let browser: Browser;
/** Every secret value seen during the run: none may appear in the server's log. */
const secrets = new Set<string>();

beforeAll(async () => {
  const [idpPort, appPort] = [await freePort(), await freePort()];
  issuer = `http://127.0.0.1:${idpPort}`;
  const origin = `http://127.0.0.1:${appPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${origin}/auth/callback`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    // Whatever login is typed becomes the account, its own email address.
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true, name: id.split('@')[0] }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Claims in the ID token, as Entra ID, Google and Okta put them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
  });
  provider.on('access_token.issued', (token) => secrets.add(token.jti));
  provider.on('authorization_code.saved', (code) => secrets.add(code.jti));
  idp = provider.listen(idpPort, '127.0.0.1');
  app = await startBuiltServer({
    PORT: String(appPort),
    DEMO: '1',
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_ALLOWED: '@example.com',
    SESSION_SECRET,
    PUBLIC_ORIGIN: origin,
  });
  secrets.add(CLIENT_SECRET).add(SESSION_SECRET);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((resolve) => idp?.close(resolve));
});

/** Types a login at the provider's page and consents, as a person would. */
async function signInAt(page: Page, login: string) {
  await page.waitForURL(`${issuer}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies(app.origin)).find((each) => each.name === 'gearview_session');
  if (cookie) secrets.add(cookie.value);
  return cookie;
}

async function keepFlowCookies(context: BrowserContext) {
  for (const cookie of await context.cookies(`${app.origin}/auth/`)) secrets.add(cookie.value);
}

describe('sign-in for private data', () => {
  it('sends a private page to the provider and lands back on it, signed in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('request', (request) => {
      const code = new URL(request.url()).searchParams.get('code');
      if (code) secrets.add(code);
    });
    await page.goto(app.origin + INVENTORY);
    await keepFlowCookies(context);
    await signInAt(page, 'ana@example.com');
    await page.waitForURL((url) => url.origin === app.origin && url.pathname === '/xbox/inventory');
    expect(new URL(page.url()).search).toBe('?availability=All');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const cookie = await sessionCookie(context);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie!.value).not.toContain('ana');
    const session = await page.evaluate(() => fetch('/api/session').then((response) => response.json()));
    expect(session).toEqual({
      signIn: { providers: ['playfab', 'xbox'] },
      user: { email: 'ana@example.com', name: 'ana' },
    });

    await expect.poll(() => page.getByRole('banner').textContent()).toContain('Signed in as ana');

    // Sign out from the header: the session is gone and private data asks for sign-in again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${app.origin}/`);
    expect(await sessionCookie(context)).toBeUndefined();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    const after = await page.evaluate(() => fetch('/api/xbox/users/me/inventory').then((r) => r.status));
    expect(after).toBe(401);

    // Reached inside the app (no page load for the server to redirect), a private page says why and links to sign-in.
    await page.getByRole('link', { name: 'Open the inventory' }).click();
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Sign in to see this' }).waitFor();
    const asked = new URL(page.url());
    await alert.getByRole('link', { name: 'Sign in' }).click();
    // The provider still knows ana, so it may send her straight back.
    await page.waitForURL((url) => url.origin === issuer || url.pathname === asked.pathname);
    if (new URL(page.url()).origin === issuer) await signInAt(page, 'ana@example.com');
    await page.waitForURL((url) => url.origin === app.origin && url.pathname === asked.pathname);
    expect(new URL(page.url()).search).toBe(asked.search);
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('Signed in as ana');
    await sessionCookie(context);
    await context.close();
  });

  it('refuses a person outside the allowlist', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(app.origin + INVENTORY);
    await signInAt(page, 'eve@elsewhere.org');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Not allowed here');
    expect(await sessionCookie(context)).toBeUndefined();
    await context.close();
  });

  it('refuses tampered and expired session cookies: the page goes back to sign-in', async () => {
    const sealer = await createSealer(SESSION_SECRET, () => Date.now() - 2 * 3_600_000);
    const expired = await sealer.seal('session', { email: 'ana@example.com', name: 'ana' }, 3_600_000);
    const fresh = await (
      await createSealer(SESSION_SECRET)
    ).seal('session', { email: 'ana@example.com', name: 'ana' }, 3_600_000);
    const tampered = fresh.slice(0, 30) + (fresh[30] === 'A' ? 'B' : 'A') + fresh.slice(31);
    for (const value of [expired, tampered]) {
      secrets.add(value);
      const context = await browser.newContext();
      await context.addCookies([{ name: 'gearview_session', value, url: app.origin }]);
      const page = await context.newPage();
      await page.goto(app.origin + INVENTORY);
      await page.waitForURL(`${issuer}/**`);
      const api = await context.request.get(`${app.origin}/api/xbox/users/me/inventory`);
      expect(api.status()).toBe(401);
      expect((await api.json()).error.code).toBe('sign_in_required');
      await context.close();
    }
  });

  it('refuses a forged callback (a state it did not send)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.origin}/auth/sign-in?return=/xbox/inventory`);
    await page.waitForURL(`${issuer}/**`);
    await keepFlowCookies(context);
    await page.goto(
      `${app.origin}/auth/callback?code=forged-code&state=forged-state&iss=${encodeURIComponent(issuer)}`,
    );
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign-in failed');
    expect(await sessionCookie(context)).toBeUndefined();
    await context.close();
  });

  it('writes no token, code or cookie value to the log', async () => {
    const log = app.output();
    expect(log).toContain('"event":"sign-in"');
    expect(log).toContain('"event":"sign-in-refused"');
    expect(log).toContain('"event":"sign-in-failed"');
    expect(secrets.size).toBeGreaterThan(6);
    for (const secret of secrets) expect(log).not.toContain(secret);
    // An ID token is a JWT: its header always starts so.
    expect(log).not.toContain('eyJ');
  });
});

describe('secure by default', () => {
  /** This machine's first address other than loopback, where a server open to others answers. */
  const outsideAddress = Object.values(networkInterfaces())
    .flat()
    .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
  const answersOutside = async (server: RunningServer) =>
    fetch(`http://${outsideAddress}:${new URL(server.origin).port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );

  it.skipIf(!outsideAddress)(
    'serves a live Xbox nobody signs in for on loopback only, says why, and opens when told',
    async () => {
      const live = { DEMO: '', XBOX_AUTHORIZATION: 'XBL3.0 x=e2e-user;e2e-token' };
      const closed = await startBuiltServer(live);
      try {
        expect(closed.output()).toContain('"event":"loopback-only","providers":["xbox"]');
        expect(await answersOutside(closed)).toBe(false);
      } finally {
        await closed.stop();
      }
      const opened = await startBuiltServer({ ...live, ALLOW_ANONYMOUS: 'xbox' });
      try {
        expect(opened.output()).not.toContain('loopback-only');
        expect(await answersOutside(opened)).toBe(true);
      } finally {
        await opened.stop();
      }
    },
  );
});
