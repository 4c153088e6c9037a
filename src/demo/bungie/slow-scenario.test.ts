import { describe, expect, it, vi } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { createBungieDemoApp } from './app.ts';
import { bungieDemoDirectory, bungieDemoDirectoryFor } from './directory.ts';
import { DEFAULT_SLOW_MS, inSeconds } from './slow-scenario.ts';
import { accountPath, apiKey } from './test-support.ts';

const slow = (directory = bungieDemoDirectory) => directory.scenarios.find((scenario) => scenario.id === 'slow')!;

describe('the slow demo account', () => {
  it('answers within the proxy default timeout, with time to spare for the page to show it waiting', () => {
    const { upstreamTimeoutMs } = readConfig({ DEMO: '1' });
    expect(DEFAULT_SLOW_MS).toBeLessThanOrEqual(upstreamTimeoutMs - 2000);
    expect(DEFAULT_SLOW_MS).toBeGreaterThanOrEqual(3000);
  });

  it('is described with the delay the demo applies by default', async () => {
    expect(slow().description).toBe(
      `Every call on this account answers normally, but only after ${inSeconds(DEFAULT_SLOW_MS)}.`,
    );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const app = createBungieDemoApp();
      let answered = false;
      const reply = Promise.resolve(app.request(accountPath(slow()), { headers: apiKey })).then((response) => {
        answered = true;
        return response;
      });
      await vi.advanceTimersByTimeAsync(DEFAULT_SLOW_MS - 50);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(100);
      expect((await reply).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so plainly when it is slower than the proxy waits', () => {
    expect(slow(bungieDemoDirectoryFor({ slowMs: 4000, upstreamTimeoutMs: 10_000 }))).toMatchObject({
      title: 'Slow upstream',
      description: 'Every call on this account answers normally, but only after 4 s.',
    });
    expect(slow(bungieDemoDirectoryFor({ slowMs: 15_000, upstreamTimeoutMs: 10_000 }))).toMatchObject({
      title: 'Never answers in time',
      description:
        'Every call on this account takes 15 s: the proxy gives up after 10 s and says so, and Gearview tries twice more before showing it.',
    });
    expect(inSeconds(1500)).toBe('1.5 s');
  });
});
