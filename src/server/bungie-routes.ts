import type { Handler } from 'hono';
import { apiError } from './api-error.ts';
import { parseBungiePath, type BungiePath } from './bungie-paths.ts';
import type { ServerConfig } from './config.ts';
import type { Proxy } from './proxy.ts';
import type { UpstreamReply } from './upstream.ts';

const MOUNT = '/api/bungie';
/** Icons are content-addressed and never change under one name. */
const IMAGE_TTL_MS = 24 * 60 * 60 * 1000;
/** Bungie names content icons by a hash of their bytes: a browser may keep them for good. The demo's names hash a label, not the bytes. */
const HASHED_ICON = /^\/common\/destiny_content\/icons\/[0-9a-f]{32}\.(?:png|jpe?g|gif)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A page asks for a few paths again and again: each is parsed once while it is among the last this many. */
const PARSED_PATHS = 1_000;

export function bungieHandler(deps: { bungie: ServerConfig['bungie']; cacheTtlMs: number; proxy: Proxy }): Handler {
  const jsonHeaders = { 'X-API-Key': deps.bungie.apiKey, Accept: 'application/json' };
  const imageHeaders = { Accept: 'image/*' };
  const jsonTtl = (reply: UpstreamReply) => (isSuccess(reply) && bungieSucceeded(reply.body) ? deps.cacheTtlMs : 0);
  const imageTtl = (reply: UpstreamReply) => (isSuccess(reply) ? IMAGE_TTL_MS : 0);

  const parsed = new Map<string, BungiePath>();
  const parse = (raw: string) => {
    let path = parsed.get(raw);
    if (!path) {
      const url = new URL(raw);
      path = parseBungiePath(url.pathname.slice(MOUNT.length), url.searchParams, deps.bungie.platformPrefix);
      if (parsed.size >= PARSED_PATHS) parsed.delete(parsed.keys().next().value!);
      parsed.set(raw, path);
    }
    return path;
  };

  return (c) => {
    const path = parse(c.req.url);
    if (!path.ok) return apiError(path.code, path.message, path.code === 'not_found' ? null : 'bungie');
    // Only headers built here reach Bungie; nothing from the client's request is forwarded.
    const image = path.kind === 'image';
    return deps.proxy(
      {
        provider: 'bungie',
        url: deps.bungie.origin + path.upstreamPath,
        headers: image ? imageHeaders : jsonHeaders,
        kind: path.kind,
        cacheControl:
          image && deps.bungie.mode === 'live' && HASHED_ICON.test(path.upstreamPath) ? IMMUTABLE : undefined,
        ttlMs: image ? imageTtl : jsonTtl,
      },
      c,
    );
  };
}

function isSuccess(reply: UpstreamReply): boolean {
  return reply.status >= 200 && reply.status <= 299;
}

// The delimiter after the digits keeps a window cut inside `1623` from reading as `1`.
const ERROR_CODE = /"ErrorCode"\s*:\s*(\d+)\s*[,}]/g;
const ERROR_CODE_HEAD = /"ErrorCode"\s*:\s*(\d+)\s*[,}]/;
const WINDOW_BYTES = 4096;
const decoder = new TextDecoder();

/**
 * Whether a Bungie envelope says `"ErrorCode": 1`, without parsing a body that may be megabytes.
 * Bungie writes ErrorCode right after Response, so it sits near the end; the head is checked for
 * bodies written in another key order.
 */
export function bungieSucceeded(body: Uint8Array): boolean {
  const tail = [...decoder.decode(body.subarray(Math.max(0, body.byteLength - WINDOW_BYTES))).matchAll(ERROR_CODE)].at(
    -1,
  );
  const code = tail ?? ERROR_CODE_HEAD.exec(decoder.decode(body.subarray(0, WINDOW_BYTES)));
  return code?.[1] === '1';
}
