import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as oidc from 'openid-client';
import { isHttps } from './client-address.ts';
import type { ProviderName } from './config.ts';
import { escapeHtml } from './link-preview.ts';
import type { Log } from './request-log.ts';
import { createSealer } from './session-seal.ts';
import { isAllowed, type IdentityClaims } from './sign-in-allowlist.ts';
import type { AccessConfig, SignInConfig } from './sign-in-config.ts';
import { isLoopback } from './sign-in-config.ts';

const SESSION_COOKIE = 'gearview_session';
const FLOW_COOKIE = 'gearview_sign_in';
/** Time to get through the provider's login page. */
const FLOW_TTL_MS = 10 * 60_000;
const CALLBACK = '/auth/callback';

/** Who is signed in, as the browser may know it: never a token. */
export interface SessionUser {
  email: string | null;
  name: string | null;
}

interface Flow {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

/** Which provider a page or API path belongs to; null for everything else (start page, files). */
export function providerOfPath(path: string): ProviderName | null {
  const match = /^\/(?:api\/)?(bungie|destiny|playfab|xbox)(?:\/|$)/.exec(path);
  if (!match) return null;
  return match[1] === 'destiny' ? 'bungie' : (match[1] as ProviderName);
}

/** Only a path on this site, so sign-in can never send a person elsewhere. */
export function safeReturn(raw: string | undefined): string {
  return raw && raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\') ? raw : '/';
}

/**
 * OpenID Connect sign-in (authorization code with PKCE, state and nonce) and the gate in front
 * of the providers it protects. Without OIDC configured only `/api/session` is added, saying so.
 */
export function mountSignIn(app: Hono, deps: { access: AccessConfig; trustProxy: boolean; log: Log }): void {
  const { signIn } = deps.access;
  if (!signIn) {
    app.get('/api/session', (c) => noStore(c.json({ signIn: null, user: null })));
    return;
  }
  const sealer = createSealer(signIn.sessionSecret);
  const issuer = discoverer(signIn);
  const cookieOptions = (c: Context, maxAgeMs: number, path = '/') => ({
    path,
    httpOnly: true,
    // People reach us over HTTPS when PUBLIC_ORIGIN says so, even behind a proxy not trusted to tell.
    secure: signIn.publicOrigin.startsWith('https:') || isHttps(c, deps.trustProxy),
    sameSite: 'Lax' as const,
    maxAge: Math.floor(maxAgeMs / 1000),
  });
  const userOf = async (c: Context) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    return cookie ? ((await (await sealer).unseal('session', cookie)) as SessionUser | undefined) : undefined;
  };

  app.use('*', async (c, next) => {
    const provider = providerOfPath(c.req.path);
    if (!provider || !signIn.providers.includes(provider)) return next();
    if (!(await userOf(c))) {
      if (c.req.path.startsWith('/api/')) {
        return noStore(c.json({ error: { code: 'sign_in_required', message: 'Sign in to see this.', provider } }, 401));
      }
      const url = new URL(c.req.url);
      return c.redirect(`/auth/sign-in?return=${encodeURIComponent(url.pathname + url.search)}`, 302);
    }
    await next();
    // A shared cache must never hand one person's signed-in answer to someone who is not.
    const cacheControl = c.res.headers.get('Cache-Control');
    if (cacheControl?.includes('public')) c.res.headers.set('Cache-Control', cacheControl.replace('public', 'private'));
  });

  app.get('/api/session', async (c) =>
    noStore(c.json({ signIn: { providers: signIn.providers }, user: (await userOf(c)) ?? null })),
  );

  app.get('/auth/sign-in', async (c) => {
    let config: oidc.Configuration;
    try {
      config = await issuer();
    } catch (error) {
      deps.log({
        event: 'sign-in-unavailable',
        reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown',
      });
      return page(c, 502, 'Sign-in is unavailable', 'The sign-in provider did not answer. Try again in a moment.');
    }
    const flow: Flow = {
      verifier: oidc.randomPKCECodeVerifier(),
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      returnTo: safeReturn(c.req.query('return')),
    };
    setCookie(
      c,
      FLOW_COOKIE,
      await (await sealer).seal('flow', flow, FLOW_TTL_MS),
      cookieOptions(c, FLOW_TTL_MS, '/auth'),
    );
    const target = oidc.buildAuthorizationUrl(config, {
      redirect_uri: signIn.publicOrigin + CALLBACK,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return noStore(c.redirect(target.href, 302));
  });

  app.get(CALLBACK, async (c) => {
    const cookie = getCookie(c, FLOW_COOKIE);
    const flow = cookie ? ((await (await sealer).unseal('flow', cookie)) as Flow | undefined) : undefined;
    deleteCookie(c, FLOW_COOKIE, { path: '/auth' });
    if (!flow) return page(c, 400, 'Sign-in expired', 'This sign-in took too long or was not started here.');
    let claims: IdentityClaims & { sub: string; name?: unknown };
    try {
      const config = await issuer();
      const url = new URL(c.req.url);
      const tokens = await oidc.authorizationCodeGrant(config, new URL(CALLBACK + url.search, signIn.publicOrigin), {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
      // Some providers (Entra ID without optional claims) leave the address to userinfo.
      if (typeof claims.email !== 'string' && config.serverMetadata().userinfo_endpoint) {
        claims = { ...claims, ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)) };
      }
    } catch (error) {
      // The library's messages name the check that failed, never a token.
      deps.log({ event: 'sign-in-failed', reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
      return page(c, 400, 'Sign-in failed', 'The answer from the sign-in provider did not check out. Try again.');
    }
    const email = typeof claims.email === 'string' ? claims.email : null;
    if (!isAllowed(signIn.allowed, claims)) {
      deps.log({ event: 'sign-in-refused', email });
      return page(
        c,
        403,
        'Not allowed here',
        `${email ?? 'This account'} is not on this server's list of people who may sign in.`,
      );
    }
    const user: SessionUser = { email, name: typeof claims.name === 'string' ? claims.name : null };
    setCookie(
      c,
      SESSION_COOKIE,
      await (await sealer).seal('session', user, signIn.sessionTtlMs),
      cookieOptions(c, signIn.sessionTtlMs),
    );
    deps.log({ event: 'sign-in', email });
    return noStore(c.redirect(flow.returnTo, 302));
  });

  app.post('/auth/sign-out', (c) => {
    // SameSite=Lax already keeps the cookie off other sites' POSTs; the origin check refuses them outright.
    const origin = c.req.header('Origin');
    if (origin !== signIn.publicOrigin && origin !== new URL(c.req.url).origin) {
      return page(c, 403, 'Not signed out', 'Sign out from Gearview itself.');
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });
}

/** Discovered on first use and kept; a failure is not kept, so the next sign-in tries again. */
function discoverer(signIn: SignInConfig): () => Promise<oidc.Configuration> {
  let found: Promise<oidc.Configuration> | undefined;
  return () => {
    const url = new URL(signIn.issuer);
    found ??= oidc
      .discovery(
        url,
        signIn.clientId,
        undefined,
        signIn.clientSecret ? oidc.ClientSecretPost(signIn.clientSecret) : oidc.None(),
        isLoopback(url.hostname) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        found = undefined;
        throw error;
      });
    return found;
  };
}

function noStore(response: Response): Response {
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

function page(c: Context, status: 400 | 403 | 502, title: string, message: string): Response {
  return noStore(
    c.html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Gearview</title></head>` +
        `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to Gearview</a></p></main></body></html>`,
      status,
    ),
  );
}
