import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { ApiErrorCode } from './api-error.ts';
import { clientAddress, type SocketAddress } from './client-address.ts';
import type { CacheOutcome } from './response-cache.ts';

export type Log = (line: Record<string, unknown>) => void;

/** What the proxy learned from the provider while answering this request, if it asked. */
export interface UpstreamOutcome {
  status?: number;
  error?: ApiErrorCode;
}

declare module 'hono' {
  interface ContextVariableMap {
    upstream: UpstreamOutcome;
    cache: CacheOutcome;
    serverError: string;
  }
}

/** Long enough to tell requests apart; short enough that a hostile path cannot flood the log. */
const MAX_LOGGED_PATH = 200;

/**
 * Exactly one JSON line per request. Built from an allowlist of fields: never headers (cookies,
 * authorization), never the query string (it may carry anything a client typed).
 */
export function requestLog(deps: { log: Log; socketAddress?: SocketAddress; trustProxy: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const upstream = c.get('upstream');
    deps.log({
      event: 'request',
      method: c.req.method,
      route: routePath(c) || null,
      path: c.req.path.slice(0, MAX_LOGGED_PATH),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      cache: c.get('cache') ?? 'none',
      upstreamStatus: upstream?.status ?? null,
      upstreamError: upstream?.error ?? null,
      error: c.get('serverError') ?? null,
      client: clientAddress(c, deps.socketAddress, deps.trustProxy),
    });
  };
}

export function noteUpstream(c: Context, outcome: UpstreamOutcome): void {
  c.set('upstream', outcome);
}

/** From the proxy itself: reading it back off the response's headers would cost a Headers object per request. */
export function noteCache(c: Context, outcome: CacheOutcome): void {
  c.set('cache', outcome);
}
