import { Hono, type Handler } from 'hono';
import { apiError } from './api-error.ts';
import { negotiateBody, type CompressibleBody, type Gzip } from './body-encoding.ts';
import { bungieHandler } from './bungie-routes.ts';
import { clientAddress, type SocketAddress } from './client-address.ts';
import { providerModes, type ServerConfig } from './config.ts';
import { PLAYFAB_DEMO_IMAGES, playfabDemoImageHandler, playfabHandler } from './playfab-routes.ts';
import { createProxy } from './proxy.ts';
import { requestLimits, type RawHeaders } from './request-limits.ts';
import { requestLog, type Log } from './request-log.ts';
import { securityHeaders } from './security-headers.ts';
import type { SharedStore } from './shared-store.ts';
import { mountSignIn } from './sign-in.ts';
import { fetchTransport, type UpstreamTransport } from './upstream.ts';
import { createUpstreamGuard } from './upstream-guard.ts';
import { createImageGuard } from './image-relay.ts';
import type { JsonCheck } from './json-check.ts';
import { ITEMS, xboxHandlers } from './xbox-routes.ts';
import { xboxCatalogHandler } from './xbox-catalog.ts';
import { XBOX_IMAGES, xboxImageHandler } from './xbox-images.ts';

/**
 * The proxy core. Web-standard Request/Response/fetch only, so the same app can run on Node or on
 * an edge runtime; the runtime's entry adds static files (as a route after these, so they get the
 * same logging and headers), the demo upstream, `socketAddress` (the client's address) and, where
 * it has them, `rawHeaders`, a native upstream `transport` (else `fetch` is used), `gzip` and `jsonCheck`.
 */
export function createApp(deps: {
  config: ServerConfig;
  fetch?: typeof fetch;
  transport?: UpstreamTransport;
  log?: Log;
  socketAddress?: SocketAddress;
  rawHeaders?: RawHeaders;
  gzip?: Gzip;
  /** Off the event loop where the runtime can: big bodies are checked whole before they are kept. */
  jsonCheck?: JsonCheck;
  /** Valkey or Redis, when instances share their state (REDIS_URL). */
  store?: SharedStore;
}): Hono {
  const { config, socketAddress } = deps;
  const log = deps.log ?? (() => {});
  // Called as a plain function: some runtimes reject a global fetch invoked with another `this`.
  const transport = deps.transport ?? fetchTransport(deps.fetch ?? ((input, init) => fetch(input, init)));
  const guards = {
    bungie: createUpstreamGuard('bungie', config.upstreamGuard, { store: deps.store }),
    playfab: createUpstreamGuard('playfab', config.upstreamGuard, { store: deps.store }),
    xbox: createUpstreamGuard('xbox', config.upstreamGuard, { store: deps.store }),
  };
  const security = securityHeaders(config);
  const proxy = createProxy({
    transport,
    timeoutMs: config.upstreamTimeoutMs,
    guards,
    imageGuard: createImageGuard(config.imageRelay),
    imageCacheBytes: config.imageRelay.cacheBytes,
    jsonCacheBytes: config.cacheBytes,
    bodiesInFlightBytes: config.upstreamBodiesBytes,
    gzip: deps.gzip,
    jsonCheck: deps.jsonCheck,
    secure: security.addTo,
    clientOf: (c) => clientAddress(c, socketAddress, config.trustProxy),
    shared: deps.store && { store: deps.store, owner: crypto.randomUUID() },
  });

  const app = new Hono();
  app.use('*', requestLog({ log, socketAddress, trustProxy: config.trustProxy }));
  app.use('*', security.middleware);
  app.use(
    '/api/*',
    requestLimits({
      limits: config.limits,
      socketAddress,
      rawHeaders: deps.rawHeaders,
      trustProxy: config.trustProxy,
      store: deps.store,
    }),
  );
  // Before every provider's routes and the pages the Node entry adds: the gate stands in front of both.
  mountSignIn(app, { access: config.access, trustProxy: config.trustProxy, log });
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/config', configHandler(config));
  app.get('/api/bungie/*', bungieHandler({ bungie: config.bungie, cacheTtlMs: config.cacheTtlMs, proxy }));
  const xbox = xboxHandlers({ xbox: config.xbox, cacheTtlMs: config.cacheTtlMs, proxy });
  app.get('/api/xbox/users/me/inventory', xbox.inventory);
  app.get(`${ITEMS}:itemId`, xbox.item);
  app.get(
    '/api/xbox/catalog',
    xboxCatalogHandler({
      catalog: config.xbox.catalog,
      transport,
      timeoutMs: config.upstreamTimeoutMs,
      limits: config.upstreamGuard,
      clientOf: (c) => clientAddress(c, socketAddress, config.trustProxy),
      gzip: deps.gzip,
    }),
  );
  app.get(`${XBOX_IMAGES}*`, xboxImageHandler({ catalog: config.xbox.catalog, proxy }));
  app.post(
    '/api/playfab/:titleId/Server/:call',
    playfabHandler({ playfab: config.playfab, cacheTtlMs: config.cacheTtlMs, proxy }),
  );
  if (config.playfab.demoImages) {
    app.get(`${PLAYFAB_DEMO_IMAGES}/*`, playfabDemoImageHandler({ demoImages: config.playfab.demoImages, proxy }));
  }
  app.all('/api/*', () => apiError('not_found', 'No such API endpoint.', null));
  app.onError((error, c) => {
    c.set('serverError', error.message);
    return apiError('internal_error', 'The server failed to handle this request.', null);
  });
  return app;
}

/** Built once: the config cannot change while the process runs. */
function configHandler(config: ServerConfig): Handler {
  const directories = {
    bungie: config.bungie.mode === 'demo' ? config.demo?.bungie : undefined,
    playfab: config.playfab.mode === 'demo' ? config.demo?.playfab : undefined,
    xbox: config.xbox.mode === 'demo' ? config.demo?.xbox : undefined,
  };
  const demo = directories.bungie || directories.playfab || directories.xbox ? directories : undefined;
  const body: CompressibleBody = {
    bytes: new TextEncoder().encode(JSON.stringify({ providers: providerModes(config), demo })),
  };
  return async (c) => {
    const { bytes, encoding } = await negotiateBody(body, c.req.header('Accept-Encoding'));
    const headers: Record<string, string> = {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    return new Response(bytes, { headers });
  };
}
