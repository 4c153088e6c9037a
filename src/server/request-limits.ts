import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from './api-error.ts';
import { isBungieImagePath } from './bungie-paths.ts';
import { clientAddress, type SocketAddress } from './client-address.ts';
import type { RequestLimits } from './config.ts';
import { MAX_PLAYFAB_BODY_BYTES } from './playfab-calls.ts';
import { PLAYFAB_DEMO_IMAGES } from './playfab-routes.ts';
import { XBOX_IMAGES } from './xbox-images.ts';
import type { SharedStore } from './shared-store.ts';
import { createTokenBuckets, type TokenGrant } from './token-bucket.ts';

/** The largest body any /api call takes (PlayFab's), refused from its declared length before it is read. */
const MAX_BODY_BYTES = MAX_PLAYFAB_BODY_BYTES;
/**
 * One inventory page asks for a few hundred icons at once, and scrolling a big vault for more:
 * icons (cached, and capped upstream by the image relay's own guard) get a budget this many times
 * larger, kept apart so they never use up the calls a page needs for its data.
 */
const IMAGE_BUDGET_FACTOR = 10;

/**
 * The request's header lines as the runtime received them (name, value, name, value…), where it
 * keeps them: counted there, they need no Headers object built for every request.
 */
export type RawHeaders = (c: Context) => readonly string[] | undefined;

const isImagePath = (path: string) =>
  path.startsWith(`${PLAYFAB_DEMO_IMAGES}/`) ||
  path.startsWith(XBOX_IMAGES) ||
  (path.startsWith('/api/bungie/') && isBungieImagePath(path.slice('/api/bungie'.length)));

/**
 * Cheap refusals before any routing work: oversized requests first (they cost nothing to spot),
 * then the client's rate. Each answer is our usual JSON error.
 */
export function requestLimits(deps: {
  limits: RequestLimits;
  socketAddress?: SocketAddress;
  rawHeaders?: RawHeaders;
  trustProxy: boolean;
  /** With a store, a client's budget is one across every instance. */
  store?: SharedStore;
}): MiddlewareHandler {
  const { limits, store } = deps;
  const bucketsFor = (factor: number, kind: string) => {
    const bucket = {
      capacity: limits.rateLimitRequests * factor,
      refillPerSecond: (limits.rateLimitRequests * factor * 1000) / limits.rateLimitWindowMs,
    };
    const local = createTokenBuckets(bucket);
    // The local bucket always counts too: alone, it is the budget while the store is down.
    return {
      async take(client: string): Promise<TokenGrant> {
        const grant = local.take(client);
        if (!grant.ok || !store) return grant;
        return (await store.take(`gv:client:${kind}:${client}`, bucket.capacity, bucket.refillPerSecond, 0)) ?? grant;
      },
    };
  };
  const buckets =
    limits.rateLimitRequests > 0
      ? { calls: bucketsFor(1, 'calls'), images: bucketsFor(IMAGE_BUDGET_FACTOR, 'images') }
      : undefined;

  return async (c, next) => {
    const oversized = oversizedPart(c.req.raw, deps.rawHeaders?.(c), limits);
    if (oversized) return oversized;
    // Health checks come from one orchestrator address, often and cheaply: they must never be refused.
    if (buckets && c.req.path !== '/api/health') {
      const budget = isImagePath(c.req.path) ? buckets.images : buckets.calls;
      const grant = await budget.take(clientAddress(c, deps.socketAddress, deps.trustProxy));
      if (!grant.ok) {
        const seconds = Math.max(1, Math.ceil(grant.retryAfterMs / 1000));
        return apiError(
          'rate_limited',
          `Too many requests from this address: try again in ${seconds} s.`,
          null,
          String(seconds),
        );
      }
    }
    await next();
  };
}

function oversizedPart(
  request: Request,
  raw: readonly string[] | undefined,
  limits: RequestLimits,
): Response | undefined {
  let count = 0;
  let bytes = 0;
  if (raw) {
    // Each line counts, as on the wire.
    count = raw.length / 2;
    for (const part of raw) bytes += part.length;
    bytes += count * 4; // ": " and CRLF
  } else {
    // Headers merges repeated names into one; their bytes still all count.
    request.headers.forEach((value, name) => {
      count++;
      bytes += name.length + value.length + 4;
    });
  }
  if (count > limits.maxHeaderCount || bytes > limits.maxHeaderBytes) {
    return apiError(
      'headers_too_large',
      `Requests may carry at most ${limits.maxHeaderCount} headers and ${limits.maxHeaderBytes} bytes of them.`,
      null,
    );
  }
  const url = request.url;
  const query = url.indexOf('?');
  if (query !== -1 && url.length - query - 1 > limits.maxQueryBytes) {
    return apiError('query_too_long', `The query string may be at most ${limits.maxQueryBytes} bytes.`, null);
  }
  if (Number(request.headers.get('Content-Length')) > MAX_BODY_BYTES) {
    return apiError('body_too_large', `Request bodies may be at most ${MAX_BODY_BYTES} bytes.`, null);
  }
  return undefined;
}
