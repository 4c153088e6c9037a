/** An answer the proxy serves from its cache or upstream: the very object the cache keeps, so the same while it keeps it. */
export interface ServedBody {
  status: number;
  bytes: Uint8Array<ArrayBuffer>;
}

const watchers = new WeakMap<Request, (body: ServedBody) => void>();

/**
 * For in-process callers of the API (link previews): `watcher` sees the answer the proxy serves
 * to `request`, by identity, so what the caller makes of it can be kept as long as the cache keeps
 * the answer, and the body need not be copied out of a Response. Keyed by the Request object
 * itself, which only its maker holds: nothing a client sends can reach a watcher.
 */
export function watchServedBody(request: Request, watcher: (body: ServedBody) => void): void {
  watchers.set(request, watcher);
}

export function noteServedBody(request: Request, body: ServedBody): void {
  watchers.get(request)?.(body);
}

const keptOnly = new WeakSet<Request>();

/**
 * For in-process callers of the API: `request` is answered from what the proxy keeps, or with a
 * 504 (HTTP's only-if-cached), never by a call upstream. Keyed by the Request object, as above: no
 * client can ask it, so no one can probe what the cache holds.
 */
export function askKeptOnly(request: Request): void {
  keptOnly.add(request);
}

export const asksKeptOnly = (request: Request): boolean => keptOnly.has(request);
