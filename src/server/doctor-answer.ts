/**
 * What one doctor call learned through the proxy: the provider's own body (passed through
 * unchanged) or the proxy's own error, told apart by the proxy's documented error shape.
 */

/** The proxy app's entry, as `app.fetch` offers it. */
export type ApiFetch = (request: Request) => Response | Promise<Response>;

export type Answer = { status: number; retryAfter: string | null } & (
  { kind: 'provider'; body: unknown } | { kind: 'proxy'; code: string; message: string }
);

/** What one provider's check found. */
export interface Check {
  ok: boolean;
  /** Whether the provider answered at all; undefined when nothing was asked. */
  reachable?: boolean;
  /** The upstream URL that answered as the provider's API, if one did. */
  answeredAt?: string;
  text: string;
}

/** Every doctor call goes to this made-up host: only the path reaches the app's routes. */
const DOCTOR_ORIGIN = 'http://doctor';

export async function ask(api: ApiFetch, path: string, init?: RequestInit): Promise<Answer> {
  const response = await api(new Request(DOCTOR_ORIGIN + path, init));
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  const error = proxyError(body);
  const seen = { status: response.status, retryAfter: response.headers.get('Retry-After') };
  return error ? { kind: 'proxy', ...seen, ...error } : { kind: 'provider', ...seen, body };
}

/** `{ error: { code, message, provider } }`; PlayFab's own `error` is a string, never an object. */
function proxyError(body: unknown): { code: string; message: string } | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const { code, message } = body.error;
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why the proxy answered for the provider, and whether the provider was reached at all. */
export function describeProxyError(answer: Extract<Answer, { kind: 'proxy' }>): { reachable: boolean; text: string } {
  if (answer.code === 'upstream_unreachable') return { reachable: false, text: `not reachable: ${answer.message}` };
  if (answer.code === 'upstream_timeout') return { reachable: false, text: `no answer: ${answer.message}` };
  return { reachable: true, text: `${answer.status} ${answer.code}: ${answer.message}` };
}
