import type { Context, Handler } from 'hono';
import { apiError } from './api-error.ts';
import type { ServerConfig } from './config.ts';
import type { Proxy } from './proxy.ts';
import type { UpstreamReply } from './upstream.ts';
import { parseXboxInventoryQuery, parseXboxItemId, type XboxPath } from './xbox-paths.ts';

/** The contract version Microsoft's own client sends for inventory list and details. */
const CONTRACT_VERSION = '4';
export const ITEMS = '/api/xbox/items/';

/** `GET /api/xbox/users/me/inventory` and `GET /api/xbox/items/:itemId`, with the authorization added here. */
export function xboxHandlers(deps: { xbox: ServerConfig['xbox']; cacheTtlMs: number; proxy: Proxy }): {
  inventory: Handler;
  item: Handler;
} {
  // Only headers built here reach Xbox Live; nothing from the client's request is forwarded.
  const headers = {
    Authorization: deps.xbox.authorization,
    'x-xbl-contract-version': CONTRACT_VERSION,
    Accept: 'application/json',
  };
  const ttlMs = (reply: UpstreamReply) => (reply.status >= 200 && reply.status <= 299 ? deps.cacheTtlMs : 0);
  const forward = (path: XboxPath, c: Context) => {
    if (!path.ok) return apiError(path.code, path.message, 'xbox');
    return deps.proxy({ provider: 'xbox', url: deps.xbox.origin + path.upstreamPath, headers, kind: 'json', ttlMs }, c);
  };
  return {
    inventory: (c) => forward(parseXboxInventoryQuery(new URL(c.req.url).searchParams), c),
    // The raw path, not Hono's decoded parameter, so the id is decoded exactly once.
    item: (c) => forward(parseXboxItemId(new URL(c.req.url).pathname.slice(ITEMS.length)), c),
  };
}
