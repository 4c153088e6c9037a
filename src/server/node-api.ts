import type { Context, Hono } from 'hono';
import type { IncomingMessage } from 'node:http';
import { bungieDemoDirectoryFor } from '../demo/bungie/directory.ts';
import { DEFAULT_SLOW_MS } from '../demo/bungie/slow-scenario.ts';
import { playfabDemoDirectory } from '../demo/playfab/directory.ts';
import { playfabDemoImages, playfabDemoOrigin, startDemoUpstream } from '../demo/server.ts';
import { xboxDemoDirectory } from '../demo/xbox/scenarios.ts';
import { createApp } from './app.ts';
import type { SocketAddress } from './client-address.ts';
import { readConfig, type ServerConfig } from './config.ts';
import { nodeGzip } from './node-gzip.ts';
import { nodeJsonCheck } from './node-json-check.ts';
import { nodeTransport } from './node-transport.ts';
import { valkeyStore } from './node-valkey-store.ts';
import { PLAYFAB_DEMO_IMAGES } from './playfab-routes.ts';
import type { RawHeaders } from './request-limits.ts';
import type { Log } from './request-log.ts';

/** @hono/node-server hands each request's IncomingMessage to the app as `env.incoming`. */
const incomingOf = (c: Context) => (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
const nodeSocketAddress: SocketAddress = (c) => incomingOf(c)?.socket.remoteAddress;
/** Only for the request that came in on it (its path as sent): link previews ask the API in-process with the visitor's `env`. */
const nodeRawHeaders: RawHeaders = (c) => {
  const incoming = incomingOf(c);
  const url = c.req.url;
  return incoming && url.slice(url.indexOf('/', url.indexOf('//') + 2)) === incoming.url
    ? incoming.rawHeaders
    : undefined;
};

/**
 * The API as the Node processes run it (the production entry and the Vite dev server): config
 * from the environment and, for a provider without a key, the demo upstream started in-process
 * on loopback, so demo and live share every line of proxy code.
 */
export async function startNodeApi(
  env: Record<string, string | undefined>,
  log: Log,
): Promise<{ app: Hono; config: ServerConfig; close(): Promise<void> }> {
  let config = readConfig(env);
  const shared = config.redisUrl ? valkeyStore(config.redisUrl, log) : undefined;
  let close = async () => shared?.close();
  if (config.bungie.mode === 'demo' || config.playfab.mode === 'demo' || config.xbox.mode === 'demo') {
    const demo = await startDemoUpstream({
      host: '127.0.0.1',
      port: 0,
      slowMs: config.demoSlowMs,
      playfabImageBase: PLAYFAB_DEMO_IMAGES,
    });
    // Loopback only; end-to-end tests read it to queue faults on the demo's control channel.
    log({ event: 'demo', origin: demo.origin });
    if (config.bungie.mode === 'demo') {
      // The start page describes the slow account by the delay and timeout actually in force.
      const bungie = bungieDemoDirectoryFor({
        slowMs: config.demoSlowMs ?? DEFAULT_SLOW_MS,
        upstreamTimeoutMs: config.upstreamTimeoutMs,
      });
      config = { ...config, bungie: { ...config.bungie, origin: demo.origin }, demo: { ...config.demo, bungie } };
    }
    if (config.playfab.mode === 'demo') {
      config = {
        ...config,
        playfab: {
          ...config.playfab,
          origin: playfabDemoOrigin(demo.origin),
          demoImages: playfabDemoImages(demo.origin),
          // The demo's title unless PLAYFAB_TITLE_IDS names others, which the demo then refuses as PlayFab would.
          titleIds: config.playfab.titleIds.length ? config.playfab.titleIds : [playfabDemoDirectory.titleId],
        },
        demo: { ...config.demo, playfab: playfabDemoDirectory },
      };
    }
    if (config.xbox.mode === 'demo') {
      config = {
        ...config,
        xbox: {
          ...config.xbox,
          origin: demo.origin,
          catalog: { ...config.xbox.catalog, origin: demo.origin, imageOrigin: demo.origin },
        },
        demo: { ...config.demo, xbox: xboxDemoDirectory },
      };
    }
    close = async () => {
      await Promise.all([demo.close(), shared?.close()]);
    };
  }
  return {
    app: createApp({
      config,
      log,
      socketAddress: nodeSocketAddress,
      rawHeaders: nodeRawHeaders,
      transport: nodeTransport,
      gzip: nodeGzip,
      jsonCheck: nodeJsonCheck,
      store: shared?.store,
    }),
    config,
    close,
  };
}
