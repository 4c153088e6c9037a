import type { Context, Handler } from 'hono';
import { apiError } from './api-error.ts';
import { negotiateBody, type Gzip } from './body-encoding.ts';
import type { ServerConfig, UpstreamGuardLimits } from './config.ts';
import { noteCache, noteUpstream } from './request-log.ts';
import { createResponseCache, type CacheOutcome } from './response-cache.ts';
import { createTokenBuckets } from './token-bucket.ts';
import { fetchUpstream, UpstreamError, type UpstreamTransport } from './upstream.ts';
import { createUpstreamGuard } from './upstream-guard.ts';
import { catalogUpstreamPath, parseCatalogQuery, type CatalogQuery } from './xbox-catalog-query.ts';

/** Names and art change rarely: a product is kept a day; an id the catalog does not know, an hour. */
const PRODUCT_TTL_MS = 86_400_000;
const UNKNOWN_TTL_MS = 3_600_000;
/** The 10,000-entitlement account in a few markets; products weigh a few kilobytes each. */
const CACHE_ENTRIES = 100_000;
const CACHE_BYTES = 64 * 1024 * 1024;
/** Twenty ids of full product details stay far below this. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** The Store publishes no limit for anonymous reads: a steady pace this server as a whole keeps. */
const RATE_PER_SECOND = 20;
const RATE_WAIT_MS = 2_000;

/** One product's JSON as the catalog sent it, or null for an id it does not know. */
type Kept = { json: string | null };

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/**
 * `GET /api/xbox/catalog?ids=`: the Store display catalog's products, kept per product rather than
 * per batch, so any mix of ids reuses what an earlier ask already fetched; the ids missing from the
 * cache go upstream together in one call, and an id already on its way is waited for, not asked
 * again. Its own circuit, line and rate, apart from the inventory's: a Store outage never holds up
 * the inventory, and the inventory's never closes the Store.
 */
export function xboxCatalogHandler(deps: {
  catalog: ServerConfig['xbox']['catalog'];
  transport: UpstreamTransport;
  timeoutMs: number;
  limits: UpstreamGuardLimits;
  clientOf(c: Context): string;
  gzip?: Gzip;
}): Handler {
  const cache = createResponseCache<Kept>({ maxEntries: CACHE_ENTRIES, maxBytes: CACHE_BYTES });
  const guard = createUpstreamGuard('xbox', deps.limits);
  const rate = createTokenBuckets({ capacity: RATE_PER_SECOND, refillPerSecond: RATE_PER_SECOND });
  const retention = (kept: Kept) => ({
    ttlMs: kept.json === null ? UNKNOWN_TTL_MS : PRODUCT_TTL_MS,
    bytes: 64 + (kept.json?.length ?? 0),
  });

  async function fetchBatch(query: CatalogQuery, c: Context): Promise<Map<string, string>> {
    const grant = rate.take('catalog', RATE_WAIT_MS);
    if (!grant.ok) throw new UpstreamError('upstream_busy', 'The Store catalog is busy; try again shortly.', '1');
    if (grant.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, grant.waitMs));
    // One deadline for the rate wait, the turn and the call together, as for every other provider.
    const timeoutMs = Math.max(0, deps.timeoutMs - grant.waitMs);
    const url = deps.catalog.origin + catalogUpstreamPath(query);
    const reply = await guard(
      async (timeLeftMs) => {
        const reply = await fetchUpstream(deps.transport, {
          url,
          headers: { Accept: 'application/json' },
          timeoutMs: timeLeftMs ?? timeoutMs,
          maxBodyBytes: MAX_BODY_BYTES,
        });
        if (reply.status === 429)
          throw new UpstreamError('rate_limited', 'The Store catalog asked us to slow down.', reply.retryAfter ?? '5');
        const products = reply.status === 200 ? productsOf(reply.body) : undefined;
        if (!products)
          throw new UpstreamError(
            'upstream_bad_response',
            `The Store catalog answered HTTP ${reply.status} without its product list.`,
            undefined,
            reply.status,
          );
        return { status: reply.status, products };
      },
      { client: deps.clientOf(c), path: url, timeoutMs },
    );
    noteUpstream(c, { status: reply.status });
    return reply.products;
  }

  return async (c) => {
    const parsed = parseCatalogQuery(new URL(c.req.url).searchParams, deps.catalog);
    if (!parsed.ok) return apiError('bad_parameter', parsed.message, 'xbox');
    const { market, language } = parsed;
    const missing: CatalogQuery = { ids: [], market, language };
    let batch: Promise<Map<string, string>> | undefined;
    // Every id's lookup starts in this loop, before the batch is sent: a microtask later, all misses are in it.
    const fetchMissing = () => (batch ??= Promise.resolve().then(() => fetchBatch(missing, c)));
    try {
      const results = await Promise.all(
        parsed.ids.map((id) =>
          cache.load(
            `${market}/${language}/${id}`,
            () => {
              missing.ids.push(id);
              return fetchMissing().then((products) => ({ json: products.get(id) ?? null }));
            },
            retention,
          ),
        ),
      );
      noteCache(c, overall(results.map((result) => result.outcome)));
      const products = results.flatMap((result) => (result.value.json === null ? [] : [result.value.json]));
      const body = { bytes: encoder.encode(`{"Products":[${products.join(',')}]}`) };
      const { bytes, encoding } = await negotiateBody(body, c.req.header('Accept-Encoding'), deps.gzip);
      const headers: Record<string, string> = {
        'Content-Type': 'application/json; charset=utf-8',
        Vary: 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      return new Response(bytes, { headers });
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      noteUpstream(c, { status: error.upstreamStatus, error: error.code });
      // The shared guard names the inventory's provider; this is the Store's.
      const message = error.message.replace(/Xbox Live/g, 'the Store catalog').replace(/^the/, 'The');
      return apiError(error.code, message, 'xbox', error.retryAfter);
    }
  };
}

const overall = (outcomes: CacheOutcome[]): CacheOutcome =>
  outcomes.includes('miss') ? 'miss' : outcomes.includes('coalesced') ? 'coalesced' : 'hit';

/** Each product's own JSON by its id, or undefined when the answer is not the catalog's product list. */
function productsOf(body: Uint8Array): Map<string, string> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(body));
  } catch {
    return undefined;
  }
  const list = (parsed as { Products?: unknown } | null)?.Products;
  if (!Array.isArray(list)) return undefined;
  const products = new Map<string, string>();
  for (const product of list) {
    const id = (product as { ProductId?: unknown } | null)?.ProductId;
    if (typeof id === 'string') products.set(id.toUpperCase(), JSON.stringify(product));
  }
  return products;
}
