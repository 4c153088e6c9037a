/**
 * Runs the demo upstream as a real HTTP server: bungie.net's, inventory.xboxlive.com's and the Store catalog's own paths
 * from the root (they do not collide: Bungie's all start with /Platform or an image folder), and
 * PlayFab under `/playfab`. Tests queue faults for the next calls at `/__demo/faults`.
 */

import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createBungieDemoApp, isPlatformPath } from './bungie/app.ts';
import { bungieFaultReplies } from './bungie/fault-replies.ts';
import { createFaultControl, FAULTS_PATH, injectQueuedFaults, type FaultRouting } from './faults/fault-control.ts';
import { createFaultQueue } from './faults/fault-queue.ts';
import { playfabFaultReplies } from './playfab/fault-replies.ts';
import { xboxFaultReplies } from './xbox/fault-replies.ts';
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

/** API calls only: images stay healthy, so a queued fault is never used up by an icon. */
const faultRouting: FaultRouting = (path) => {
  if (path.startsWith('/playfab/') && path.includes('/Server/'))
    return { provider: 'playfab', replies: playfabFaultReplies };
  // The Store catalog's faults are Xbox faults matched on its path, `/v7.0/products`.
  if (path.startsWith('/users/me/') || path.startsWith('/v7.0/'))
    return { provider: 'xbox', replies: xboxFaultReplies };
  if (isPlatformPath(path)) return { provider: 'bungie', replies: bungieFaultReplies };
  return undefined;
};

export async function startDemoUpstream(
  options: DemoUpstreamOptions = {},
): Promise<{ origin: string; close(): Promise<void> }> {
  const faults = createFaultQueue();
  // Xbox before Bungie: Bungie's app answers every other path, with its own 404s.
  const app = new Hono()
    .route(FAULTS_PATH, createFaultControl(faults))
    .use(injectQueuedFaults(faults, faultRouting))
    .route('/playfab', createPlayFabDemoApp({ imageBase: options.playfabImageBase }))
    .route('/', createXboxDemoApp())
    .route('/', createBungieDemoApp({ slowMs: options.slowMs }));
  const hostname = options.host ?? '127.0.0.1';
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>(
    (resolve, reject) => {
      const server = serve({ fetch: app.fetch, hostname, port: options.port ?? 0 }, (info) =>
        resolve({ server, address: info }),
      );
      server.once('error', reject);
    },
  );
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    origin: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets would hold close() open; the demo has nothing in flight worth waiting for.
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
