import type { Handler } from 'hono';
import { apiError } from './api-error.ts';
import type { ServerConfig } from './config.ts';
import type { Proxy } from './proxy.ts';

export const XBOX_IMAGES = '/api/xbox/images/';
/** The Store's image paths (`image/apps.<digits>.<digits>.<guid>...`): nothing else on its host is relayed. */
const IMAGE_PATH = /^image\/apps\.[A-Za-z0-9.-]{1,200}$/;
const SIZE = /^\d{1,4}$/;
const MAX_SIZE = 2_160;
/** Store images are content-addressed: a new picture gets a new path. */
const IMAGE_TTL_MS = 86_400_000;
const CACHE_CONTROL = 'public, max-age=604800, immutable';

/**
 * `GET /api/xbox/images/image/apps...?w=&h=`: a Store catalog picture, relayed through the proxy's
 * image cache and guard, with the width and height the Store's image host resizes to.
 */
export function xboxImageHandler(deps: { catalog: ServerConfig['xbox']['catalog']; proxy: Proxy }): Handler {
  return (c) => {
    const url = new URL(c.req.url);
    const path = url.pathname.slice(XBOX_IMAGES.length);
    if (!IMAGE_PATH.test(path)) return apiError('not_found', 'No such Store image.', 'xbox');
    const size = new URLSearchParams();
    for (const [name, value] of url.searchParams) {
      if (
        (name !== 'w' && name !== 'h') ||
        size.has(name) ||
        !SIZE.test(value) ||
        Number(value) < 1 ||
        Number(value) > MAX_SIZE
      )
        return apiError('bad_parameter', `An image takes only w and h, once each, from 1 to ${MAX_SIZE}.`, 'xbox');
      size.set(name, String(Number(value)));
    }
    size.sort();
    return deps.proxy(
      {
        provider: 'xbox',
        url: `${deps.catalog.imageOrigin}/${path}${size.size ? `?${size}` : ''}`,
        headers: { Accept: 'image/*' },
        kind: 'image',
        cacheControl: CACHE_CONTROL,
        ttlMs: (reply) => (reply.status === 200 ? IMAGE_TTL_MS : 0),
      },
      c,
    );
  };
}
