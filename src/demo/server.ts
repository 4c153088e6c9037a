/**
 * Runs the demo upstream as a real HTTP server: bungie.net's and inventory.xboxlive.com's own paths
 * from the root (they do not collide: Bungie's all start with /Platform or an image folder), and
 * PlayFab under `/playfab`.
 */

import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createBungieDemoApp } from './bungie/app.ts';
import { createXboxDemoApp } from './xbox/app.ts';
import { createPlayFabDemoApp } from './playfab/app.ts';
import { IMAGES_PATH } from './playfab/catalog.ts';

export interface DemoUpstreamOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  slowMs?: number;
  /** Base of the PlayFab catalogs' image URLs; unset, absolute URLs on this server. */
  playfabImageBase?: string;
}

/** PLAYFAB_ORIGIN for the demo: the title id goes in the path, as a loopback host cannot carry it. */
export const playfabDemoOrigin = (origin: string) => `${origin}/playfab/{titleId}`;

/** Where the demo serves PlayFab catalog images. */
export const playfabDemoImages = (origin: string) => `${origin}${IMAGES_PATH}`;

export async function startDemoUpstream(options: DemoUpstreamOptions = {}): Promise<{ origin: string; close(): Promise<void> }> {
  // Xbox before Bungie: Bungie's app answers every other path, with its own 404s.
  const app = new Hono()
    .route('/playfab', createPlayFabDemoApp({ imageBase: options.playfabImageBase }))
    .route('/', createXboxDemoApp())
    .route('/', createBungieDemoApp({ slowMs: options.slowMs }));
  const hostname = options.host ?? '127.0.0.1';
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port: options.port ?? 0 }, (info) => resolve({ server, address: info }));
    server.once('error', reject);
  });
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    origin: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => {
      // Keep-alive sockets would hold close() open; the demo has nothing in flight worth waiting for.
      if ('closeAllConnections' in server) server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
