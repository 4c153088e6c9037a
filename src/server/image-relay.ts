import { createFairQueue } from './fair-queue.ts';
import type { UpstreamGuard } from './upstream-guard.ts';
import { UpstreamError, type UpstreamReply } from './upstream.ts';

/** Icons and item pictures are tens of kilobytes: many at once must not hold the memory an inventory may. */
export const MAX_IMAGE_BYTES = 4 * 1024 * 1024;
/** A browser gives up on an image long before a queue this long drains against a host that hangs. */
const MAX_QUEUE_WAIT_MS = 3_000;

export interface ImageRelayLimits {
  /** Image fetches in flight to all providers together; more wait in a queue of `queue`, then are refused. */
  concurrency: number;
  queue: number;
  /** Bytes of relayed images kept in memory, least recently used out first. */
  cacheBytes: number;
}

/** The image types a relayed answer may be, each known by its first bytes. */
const SIGNATURES: { type: string; matches(bytes: Uint8Array): boolean }[] = [
  { type: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', matches: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  {
    type: 'image/webp',
    matches: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  },
];
const ALLOWED_TYPES = new Set(SIGNATURES.map((signature) => signature.type));

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.byteLength >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * The Content-Type the proxy sends for a relayed image, or an error. The upstream must declare
 * exactly one allowed type (`image/png, text/html` is not one) and the bytes must open like an
 * allowed image; the type sent is the one the bytes show, never the upstream's string, so nothing
 * relayed can be read as HTML or script on our origin.
 */
export function relayedImageType(reply: UpstreamReply): string {
  const declared = reply.contentType.split(';')[0]!.trim().toLowerCase();
  const signature = SIGNATURES.find((candidate) => candidate.matches(reply.body));
  if (reply.contentType.includes(',') || !ALLOWED_TYPES.has(declared) || !signature) {
    throw new UpstreamError(
      'upstream_bad_response',
      `The provider answered HTTP ${reply.status} without an image.`,
      undefined,
      reply.status,
    );
  }
  return signature.type;
}

/**
 * Icons are static files, not API calls: they take no token from a provider's rate and never
 * count toward its circuit, so a page's few hundred icons cannot slow or break anyone's data. They
 * still get a cap of their own, shared fairly between clients, so a flood of them cannot pile
 * unbounded work on the upstream or hold up another client's icons.
 */
export function createImageGuard(
  limits: Pick<ImageRelayLimits, 'concurrency' | 'queue'>,
  maxWaitMs = MAX_QUEUE_WAIT_MS,
): UpstreamGuard {
  const turns = createFairQueue({ max: limits.concurrency, maxQueued: limits.queue, maxWaitMs });
  return async (exchange, call) => {
    const startedAt = Date.now();
    const turn = await turns.acquire(call.client, { maxWaitMs: call.timeoutMs, signal: call.signal });
    if (!turn.ok)
      throw new UpstreamError('upstream_busy', 'Too many images are already waiting; try again shortly.', '1');
    try {
      return await exchange(call.timeoutMs === undefined ? undefined : call.timeoutMs - (Date.now() - startedAt));
    } finally {
      turn.release();
    }
  };
}
