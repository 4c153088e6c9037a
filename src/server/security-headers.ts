import type { Context, MiddlewareHandler } from 'hono';
import { isHttps } from './client-address.ts';
import type { ServerConfig } from './config.ts';

const ONE_YEAR_S = 31_536_000;

/**
 * Where images may come from. Bungie icons and the demo's PlayFab images are relayed same-origin;
 * a live PlayFab title names its own CDN in each catalog item, which we cannot know in advance:
 * PLAYFAB_IMAGE_ORIGINS pins it, and without it any https origin may serve images (images run no
 * code; the cost is that the CDN sees who views them).
 */
function imageSources(config: ServerConfig): string[] {
  if (config.playfab.mode !== 'live') return ["'self'"];
  return ["'self'", ...(config.playfab.imageOrigins ?? ['https:'])];
}

/** No inline script or style anywhere: React sets `style={}` through the CSSOM, which CSP allows. */
export function contentSecurityPolicy(config: ServerConfig): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${imageSources(config).join(' ')}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

declare module 'hono' {
  interface ContextVariableMap {
    /** The handler put the security headers into its answer itself. */
    secured: boolean;
  }
}

export interface SecurityHeaders {
  /** The same headers on every response: API, static files, the SPA page and link previews. */
  middleware: MiddlewareHandler;
  /**
   * For the proxy's answers, the hottest path: headers given to the Response as it is made stay a
   * plain record to the Node adapter, while setting them afterwards builds a Headers object.
   */
  addTo(c: Context, headers: Record<string, string>): void;
}

export function securityHeaders(config: ServerConfig): SecurityHeaders {
  const fixed: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(config),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  // Over plain HTTP, HSTS is ignored by browsers and would only mislead.
  const overHttps = { ...fixed, 'Strict-Transport-Security': `max-age=${ONE_YEAR_S}` };
  const headersFor = (c: Context) => (isHttps(c, config.trustProxy) ? overHttps : fixed);
  return {
    middleware: async (c, next) => {
      await next();
      if (c.get('secured')) return;
      const headers = c.res.headers;
      for (const [name, value] of Object.entries(headersFor(c))) headers.set(name, value);
    },
    addTo(c, headers) {
      Object.assign(headers, headersFor(c));
      c.set('secured', true);
    },
  };
}
