import { describe, expect, it } from 'vitest';
import { applyFault, type FaultContext } from './apply-fault.ts';
import type { Fault } from './fault.ts';

const normalBody = '{"Response":{"items":[1,2,3]},"ErrorCode":1}';
const answer = async () => new Response(normalBody, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
const context = (signal = new AbortController().signal): FaultContext => ({
  signal,
  replies: {
    throttled: (seconds, code) => Response.json({ throttled: seconds, code }, { status: 429 }),
    maintenance: (code) => Response.json({ maintenance: code }),
  },
});
const apply = (fault: Fault, signal?: AbortSignal) => applyFault(fault, context(signal), answer);

describe('applyFault', () => {
  it('delays the normal answer by the latency asked for', async () => {
    const started = Date.now();
    const response = await apply({ kind: 'latency', ms: 80 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    expect(await response.text()).toBe(normalBody);
  });

  it('hangs until the caller gives up', async () => {
    const caller = new AbortController();
    setTimeout(() => caller.abort(), 50);
    const started = Date.now();
    await apply({ kind: 'timeout' }, caller.signal);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers a bare 5xx and a 200 HTML page', async () => {
    const bare = await apply({ kind: 'server-error', status: 502 });
    expect([bare.status, await bare.text()]).toEqual([502, '502 Bad Gateway']);
    const html = await apply({ kind: 'html' });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('cuts, corrupts or relabels the normal JSON', async () => {
    const truncated = await (await apply({ kind: 'truncated-json' })).text();
    expect(normalBody.startsWith(truncated)).toBe(true);
    expect(truncated.length).toBe(Math.floor(normalBody.length / 2));
    const malformed = await (await apply({ kind: 'malformed-json' })).text();
    expect(malformed.startsWith('{')).toBe(true);
    expect(() => JSON.parse(malformed)).toThrow();
    const relabelled = await apply({ kind: 'json-as-text' });
    expect(relabelled.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await relabelled.text()).toBe(normalBody);
  });

  it('breaks the body off after half of it', async () => {
    const response = await apply({ kind: 'dropped-connection' });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow('connection dropped');
  });

  it("words throttling and maintenance in the provider's own format", async () => {
    const throttled = await apply({ kind: 'throttled', seconds: 4, code: 31 });
    expect([throttled.status, await throttled.json()]).toEqual([429, { throttled: 4, code: 31 }]);
    expect(await (await apply({ kind: 'maintenance', code: 1618 })).json()).toEqual({ maintenance: 1618 });
  });
});
