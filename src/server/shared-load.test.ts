import { describe, expect, it, vi } from 'vitest';
import { loadShared, type SharedCodec } from './shared-load.ts';
import { memoryCommands } from '../../test/support/memory-store.ts';
import { resilientStore } from './shared-store.ts';
import { UpstreamError } from './upstream.ts';

const text: SharedCodec<string> = {
  encode: async (value) => ({ bytes: new TextEncoder().encode(value), ttlMs: value.startsWith('keep') ? 60_000 : 0 }),
  decode: (bytes) => new TextDecoder().decode(bytes),
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup() {
  const commands = memoryCommands();
  const log = vi.fn();
  const store = resilientStore(commands, log);
  const load = (owner: string, loader: () => Promise<string>, timeoutMs = 2_000) =>
    loadShared(store, 'key', { owner, timeoutMs, codec: text }, loader);
  return { commands, log, load };
}

describe('loadShared', () => {
  it('loads once for every instance: the others wait for the answer, later ones hit the kept copy', async () => {
    const { load } = setup();
    const loader = vi.fn(async () => (await sleep(50), 'keep me'));
    const [first, second] = await Promise.all([load('a', loader), load('b', loader)]);
    expect(first).toEqual({ value: 'keep me', outcome: 'miss' });
    expect(second).toEqual({ value: 'keep me', outcome: 'coalesced' });
    expect(await load('c', loader)).toEqual({ value: 'keep me', outcome: 'hit' });
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('shares an answer it does not keep with those who waited, and no one later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { load } = setup();
      const loader = vi.fn(async () => (await sleep(50), 'once'));
      const [, second] = await Promise.all([load('a', loader), load('b', loader)]);
      expect(second.outcome).toBe('coalesced');
      vi.setSystemTime(Date.now() + 2_001);
      expect((await load('c', loader)).outcome).toBe('miss');
      expect(loader).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes over when the holder dies, within its timeout', async () => {
    const { commands, load } = setup();
    // A holder that claimed and then died: it never renews nor answers.
    await commands.claim('gv:l:key', 'dead', 1_000);
    const started = Date.now();
    expect(await load('b', async () => 'keep late')).toEqual({ value: 'keep late', outcome: 'miss' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('gives up with upstream_timeout when a live holder takes longer than the timeout', async () => {
    const { load } = setup();
    const holder = load('a', async () => (await sleep(600), 'keep slow'));
    await sleep(10);
    await expect(load('b', async () => 'never', 300)).rejects.toEqual(
      new UpstreamError('upstream_timeout', 'The provider did not answer within 0.3 s.'),
    );
    await holder;
  });

  it('loads on its own while the store is down, says so once, and once it is back', async () => {
    const { commands, log, load } = setup();
    commands.broken = true;
    expect(await load('a', async () => 'keep 1')).toEqual({ value: 'keep 1', outcome: 'miss' });
    expect(await load('a', async () => 'keep 2')).toEqual({ value: 'keep 2', outcome: 'miss' });
    expect(log.mock.calls).toEqual([[{ event: 'store-down', message: 'connection refused' }]]);
    commands.broken = false;
    expect(await load('a', async () => 'keep 3')).toEqual({ value: 'keep 3', outcome: 'miss' });
    expect(await load('b', async () => 'keep 4')).toEqual({ value: 'keep 3', outcome: 'hit' });
    expect(log.mock.calls.at(-1)).toEqual([{ event: 'store-back' }]);
    expect(log).toHaveBeenCalledTimes(2);
  });
});
