import { describe, expect, it } from 'vitest';
import { nodeJsonCheck } from './node-json-check.ts';

const encode = (text: string) => new TextEncoder().encode(text);
/** About 2.5 MB of JSON, with characters of two to four bytes across the worker's pieces: checked on the worker. */
const big = JSON.stringify({
  Response: Array.from({ length: 60_000 }, (_, i) => ({ i, name: `item ${i} é€😀` })),
  ErrorCode: 1,
});

describe('nodeJsonCheck', () => {
  it('finds small and large bodies whole, or cut short, in place and on its worker alike', async () => {
    const verdicts = await Promise.all(
      ['{"ErrorCode":1}', '{"ErrorCode":', big, big.slice(0, -1), `${big}x`].map((text) => nodeJsonCheck(encode(text))),
    );
    expect(verdicts).toEqual([true, false, true, false, false]);
  });

  it('leaves the body it was given as it was: the worker parses a copy', async () => {
    const bytes = encode(big);
    const length = bytes.byteLength;
    expect(await nodeJsonCheck(bytes)).toBe(true);
    expect(bytes.byteLength).toBe(length);
    expect(new TextDecoder().decode(bytes)).toBe(big);
  });
});
