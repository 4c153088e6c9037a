import type { Context } from 'hono';

/** The runtime's view of who is calling: the socket's peer address, where the runtime has one. */
export type SocketAddress = (c: Context) => string | undefined;

/**
 * The address a client's limits are kept under. X-Forwarded-For is anyone's to write, so it
 * counts only with `trustProxy`, and then only its last entry: the one our own proxy appended.
 */
export function clientAddress(c: Context, socketAddress: SocketAddress | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress?.(c) ?? 'unknown';
}

/** Whether the client reached us over HTTPS, directly or (when trusted) through our proxy. */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  // A request URL is always absolute and its scheme lower-case: no need to parse it.
  if (c.req.url.startsWith('https:')) return true;
  return trustProxy && c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}
