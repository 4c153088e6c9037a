import type { Handler } from 'hono';
import { apiError } from './api-error.ts';
import type { ServerConfig } from './config.ts';
import { MAX_PLAYFAB_BODY_BYTES, parsePlayFabCall } from './playfab-calls.ts';
import type { Proxy } from './proxy.ts';
import type { UpstreamReply } from './upstream.ts';

/** Catalogs change rarely and are shared by every player of a title; inventories change often. */
const CATALOG_TTL_FACTOR = 20;

/** POST `/api/playfab/:titleId/Server/:call`: validated, given the secret, sent on, passed back unchanged. */
export function playfabHandler(deps: { playfab: ServerConfig['playfab']; cacheTtlMs: number; proxy: Proxy }): Handler {
  const headers = { 'X-SecretKey': deps.playfab.secretKey, 'Content-Type': 'application/json', Accept: 'application/json' };
  // PlayFab's HTTP status equals the envelope's `code`: 200 is a success, anything else is not kept.
  const ttl = (factor: number) => (reply: UpstreamReply) => (reply.status === 200 ? deps.cacheTtlMs * factor : 0);
  const inventoryTtl = ttl(1);
  const catalogTtl = ttl(CATALOG_TTL_FACTOR);

  return async (c) => {
    const declared = Number(c.req.header('Content-Length'));
    if (declared > MAX_PLAYFAB_BODY_BYTES) return apiError('bad_parameter', `The body must be at most ${MAX_PLAYFAB_BODY_BYTES} bytes.`, 'playfab');
    const call = parsePlayFabCall(c.req.param('titleId') ?? '', c.req.param('call') ?? '', await c.req.text());
    if (!call.ok) return apiError(call.code, call.message, call.code === 'not_found' ? null : 'playfab');
    // Only headers built here reach PlayFab; nothing from the client's request is forwarded.
    return deps.proxy(
      {
        provider: 'playfab',
        url: `${deps.playfab.origin.replace('{titleId}', call.titleId)}/Server/${call.call}`,
        headers,
        body: call.body,
        kind: 'json',
        ttlMs: call.call === 'GetCatalogItems' ? catalogTtl : inventoryTtl,
      },
      c.req.header('Accept-Encoding'),
    );
  };
}

/** Where the app serves the embedded demo's catalog images, same-origin so they load from anywhere. */
export const PLAYFAB_DEMO_IMAGES = '/api/playfab/demo-images';
const DEMO_IMAGE = /^\/([\w-]{1,64})\/([\w-]{1,128}\.png)$/;
const IMAGE_TTL_MS = 60 * 60 * 1000;

/** GET `/api/playfab/demo-images/:version/:file`: the demo's painted catalog images, by validated name only. */
export function playfabDemoImageHandler(deps: { demoImages: string; proxy: Proxy }): Handler {
  return (c) => {
    const match = DEMO_IMAGE.exec(new URL(c.req.url).pathname.slice(PLAYFAB_DEMO_IMAGES.length));
    if (!match) return apiError('not_found', 'No such demo image.', null);
    return deps.proxy(
      {
        provider: 'playfab',
        url: `${deps.demoImages}/${match[1]}/${match[2]}`,
        headers: { Accept: 'image/*' },
        kind: 'image',
        ttlMs: (reply) => (reply.status === 200 ? IMAGE_TTL_MS : 0),
      },
      c.req.header('Accept-Encoding'),
    );
  };
}
