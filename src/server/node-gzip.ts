import { gzip, gzipSync } from 'node:zlib';
import type { Gzip } from './body-encoding.ts';

/**
 * Below this, compressing in place is quicker than the hand-off to zlib's thread pool and back;
 * above it, the event loop is not held while a big inventory compresses.
 */
const SYNC_LIMIT_BYTES = 64 * 1024;

// zlib's buffers are never shared memory: a view of them, not a copy.
const view = (buffer: Buffer) => new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);

/** Node's zlib: several times cheaper per call than the web CompressionStream, which the core uses elsewhere. */
export const nodeGzip: Gzip = (bytes) => {
  if (bytes.byteLength < SYNC_LIMIT_BYTES) return Promise.resolve(view(gzipSync(bytes)));
  return new Promise((resolve, reject) =>
    gzip(bytes, (error, result) => (error ? reject(error) : resolve(view(result)))),
  );
};
