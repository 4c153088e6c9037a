import type { Context } from 'hono';
import { apiError, type ApiErrorCode } from './api-error.ts';
import { createBodyBudget, type BodyHold } from './body-budget.ts';
import { negotiateBody, type CompressibleBody, type Gzip } from './body-encoding.ts';
import type { ProviderName } from './config.ts';
import { noteCache, noteUpstream } from './request-log.ts';
import type { SecurityHeaders } from './security-headers.ts';
import { createResponseCache, type CacheOutcome } from './response-cache.ts';
import { loadShared, type SharedCodec } from './shared-load.ts';
import type { SharedStore } from './shared-store.ts';
import { asksKeptOnly, noteServedBody } from './served-body.ts';
import { fetchUpstream, UpstreamError, type UpstreamReply, type UpstreamTransport } from './upstream.ts';
import type { UpstreamGuard } from './upstream-guard.ts';
import { MAX_IMAGE_BYTES, relayedImageType } from './image-relay.ts';
import { parsesAsJson, type JsonCheck } from './json-check.ts';

export interface ProxyTarget {
  provider: ProviderName;
  /** Built from validated parts only; with `body`, the cache key. */
  url: string;
  headers: Record<string, string>;
  /** A canonical JSON body, sent as a POST: equal requests must serialise equally to share a cache entry. */
  body?: string;
  kind: 'json' | 'image';
  /** For images: what the browser may do with them (content-addressed icons never change). */
  cacheControl?: string;
  /** How long a reply may be reused, 0 for never: only the provider knows what success looks like. */
  ttlMs(reply: UpstreamReply): number;
}

/** Answers the request in `c` from cache or upstream; what happened upstream is noted for the request log. */
export type Proxy = (target: ProxyTarget, c: Context) => Promise<Response>;

interface Forwarded extends CompressibleBody {
  kind: ProxyTarget['kind'];
  status: number;
  contentType: string;
  retryAfter: string | null;
  ttlMs: number;
  /** The body's place among the bytes in flight, until its first answer is made. */
  hold: BodyHold;
  /** Read from the store another instance filled, or waited for while it loaded. */
  shared?: CacheOutcome;
  /** Whether the body is whole JSON, asked once for this cache and the store both. */
  whole?: Promise<boolean>;
}

/** Providers that answer errors with an empty body (Xbox Live) still get a classified, readable error. */
const bodilessErrors: Partial<Record<number, { code: ApiErrorCode; message: string }>> = {
  400: { code: 'bad_parameter', message: 'The provider refused the request as invalid.' },
  401: { code: 'unauthorized', message: "The provider refused the server's credentials: missing, invalid or expired." },
  403: { code: 'forbidden', message: "The provider does not allow this call with the server's credentials." },
  404: { code: 'not_found', message: 'The provider has no such thing.' },
  429: { code: 'rate_limited', message: 'The provider asked us to slow down.' },
};

const DEFAULT_IMAGE_CACHE_CONTROL = 'public, max-age=86400';
const JSON_TYPE = /[/+]json\b/i;
const PLAIN_OR_UNTYPED = /^\s*(?:text\/plain\b|$)/i;

export function createProxy(deps: {
  transport: UpstreamTransport;
  timeoutMs: number;
  guards: Record<ProviderName, UpstreamGuard>;
  /** Every provider's images share one guard and one cache, apart from API calls. */
  imageGuard: UpstreamGuard;
  imageCacheBytes: number;
  jsonCacheBytes: number;
  /** Bytes of upstream bodies being received at once, for every provider and image together. */
  bodiesInFlightBytes: number;
  gzip?: Gzip;
  /** How a JSON body is found whole before it is kept: in place unless the runtime has a way off the event loop. */
  jsonCheck?: JsonCheck;
  secure: SecurityHeaders['addTo'];
  /** The address a request's client is known by, for its fair share of each provider. */
  clientOf(c: Context): string;
  /** With a store, instances share kept answers and load each key once between them; `owner` names this one. */
  shared?: { store: SharedStore; owner: string };
}): Proxy {
  const jsonCheck = deps.jsonCheck ?? parsesAsJson;
  const isWhole = (forwarded: Forwarded) => (forwarded.whole ??= Promise.resolve(jsonCheck(forwarded.bytes)));
  const caches = {
    json: createResponseCache<Forwarded>({ maxEntries: 2_000, maxBytes: deps.jsonCacheBytes, keepable: isWhole }),
    // Icons are small and many: bounded by bytes, so a page of them never evicts an inventory.
    image: createResponseCache<Forwarded>({ maxEntries: 100_000, maxBytes: deps.imageCacheBytes }),
  };

  const bodyBudget = createBodyBudget(deps.bodiesInFlightBytes);

  // Called on a cache miss only: hits and coalesced requests never reach the guard's limits.
  const load = (target: ProxyTarget, key: string, c: Context, signal: AbortSignal, timeoutMs = deps.timeoutMs) =>
    (target.kind === 'image' ? deps.imageGuard : deps.guards[target.provider])(
      async (timeLeftMs) => {
        const hold = bodyBudget();
        try {
          const reply = await fetchUpstream(deps.transport, {
            url: target.url,
            headers: target.headers,
            body: target.body,
            timeoutMs: deps.timeoutMs,
            timeLeftMs,
            maxBodyBytes: target.kind === 'image' ? MAX_IMAGE_BYTES : undefined,
            hold,
          });
          return { ...accept(target, reply), hold };
        } catch (error) {
          hold.release();
          throw error;
        }
      },
      { client: deps.clientOf(c), path: key, timeoutMs, signal },
    );

  const codecs = {
    json: forwardedCodec(deps.jsonCacheBytes / 4, isWhole),
    image: forwardedCodec(deps.imageCacheBytes / 4, async () => true),
  };
  const shared = deps.shared;
  // Each instance still loads a key once for its own callers; the store makes that once for all.
  const loadOnce = shared
    ? async (target: ProxyTarget, key: string, c: Context, signal: AbortSignal): Promise<Forwarded> => {
        const { value, outcome } = await loadShared(
          shared.store,
          key,
          { owner: shared.owner, timeoutMs: deps.timeoutMs, codec: codecs[target.kind] },
          (timeLeftMs) => load(target, key, c, signal, timeLeftMs),
        );
        return outcome === 'miss' ? value : { ...value, shared: outcome };
      }
    : load;

  return async (target, c) => {
    try {
      const key = target.body === undefined ? target.url : `${target.url}\n${target.body}`;
      const cache = caches[target.kind];
      const kept = cache.hit(key);
      if (!kept && asksKeptOnly(c.req.raw)) {
        return apiError('upstream_timeout', 'Not kept, and only a kept answer was asked for.', target.provider);
      }
      // Only a load needs to know when the client leaves: on Node, asking for the signal makes one.
      const { value, outcome: local } = kept
        ? { value: kept, outcome: 'hit' as const }
        : await cache.load(
            key,
            (signal) => loadOnce(target, key, c, signal),
            (forwarded) => ({ ttlMs: forwarded.ttlMs, bytes: forwarded.bytes.byteLength }),
            c.req.raw.signal,
          );
      const outcome = local === 'miss' ? (value.shared ?? local) : local;
      try {
        if (outcome !== 'hit') noteUpstream(c, { status: value.status });
        noteCache(c, outcome);
        noteServedBody(c.req.raw, value);
        const headers: Record<string, string> = { 'Content-Type': value.contentType, 'X-Cache': outcome };
        deps.secure(c, headers);
        if (target.kind === 'image') headers['Cache-Control'] = target.cacheControl ?? DEFAULT_IMAGE_CACHE_CONTROL;
        // A gzip copy made for this answer stays with the kept body: the cache counts it too.
        const onGzip = (gzipBytes: number) => cache.resize(key, value, value.bytes.byteLength + gzipBytes);
        return await respond(value, headers, c.req.header('Accept-Encoding'), deps.gzip, onGzip);
      } finally {
        // Read, checked, kept and compressed by now: from here the body is the cache's to count, or on its way out.
        if (local === 'miss') value.hold.release();
      }
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      noteUpstream(c, { status: error.upstreamStatus, error: error.code });
      return apiError(error.code, error.message, target.provider, error.retryAfter);
    }
  };
}

/** Never held against the bytes in flight: read from the store whole, by then. */
const NO_HOLD: BodyHold = { take: () => true, release: () => {} };
const utf8Encoder = new TextEncoder();
const utf8 = new TextDecoder();
/** The store keeps an answer only once it was found whole: what another instance kept needs no second check. */
const FOUND_WHOLE = Promise.resolve(true);

/**
 * An answer in the store: its head as a line of JSON (with when it expires, so every instance
 * keeps it as long as the first), then the body. Bodies over `maxBytes` are not shared, as they
 * are not kept; `keepable` ones are kept, the others shared with concurrent callers only.
 */
function forwardedCodec(
  maxBytes: number,
  keepable: (forwarded: Forwarded) => Promise<boolean>,
): SharedCodec<Forwarded> {
  return {
    async encode(forwarded) {
      if (forwarded.bytes.byteLength > maxBytes) return undefined;
      const ttlMs = forwarded.ttlMs > 0 && (await keepable(forwarded)) ? forwarded.ttlMs : 0;
      const { kind, status, contentType, retryAfter } = forwarded;
      const head = utf8Encoder.encode(
        `${JSON.stringify({ kind, status, contentType, retryAfter, expiresAt: Date.now() + ttlMs })}\n`,
      );
      const bytes = new Uint8Array(head.byteLength + forwarded.bytes.byteLength);
      bytes.set(head);
      bytes.set(forwarded.bytes, head.byteLength);
      return { bytes, ttlMs };
    },
    decode(stored) {
      const end = stored.indexOf(0x0a);
      const head = JSON.parse(utf8.decode(stored.subarray(0, end))) as Omit<Forwarded, 'bytes' | 'hold' | 'ttlMs'> & {
        expiresAt: number;
      };
      const { expiresAt, ...rest } = head;
      const ttlMs = Math.max(0, expiresAt - Date.now());
      return {
        ...rest,
        bytes: stored.slice(end + 1),
        ttlMs,
        hold: NO_HOLD,
        whole: ttlMs > 0 ? FOUND_WHOLE : undefined,
      };
    },
  };
}

/** Provider bodies pass through unchanged; only bodies that cannot be what the client expects are refused. */
function accept(target: ProxyTarget, reply: UpstreamReply): Omit<Forwarded, 'hold'> {
  const ttlMs = target.ttlMs(reply);
  if (target.kind === 'json') {
    const bodiless = reply.body.byteLength === 0 ? bodilessErrors[reply.status] : undefined;
    if (bodiless) throw new UpstreamError(bodiless.code, bodiless.message, reply.retryAfter ?? undefined, reply.status);
    if (!looksLikeJson(reply)) {
      throw new UpstreamError(
        'upstream_bad_response',
        `The provider answered HTTP ${reply.status} with something other than JSON, often a sign of an outage.`,
        undefined,
        reply.status,
      );
    }
    return {
      kind: 'json',
      status: reply.status,
      contentType: 'application/json; charset=utf-8',
      retryAfter: reply.retryAfter,
      bytes: reply.body,
      ttlMs,
    };
  }
  if (reply.status === 404) throw new UpstreamError('not_found', 'The provider has no such image.', undefined, 404);
  if (reply.status < 200 || reply.status > 299) {
    throw new UpstreamError(
      'upstream_bad_response',
      `The provider answered HTTP ${reply.status} without an image.`,
      undefined,
      reply.status,
    );
  }
  return {
    kind: 'image',
    status: reply.status,
    contentType: relayedImageType(reply),
    retryAfter: null,
    bytes: reply.body,
    ttlMs,
  };
}

/**
 * Cheap on purpose: the browser adapter parses and validates fully; this only catches HTML error
 * pages. Some gateways relabel JSON as text/plain or drop the type: the first byte decides those.
 */
function looksLikeJson(reply: UpstreamReply): boolean {
  if (!JSON_TYPE.test(reply.contentType) && !PLAIN_OR_UNTYPED.test(reply.contentType)) return false;
  for (const byte of reply.body) {
    // Whitespace and the UTF-8 byte order mark.
    if (
      byte === 0x20 ||
      byte === 0x09 ||
      byte === 0x0a ||
      byte === 0x0d ||
      byte === 0xef ||
      byte === 0xbb ||
      byte === 0xbf
    )
      continue;
    return byte === 0x7b || byte === 0x5b;
  }
  return false;
}

async function respond(
  forwarded: Forwarded,
  headers: Record<string, string>,
  acceptEncoding: string | undefined,
  gzip: Gzip | undefined,
  onGzip: (gzipBytes: number) => void,
): Promise<Response> {
  if (forwarded.retryAfter) headers['Retry-After'] = forwarded.retryAfter;
  if (forwarded.kind === 'image') {
    return new Response(forwarded.bytes, { status: forwarded.status, headers });
  }
  const gzippedBefore = forwarded.gzip !== undefined;
  const { bytes, encoding } = await negotiateBody(forwarded, acceptEncoding, gzip);
  if (encoding && !gzippedBefore) onGzip(bytes.byteLength);
  headers.Vary = 'Accept-Encoding';
  if (encoding) headers['Content-Encoding'] = encoding;
  return new Response(bytes, { status: forwarded.status, headers });
}
