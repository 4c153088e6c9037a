import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeGzip } from './node-gzip.ts';

const body = (size: number) =>
  new TextEncoder().encode(
    JSON.stringify({ items: Array.from({ length: size }, (_, i) => ({ itemHash: i, quantity: i % 7 })) }),
  );

describe('nodeGzip', () => {
  it.each([
    ['a small body, compressed in place', 50],
    ['a body past the in-place limit, compressed off the event loop', 20_000],
  ])('round-trips %s', async (_, size) => {
    const bytes = body(size);
    const compressed = await nodeGzip(bytes);
    expect(compressed.byteLength).toBeLessThan(bytes.byteLength);
    expect(gunzipSync(compressed).toString('utf8')).toBe(new TextDecoder().decode(bytes));
  });
});
