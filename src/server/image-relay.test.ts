import { describe, expect, it } from 'vitest';
import { createImageGuard, relayedImageType } from './image-relay.ts';
import { UpstreamError } from './upstream.ts';

const reply = (contentType: string, bytes: number[]) => ({
  status: 200,
  contentType,
  retryAfter: null,
  body: new Uint8Array(bytes),
});
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const WEBP = [0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50];

describe('relayedImageType', () => {
  it('names the type the bytes show, once the upstream declared exactly one allowed type', () => {
    expect(relayedImageType(reply('image/png', PNG))).toBe('image/png');
    expect(relayedImageType(reply('image/jpeg; charset=binary', [0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
    expect(relayedImageType(reply('image/gif', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBe('image/gif');
    expect(relayedImageType(reply('image/webp', WEBP))).toBe('image/webp');
  });

  it.each([
    ['two types', 'image/png, text/html', PNG],
    ['HTML', 'text/html', PNG],
    ['SVG', 'image/svg+xml', PNG],
    ['no type', '', PNG],
    ['a prefix of an allowed type', 'image/pngx', PNG],
    ['bytes of no image', 'image/png', [0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]],
    ['a RIFF that is not WebP', 'image/webp', [0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x41, 0x56, 0x49, 0x20]],
    ['an empty body', 'image/png', []],
  ])('refuses %s', (_, type, bytes) => {
    expect(() => relayedImageType(reply(type, bytes))).toThrow(UpstreamError);
  });
});

describe('createImageGuard', () => {
  const call = { client: '192.0.2.1', path: '/icon.png' };

  it('holds image fetches to its cap, queues the next ones, and refuses past the queue', async () => {
    const guard = createImageGuard({ concurrency: 2, queue: 1 });
    let running = 0;
    let peak = 0;
    const finishers: (() => void)[] = [];
    const held = () =>
      guard(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => finishers.push(resolve));
        running--;
        return { status: 200 };
      }, call);
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    const calls = [held(), held(), held()];
    await expect(held()).rejects.toMatchObject({ code: 'upstream_busy', retryAfter: '1' });
    await tick();
    expect(running).toBe(2);
    finishers.shift()!();
    await tick();
    expect(running).toBe(2);
    finishers.splice(0).forEach((finish) => finish());
    expect(await Promise.all(calls)).toHaveLength(3);
    expect(peak).toBe(2);
  });

  it('refuses a request that waited too long for a slot, and hands that slot on when it comes', async () => {
    const guard = createImageGuard({ concurrency: 1, queue: 5 }, 20);
    let finish!: () => void;
    const first = guard(
      () => new Promise<{ status: number }>((resolve) => (finish = () => resolve({ status: 200 }))),
      call,
    );
    await expect(guard(async () => ({ status: 200 }), call)).rejects.toMatchObject({ code: 'upstream_busy' });
    finish();
    await first;
    expect(await guard(async () => ({ status: 201 }), call)).toEqual({ status: 201 });
  });
});
