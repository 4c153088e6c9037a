import type { ApiErrorCode } from './api-error.ts';
import type { BodyHold } from './body-budget.ts';

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
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface UpstreamRequest {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** What is left of `timeoutMs` after waiting for a turn, if it waited; the error still names the whole. */
  timeLeftMs?: number;
  /** Sent as a POST when present (PlayFab reads are POSTs); a GET otherwise. */
  body?: string;
  /** A smaller cap than MAX_BODY_BYTES, for answers that are never that large (images). */
  maxBodyBytes?: number;
  /** The body's bytes are counted here, against those of every body in flight. */
  hold?: BodyHold;
}

/**
 * One exchange with the provider, never following a redirect (that would replay X-API-Key and the
 * like to another host), the body read whole. The runtime's fetch by default; the Node entry has
 * a cheaper one. Errors are UpstreamErrors.
 */
export type UpstreamTransport = (request: UpstreamRequest, signal: AbortSignal) => Promise<UpstreamReply>;

/** The exchange with a deadline covering headers and body; the whole body is buffered for caching. */
export async function fetchUpstream(transport: UpstreamTransport, request: UpstreamRequest): Promise<UpstreamReply> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Racing a timer, not only aborting, also bounds a transport that ignores its signal.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new UpstreamError('upstream_timeout', `The provider did not answer within ${request.timeoutMs / 1000} s.`),
      );
    }, request.timeLeftMs ?? request.timeoutMs);
  });
  try {
    return await Promise.race([transport(request, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The web-standard transport: works on any runtime with fetch. */
export function fetchTransport(fetchFn: typeof fetch): UpstreamTransport {
  return async (request, signal) => {
    let response: Response;
    try {
      const method = request.body === undefined ? 'GET' : 'POST';
      response = await fetchFn(request.url, {
        method,
        headers: request.headers,
        body: request.body,
        redirect: 'manual',
        signal,
      });
    } catch {
      throw unreachable();
    }
    const maxBytes = request.maxBodyBytes ?? MAX_BODY_BYTES;
    if (Number(response.headers.get('content-length')) > maxBytes) {
      await response.body?.cancel();
      throw tooLarge();
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      retryAfter: relayedRetryAfter(response.headers.get('retry-after')),
      body: response.body ? await readBody(chunksOf(response.body), maxBytes, request.hold) : new Uint8Array(),
    };
  };
}

/** A web stream's chunks, by its reader: not every runtime's ReadableStream is async-iterable. */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) yield read.value;
  } finally {
    // Stops the download when the reader leaves early; a finished or broken stream has nothing to stop.
    reader.cancel().catch(() => {});
  }
}

/** Only a number of seconds or an HTTP date is relayed; anything else from upstream stays there. */
export function relayedRetryAfter(header: string | null | undefined): string | null {
  const value = header?.trim();
  if (!value) return null;
  return /^\d{1,6}$/.test(value) || !Number.isNaN(Date.parse(value)) ? value : null;
}

/**
 * Reads a body to its end, within `maxBytes` and, with `hold`, the bytes in flight for all bodies;
 * a stream that breaks off is the provider's connection failing.
 */
export async function readBody(
  stream: AsyncIterable<Uint8Array>,
  maxBytes = MAX_BODY_BYTES,
  hold?: BodyHold,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    // Leaving the loop early (too large) cancels the stream.
    for await (const chunk of stream) {
      size += chunk.byteLength;
      if (size > maxBytes) throw tooLarge();
      if (hold && !hold.take(chunk.byteLength)) throw tooManyBodies();
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError('upstream_unreachable', 'The connection to the provider broke off mid-answer.');
  }
  const only = chunks.length === 1 ? chunks[0]! : undefined;
  // A chunk that owns its whole buffer is kept as it is; pieces of shared buffers are copied, so the cache holds only the body.
  if (
    only &&
    only.byteOffset === 0 &&
    only.byteLength === only.buffer.byteLength &&
    only.buffer instanceof ArrayBuffer
  ) {
    return only as Uint8Array<ArrayBuffer>;
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export function unreachable(): UpstreamError {
  return new UpstreamError('upstream_unreachable', 'The provider could not be reached.');
}

export function tooLarge(): UpstreamError {
  return new UpstreamError('upstream_bad_response', 'The provider answered with an unexpectedly large body.');
}

export function tooManyBodies(): UpstreamError {
  return new UpstreamError(
    'upstream_busy',
    'The server is receiving too many large answers at once; try again shortly.',
    '1',
  );
}
