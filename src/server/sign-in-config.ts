import type { ProviderName } from './config.ts';
import { parseAllowlist, type Allowlist } from './sign-in-allowlist.ts';

export interface SignInConfig {
  issuer: string;
  clientId: string;
  /** Unset for a public client, which PKCE alone protects. */
  clientSecret: string | undefined;
  allowed: Allowlist;
  /** Where browsers reach this server: the redirect URI is built on it, never on a request's Host. */
  publicOrigin: string;
  sessionSecret: string;
  sessionTtlMs: number;
  /** Whose pages and /api calls need a session. */
  providers: ProviderName[];
}

export interface AccessConfig {
  signIn: SignInConfig | undefined;
  /** Where browsers reach this server (PUBLIC_ORIGIN), with or without sign-in: link previews build absolute URLs on it. */
  publicOrigin: string | undefined;
  /** Live private providers deliberately served to anyone (ALLOW_ANONYMOUS). */
  allowAnonymous: ProviderName[];
}

type Env = Record<string, string | undefined>;

const PROVIDERS: ProviderName[] = ['bungie', 'playfab', 'xbox'];
/** Providers whose data belongs to a person or a title's players; Bungie's is public. */
const PRIVATE_PROVIDERS: ProviderName[] = ['playfab', 'xbox'];
const REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_ALLOWED', 'SESSION_SECRET', 'PUBLIC_ORIGIN'] as const;
/** What turns sign-in on; PUBLIC_ORIGIN alone does not (link previews use it too). */
const SIGN_IN_ONLY = REQUIRED.filter((name) => name !== 'PUBLIC_ORIGIN');
const MIN_SECRET_BYTES = 32;

export function readAccess(env: Env): AccessConfig {
  const origin = env.PUBLIC_ORIGIN?.trim();
  return {
    signIn: readSignIn(env),
    publicOrigin: origin ? publicOrigin(origin) : undefined,
    allowAnonymous: providerList(env, 'ALLOW_ANONYMOUS') ?? [],
  };
}

/**
 * Live PlayFab or Xbox that anyone reaching the server could read: neither behind sign-in nor
 * opened by ALLOW_ANONYMOUS. The Node entry then listens on loopback only.
 */
export function unguardedProviders(
  access: AccessConfig,
  modes: Record<ProviderName, { mode: 'live' | 'demo' }>,
): ProviderName[] {
  return PRIVATE_PROVIDERS.filter(
    (name) =>
      modes[name].mode === 'live' && !access.signIn?.providers.includes(name) && !access.allowAnonymous.includes(name),
  );
}

function readSignIn(env: Env): SignInConfig | undefined {
  const value = (name: string) => env[name]?.trim() || undefined;
  const given = SIGN_IN_ONLY.filter((name) => value(name) !== undefined);
  if (given.length === 0 && value('OIDC_CLIENT_SECRET') === undefined) return undefined;
  const missing = REQUIRED.filter((name) => value(name) === undefined);
  if (missing.length) throw new Error(`Sign-in needs ${missing.join(', ')} as well`);
  const sessionSecret = value('SESSION_SECRET')!;
  if (new TextEncoder().encode(sessionSecret).byteLength < MIN_SECRET_BYTES) {
    throw new Error(`SESSION_SECRET must be at least ${MIN_SECRET_BYTES} bytes (for example: openssl rand -base64 48)`);
  }
  const hours = Number(value('SESSION_HOURS') ?? 12);
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 30) {
    throw new Error('SESSION_HOURS must be an integer from 1 to 720');
  }
  return {
    issuer: issuerUrl(value('OIDC_ISSUER')!),
    clientId: value('OIDC_CLIENT_ID')!,
    clientSecret: value('OIDC_CLIENT_SECRET'),
    allowed: parseAllowlist(value('OIDC_ALLOWED')!),
    publicOrigin: publicOrigin(value('PUBLIC_ORIGIN')!),
    sessionSecret,
    sessionTtlMs: hours * 3_600_000,
    providers: providerList(env, 'SIGN_IN_PROVIDERS') ?? PRIVATE_PROVIDERS,
  };
}

/** https, or http on loopback only (a provider run beside the server, as the tests do). */
function issuerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('OIDC_ISSUER must be the issuer URL, such as https://login.example.com/realms/main');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new Error('OIDC_ISSUER must be https (http only on localhost or 127.0.0.1)');
  }
  // As given: discovery compares it with the provider's own `issuer`, trailing slash and all.
  return raw;
}

function publicOrigin(raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search) {
    throw new Error('PUBLIC_ORIGIN must be the origin browsers use, such as https://gearview.example.com');
  }
  return url.origin;
}

export const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);

function providerList(env: Env, name: string): ProviderName[] | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const names = raw.split(',').map((item) => item.trim().toLowerCase());
  if (names.some((item) => !PROVIDERS.includes(item as ProviderName))) {
    throw new Error(`${name} must be a comma list of ${PROVIDERS.join(', ')}`);
  }
  return names as ProviderName[];
}
