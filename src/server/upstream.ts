import type { ApiErrorCode } from './api-error.ts';

export interface UpstreamReply {
  status: number;
  contentType: string;
  /** Passed on to the browser, so a throttled page knows how long to wait. */
  retryAfter: string | null;
  body: Uint8Array<ArrayBuffer>;
}

/** A failed upstream exchange, already classified as the error the client will see. */
export class UpstreamError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly retryAfter?: string,
    /** The provider's HTTP status, when it answered but not usably; for the request log only. */
    readonly upstreamStatus?: number,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

/** Far above a 10,000-item inventory with definitions; protects memory from a runaway upstream. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface UpstreamRequest {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Sent as a POST when present (PlayFab reads are POSTs); a GET otherwise. */
  body?: string;
}

/** One GET or POST with a deadline covering headers and body; the whole body is buffered for caching. */
export async function fetchUpstream(fetchFn: typeof fetch, request: UpstreamRequest): Promise<UpstreamReply> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Racing a timer, not only aborting, also bounds a fetch implementation that ignores its signal.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new UpstreamError('upstream_timeout', `The provider did not answer within ${request.timeoutMs} ms.`));
    }, request.timeoutMs);
  });
  try {
    return await Promise.race([exchange(fetchFn, request, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function exchange(fetchFn: typeof fetch, request: UpstreamRequest, signal: AbortSignal): Promise<UpstreamReply> {
  let response: Response;
  try {
    // Never follow redirects: fetch would replay custom headers such as X-API-Key to another host.
    const method = request.body === undefined ? 'GET' : 'POST';
    response = await fetchFn(request.url, { method, headers: request.headers, body: request.body, redirect: 'manual', signal });
  } catch {
    throw new UpstreamError('upstream_unreachable', 'The provider could not be reached.');
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    retryAfter: retryAfterOf(response.headers),
    body: await readBody(response),
  };
}

/** Only a number of seconds or an HTTP date is relayed; anything else from upstream stays there. */
function retryAfterOf(headers: Headers): string | null {
  const value = headers.get('retry-after')?.trim();
  if (!value) return null;
  return /^\d{1,6}$/.test(value) || !Number.isNaN(Date.parse(value)) ? value : null;
}

async function readBody(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(read.value);
    }
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError('upstream_unreachable', 'The connection to the provider broke off mid-answer.');
  }
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function tooLarge(): UpstreamError {
  return new UpstreamError('upstream_bad_response', 'The provider answered with an unexpectedly large body.');
}
