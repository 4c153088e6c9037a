import { DEFAULT_UPSTREAM_PLATFORM_PREFIX } from './bungie-paths.ts';
import type { ImageRelayLimits } from './image-relay.ts';
import { catalogLocale } from './xbox-catalog-query.ts';
import { readAccess, type AccessConfig } from './sign-in-config.ts';

export type ProviderName = 'bungie' | 'playfab' | 'xbox';

export interface ServerConfig {
  port: number;
  upstreamTimeoutMs: number;
  cacheTtlMs: number;
  /** Memory for kept API answers, their gzip copies included. */
  cacheBytes: number;
  /** Upstream bodies being received at once, all providers and images together. */
  upstreamBodiesBytes: number;
  bungie: {
    mode: 'live' | 'demo';
    origin: string;
    /** Where the Destiny 1 API lives on `origin`, with a slash at each end. */
    platformPrefix: string;
    apiKey: string;
  };
  playfab: {
    mode: 'live' | 'demo';
    secretKey: string;
    /** An origin with `{titleId}` in it (host or path), filled in per request with a validated title id. */
    origin: string;
    /** Origins allowed to serve live catalog images (CSP img-src); unset, any https origin. */
    imageOrigins: string[] | undefined;
    /** The titles this server serves (PLAYFAB_TITLE_IDS): a secret key belongs to one title, so no other is forwarded. */
    titleIds: string[];
    /** The embedded demo's image folder, relayed at `/api/playfab/demo-images/`; set only in demo mode. */
    demoImages?: string;
  };
  xbox: {
    mode: 'live' | 'demo';
    origin: string;
    authorization: string;
    /** The Store display catalog (names and art) and its image host; the demo's in demo mode. */
    catalog: { origin: string; imageOrigin: string; market: string; language: string };
  };
  /** What one client may ask of /api; see request-limits.ts. */
  limits: RequestLimits;
  /** How hard the proxy may lean on each provider; see upstream-guard.ts. */
  upstreamGuard: UpstreamGuardLimits;
  /** Relayed images, apart from every provider's API limits; see image-relay.ts. */
  imageRelay: ImageRelayLimits;
  /** Who may see which provider: OpenID Connect sign-in and ALLOW_ANONYMOUS; see sign-in-config.ts. */
  access: AccessConfig;
  /** Believe X-Forwarded-For and X-Forwarded-Proto: only behind a reverse proxy that sets them. */
  trustProxy: boolean;
  /** Valkey or Redis that instances share their cache, loads and Bungie's rate through; unset, all stays in this process. */
  redisUrl: string | undefined;
  /** Delay the embedded demo applies to its "slow" scenario (DEMO_SLOW_MS); unset keeps the demo's default. */
  demoSlowMs: number | undefined;
  /** Demo directories for the start page. Their shape belongs to src/demo; the core only relays them. */
  demo?: { bungie?: unknown; playfab?: unknown; xbox?: unknown };
}

export interface RequestLimits {
  /** Requests per address per window, also the burst; 0 turns rate limiting off. */
  rateLimitRequests: number;
  rateLimitWindowMs: number;
  maxQueryBytes: number;
  maxHeaderCount: number;
  maxHeaderBytes: number;
}

export interface UpstreamGuardLimits {
  /** Calls in flight per provider; more wait in a queue of `queue`, then are refused. */
  concurrency: number;
  queue: number;
  /** Consecutive failures that open a provider's circuit, and how long it stays open. */
  circuitFailures: number;
  circuitCoolDownMs: number;
  /** Bungie's documented per-address limit, averaged over 10 s. */
  bungieRatePerSecond: number;
}

/** The demo upstream accepts any key; sending one keeps its request path identical to live. */
export const DEMO_BUNGIE_API_KEY = 'gearview-demo';
/** Shaped like a real value, so the demo checks the same header form as Xbox Live. */
export const demoXboxAuthorization = (userhash: string) => `XBL3.0 x=${userhash};gearview-demo-token`;
export const DEMO_PLAYFAB_SECRET_KEY = 'gearview-demo';

type Env = Record<string, string | undefined>;

export function readConfig(env: Env): ServerConfig {
  const forceDemo = env.DEMO === '1';
  const bungieKey = nonEmpty(env.BUNGIE_API_KEY);
  const bungieLive = bungieKey !== undefined && !forceDemo;
  const xboxAuthorization = forceDemo ? undefined : nonEmpty(env.XBOX_AUTHORIZATION);
  const playfabKey = nonEmpty(env.PLAYFAB_SECRET_KEY);
  const playfabLive = playfabKey !== undefined && !forceDemo;
  return {
    port: integer(env, 'PORT', 0, 65_535) ?? 8080,
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 1, 600_000) ?? 10_000,
    cacheTtlMs: integer(env, 'CACHE_TTL_MS', 0, 86_400_000) ?? 15_000,
    cacheBytes: (integer(env, 'CACHE_MB', 1, 65_536) ?? 128) * 1024 * 1024,
    // Four of the largest answers accepted (64 MiB each) at once.
    upstreamBodiesBytes: (integer(env, 'UPSTREAM_BODIES_MB', 1, 65_536) ?? 256) * 1024 * 1024,
    demoSlowMs: integer(env, 'DEMO_SLOW_MS', 0, 600_000),
    limits: {
      rateLimitRequests: integer(env, 'RATE_LIMIT_REQUESTS', 0, 1_000_000) ?? 300,
      rateLimitWindowMs: integer(env, 'RATE_LIMIT_WINDOW_MS', 1_000, 3_600_000) ?? 10_000,
      // Xbox's longest valid query (100 product ids and a continuation token) stays below 12 KB.
      maxQueryBytes: integer(env, 'MAX_QUERY_BYTES', 256, 65_536) ?? 12_288,
      maxHeaderCount: integer(env, 'MAX_HEADER_COUNT', 8, 1_000) ?? 64,
      maxHeaderBytes: integer(env, 'MAX_HEADER_BYTES', 1_024, 65_536) ?? 8_192,
    },
    upstreamGuard: {
      concurrency: integer(env, 'UPSTREAM_CONCURRENCY', 1, 10_000) ?? 32,
      queue: integer(env, 'UPSTREAM_QUEUE', 0, 100_000) ?? 256,
      circuitFailures: integer(env, 'CIRCUIT_FAILURES', 1, 1_000) ?? 5,
      circuitCoolDownMs: integer(env, 'CIRCUIT_COOL_DOWN_MS', 100, 3_600_000) ?? 10_000,
      bungieRatePerSecond: integer(env, 'BUNGIE_RATE_PER_SECOND', 1, 100_000) ?? 25,
    },
    imageRelay: {
      concurrency: integer(env, 'IMAGE_CONCURRENCY', 1, 10_000) ?? 16,
      queue: integer(env, 'IMAGE_QUEUE', 0, 100_000) ?? 2_048,
      cacheBytes: (integer(env, 'IMAGE_CACHE_MB', 1, 65_536) ?? 64) * 1024 * 1024,
    },
    trustProxy: env.TRUST_PROXY === '1',
    redisUrl: nonEmpty(env.REDIS_URL),
    access: readAccess(env),
    bungie: {
      mode: bungieLive ? 'live' : 'demo',
      origin: origin(env, 'BUNGIE_ORIGIN', 'https://www.bungie.net'),
      platformPrefix: pathPrefix(env, 'BUNGIE_PLATFORM_PREFIX', DEFAULT_UPSTREAM_PLATFORM_PREFIX),
      apiKey: bungieLive ? bungieKey : DEMO_BUNGIE_API_KEY,
    },
    playfab: {
      mode: playfabLive ? 'live' : 'demo',
      secretKey: playfabLive ? playfabKey : DEMO_PLAYFAB_SECRET_KEY,
      origin: originTemplate(env, 'PLAYFAB_ORIGIN', 'https://{titleId}.playfabapi.com'),
      imageOrigins: originList(env, 'PLAYFAB_IMAGE_ORIGINS'),
      titleIds: titleIds(env, playfabLive),
    },
    xbox: {
      mode: xboxAuthorization ? 'live' : 'demo',
      origin: origin(env, 'XBOX_ORIGIN', 'https://inventory.xboxlive.com'),
      // The demo answers "me" by user hash; DEMO_XBOX_USERHASH picks another demo user.
      authorization: xboxAuthorization ?? demoXboxAuthorization(userhash(env.DEMO_XBOX_USERHASH) ?? 'gearview-demo'),
      catalog: {
        origin: origin(env, 'XBOX_CATALOG_ORIGIN', 'https://displaycatalog.mp.microsoft.com'),
        imageOrigin: 'https://store-images.s-microsoft.com',
        ...catalogLocale(env),
      },
    },
  };
}

/** What the browser and the start-up log may know about each provider: never keys or origins. */
export function providerModes(config: ServerConfig) {
  return {
    bungie: { mode: config.bungie.mode },
    playfab: { mode: config.playfab.mode },
    xbox: { mode: config.xbox.mode },
  };
}

function userhash(value: string | undefined): string | undefined {
  const trimmed = nonEmpty(value);
  if (trimmed !== undefined && !/^[\w.-]{1,64}$/.test(trimmed))
    throw new Error('DEMO_XBOX_USERHASH must be 1 to 64 letters, digits, dots, dashes or underscores');
  return trimmed;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function integer(env: Env, name: string, min: number, max: number): number | undefined {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** Upstream URLs are built as origin + path, so only a bare http(s) origin is accepted. */
function origin(env: Env, name: string, fallback: string): string {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an http(s) origin such as https://example.com`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search || url.username) {
    throw new Error(`${name} must be an http(s) origin such as https://example.com, without path or credentials`);
  }
  return url.origin;
}

/** A path of plain segments, written with a slash at each end however it was given. */
function pathPrefix(env: Env, name: string, fallback: string): string {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const segments = raw.split('/').filter(Boolean);
  if (segments.some((segment) => !/^[A-Za-z0-9_-]{1,64}$/.test(segment))) {
    throw new Error(`${name} must be a path of letters, digits, dashes and underscores, such as /d1/Platform/Destiny/`);
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** PlayFab's own shape for a title id: a few letters and digits (it is a DNS label of playfabapi.com). */
export const PLAYFAB_TITLE_ID = /^[A-Za-z0-9]{1,32}$/;

/** Required with a live PlayFab: the key's own title, or the few a deployment serves; unset in demo mode (the demo's is added). */
function titleIds(env: Env, live: boolean): string[] {
  const raw = nonEmpty(env.PLAYFAB_TITLE_IDS);
  if (raw === undefined) {
    if (live) throw new Error('PLAYFAB_TITLE_IDS must name the title(s) of PLAYFAB_SECRET_KEY, comma-separated');
    return [];
  }
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0 || ids.some((id) => !PLAYFAB_TITLE_ID.test(id))) {
    throw new Error('PLAYFAB_TITLE_IDS must be PlayFab title ids (letters and digits), comma-separated');
  }
  return ids;
}

/** A comma-separated list of bare origins; unset gives undefined, so callers choose the default. */
function originList(env: Env, name: string): string[] | undefined {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return undefined;
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => origin({ [name]: item }, name, ''));
}

/**
 * A PlayFab origin template: `{titleId}` once, in the host (real PlayFab) or the path (a server
 * that cannot put the title in its host name, such as the demo upstream on loopback).
 */
function originTemplate(env: Env, name: string, fallback: string): string {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const fail = () =>
    new Error(`${name} must be an http(s) URL containing {titleId} once, such as https://{titleId}.example.com`);
  if (raw.split('{titleId}').length !== 2) throw fail();
  // Whole DNS label of a domain (`{titleId}.example.com`) or whole path segment, so a title id can never be the host itself.
  if (!/^https?:\/\/(?:\{titleId\}\.[^/{]*[a-z][^/{]*|[^/{]+\/(?:[^/{]+\/)*\{titleId\})(?:\/[^{]*)?$/i.test(raw))
    throw fail();
  let url: URL;
  try {
    url = new URL(raw.replace('{titleId}', 'title0'));
  } catch {
    throw fail();
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.search ||
    url.hash ||
    url.username ||
    raw.includes('?') ||
    raw.includes('#')
  ) {
    throw fail();
  }
  return raw.replace(/\/+$/, '');
}
