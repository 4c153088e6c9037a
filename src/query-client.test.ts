import { describe, expect, it } from 'vitest';
import { AppError } from './inventory/app-error.ts';
import { createQueryClient, retryDelay } from './query-client.ts';

const upstream = new AppError({ kind: 'upstream', message: 'boom' });

describe('retryDelay', () => {
  it('doubles the ceiling with every failure from 500 ms, up to 8 s', () => {
    const ceiling = (failureCount: number) => retryDelay(failureCount, upstream, () => 0.999_999);
    expect([0, 1, 2, 3, 4, 5, 9].map(ceiling)).toEqual([499, 999, 1999, 3999, 7999, 7999, 7999]);
  });

  it('picks anywhere from zero to the ceiling (full jitter)', () => {
    expect(retryDelay(2, upstream, () => 0)).toBe(0);
    expect(retryDelay(2, upstream, () => 0.5)).toBe(1000);
  });

  it('waits what the provider asked for instead', () => {
    const asked = new AppError({ kind: 'upstream', message: 'busy', retryAfterSeconds: 3 });
    expect(retryDelay(0, asked, () => 0)).toBe(3000);
  });
});

describe('the retry policy', () => {
  const retry = createQueryClient().getDefaultOptions().queries?.retry as (
    failureCount: number,
    error: unknown,
  ) => boolean;

  it('retries transient failures twice', () => {
    for (const kind of ['network', 'timeout', 'upstream'] as const) {
      const error = new AppError({ kind, message: kind });
      expect([retry(0, error), retry(1, error), retry(2, error)]).toEqual([true, true, false]);
    }
  });

  it('never retries what cannot get better by itself, nor a throttle (its countdown does)', () => {
    for (const kind of [
      'not-found',
      'auth',
      'private',
      'bad-request',
      'bad-response',
      'maintenance',
      'throttled',
    ] as const) {
      expect(retry(0, new AppError({ kind, message: kind }))).toBe(false);
    }
  });
});
