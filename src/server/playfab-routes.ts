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
  const headers = {
    'X-SecretKey': deps.playfab.secretKey,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  // PlayFab's HTTP status equals the envelope's `code`: 200 is a success, anything else is not kept.
  const ttl = (factor: number) => (reply: UpstreamReply) => (reply.status === 200 ? deps.cacheTtlMs * factor : 0);
  const decoder = new TextDecoder();
  // Recharge times count down from the moment PlayFab answered: a cached copy would run late.
  const inventoryTtl = (reply: UpstreamReply) =>
    decoder.decode(reply.body).includes('"VirtualCurrencyRechargeTimes"') ? 0 : ttl(1)(reply);
  const catalogTtl = ttl(CATALOG_TTL_FACTOR);
  // Title ids are DNS labels: the same title in any letter case.
  const titles = new Set(deps.playfab.titleIds.map((id) => id.toUpperCase()));

  return async (c) => {
    const text = await readCapped(c.req.raw, MAX_PLAYFAB_BODY_BYTES);
    if (text === null)
      return apiError('bad_parameter', `The body must be at most ${MAX_PLAYFAB_BODY_BYTES} bytes.`, 'playfab');
    const call = parsePlayFabCall(c.req.param('titleId') ?? '', c.req.param('call') ?? '', text);
    if (!call.ok) return apiError(call.code, call.message, call.code === 'not_found' ? null : 'playfab');
    if (!titles.has(call.titleId.toUpperCase())) {
      return apiError('not_found', 'This server serves no such PlayFab title.', 'playfab');
    }
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
      c,
    );
  };
}

/**
 * The request body as text, or null past `max` bytes: reading stops there, so a huge body sent
 * without (or with a false) Content-Length costs no more memory than the cap.
 */
async function readCapped(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get('Content-Length')) > max) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
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
      c,
    );
  };
}
