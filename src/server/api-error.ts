import type { ProviderName } from './config.ts';

export type ApiErrorCode =
  | 'not_found'
  | 'bad_parameter'
  | 'unauthorized'
  | 'forbidden'
  | 'rate_limited'
  | 'body_too_large'
  | 'query_too_long'
  | 'headers_too_large'
  | 'upstream_busy'
  | 'upstream_circuit_open'
  | 'upstream_timeout'
  | 'upstream_unreachable'
  | 'upstream_bad_response'
  | 'internal_error';

const statusOf: Record<ApiErrorCode, number> = {
  not_found: 404,
  bad_parameter: 400,
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
  body_too_large: 413,
  query_too_long: 414,
  headers_too_large: 431,
  upstream_busy: 503,
  upstream_circuit_open: 503,
  upstream_timeout: 504,
  upstream_unreachable: 502,
  upstream_bad_response: 502,
  internal_error: 500,
};

/** The proxy's own failures; provider error envelopes never go through here. */
export function apiError(
  code: ApiErrorCode,
  message: string,
  provider: ProviderName | null,
  retryAfter?: string,
): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  if (retryAfter) headers['Retry-After'] = retryAfter;
  return new Response(JSON.stringify({ error: { code, message, provider } }), { status: statusOf[code], headers });
}
