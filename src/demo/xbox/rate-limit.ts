/** The body Xbox Live's fine-grained rate limiting sends with a 429. */
export interface ThrottleBody {
  version: 1;
  currentRequests: number;
  maxRequests: number;
  periodInSeconds: number;
  type: 'burst';
  limitType: 'Rate';
}

/** Xbox Live's 429: the throttle body, and how long to wait in Retry-After. */
export function throttledResponse(body: ThrottleBody, retryAfterSeconds: number): Response {
  return Response.json(body, { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } });
}

/** A burst window per caller: returns the 429 to send, or undefined while under the limit. */
export function createRateLimit(options: { maxRequests: number; periodSeconds: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return (caller: string): { body: ThrottleBody; retryAfterSeconds: number } | undefined => {
    const time = now();
    let window = windows.get(caller);
    if (!window || time - window.start >= options.periodSeconds * 1000) {
      window = { start: time, count: 0 };
      windows.set(caller, window);
    }
    window.count++;
    if (window.count <= options.maxRequests) return undefined;
    return {
      body: {
        version: 1,
        currentRequests: window.count,
        maxRequests: options.maxRequests,
        periodInSeconds: options.periodSeconds,
        type: 'burst',
        limitType: 'Rate',
      },
      retryAfterSeconds: Math.max(1, Math.ceil((window.start + options.periodSeconds * 1000 - time) / 1000)),
    };
  };
}
