import { AppError } from '../inventory/app-error.ts';
import { providerNames } from '../inventory/describe-error.ts';
import type { ProviderId } from '../inventory/model.ts';

/** The proxy's own failures: `{ error: { code, message, provider } }`. */
interface ProxyErrorBody {
  error: { code: string; message: string; provider?: string | null };
}

const proxyErrorKinds: Record<string, AppError['kind']> = {
  upstream_timeout: 'timeout',
  // Gearview's server was reached; the provider behind it was not (or broke off mid-answer).
  upstream_unreachable: 'upstream',
  upstream_bad_response: 'upstream',
  bad_parameter: 'bad-request',
  not_found: 'not-found',
  rate_limited: 'throttled',
  upstream_busy: 'throttled',
  upstream_circuit_open: 'upstream',
  unauthorized: 'auth',
  forbidden: 'auth',
  sign_in_required: 'sign-in',
};

/** For providers whose errors are HTTP statuses, not envelopes in the body (Xbox Live). */
const statusKinds: Record<number, AppError['kind']> = {
  400: 'bad-request',
  401: 'auth',
  403: 'auth',
  404: 'not-found',
  429: 'throttled',
};

function isProxyError(body: unknown): body is ProxyErrorBody {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

/**
 * The one place the browser talks to the network. Returns the parsed JSON body of any response
 * that carries JSON (provider envelopes include their own errors, which adapters interpret), and
 * turns everything else into an AppError.
 */
export async function getJson(path: string, options: RequestOptions): Promise<unknown> {
  return (await requestJson(path, { headers: { Accept: 'application/json' } }, options)).body;
}

/**
 * A JSON POST, for providers whose reads are POSTs (PlayFab); answered like `getJson`, with the
 * Retry-After header beside the body, for envelopes that may leave the wait out.
 */
export async function postJson(path: string, body: unknown, options: RequestOptions): Promise<JsonReply> {
  return requestJson(
    path,
    {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    },
    options,
  );
}

export interface JsonReply {
  body: unknown;
  /** From the Retry-After header, when it held a positive number of seconds. */
  retryAfterSeconds?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  provider?: ProviderId;
  /** For providers whose errors are bare HTTP statuses: a non-2xx answer becomes an AppError. */
  failOnStatus?: boolean;
  /** Called once the whole body has arrived, before it is parsed (for timing). */
  onReceived?: () => void;
}

async function requestJson(path: string, init: RequestInit, options: RequestOptions): Promise<JsonReply> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, signal: options.signal });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new AppError({
      kind: 'network',
      provider: options.provider,
      message: 'Gearview could not reach its server. Check your connection.',
    });
  }
  const text = await response.text();
  options.onReceived?.();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The proxy's own answers are always JSON, so an unreadable success is the provider's body, passed through.
    const source = options.provider ? `${providerNames[options.provider]}'s answer` : 'The answer';
    throw new AppError({
      kind: response.ok ? 'bad-response' : 'upstream',
      provider: options.provider,
      message: response.ok
        ? `${source} is not valid JSON: it was cut off or garbled on the way.`
        : `The server answered with something that is not JSON (HTTP ${response.status}).`,
    });
  }
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  if (isProxyError(body)) {
    throw new AppError({
      kind: proxyErrorKinds[body.error.code] ?? 'upstream',
      provider: options.provider,
      message: body.error.message,
      providerCode: body.error.code,
      retryAfterSeconds,
    });
  }
  if (options.failOnStatus && !response.ok) {
    throw new AppError({
      kind: statusKinds[response.status] ?? 'upstream',
      provider: options.provider,
      message: `The provider answered HTTP ${response.status}.`,
      providerCode: String(response.status),
      retryAfterSeconds,
    });
  }
  return { body, retryAfterSeconds };
}
