import { CancelledError } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { AppError } from '../inventory/app-error.ts';
import { announceWaiting, describeWaiting, waitingView, type WatchedCall } from './waiting-calls.ts';

const T0 = 1_700_000_000_000;
const fetching = (overrides: Partial<WatchedCall['state']> = {}, call: Partial<WatchedCall> = {}): WatchedCall => ({
  provider: 'destiny',
  maxTries: 3,
  startedAt: T0,
  state: {
    status: 'pending',
    fetchStatus: 'fetching',
    fetchFailureCount: 0,
    fetchFailureReason: null,
    error: null,
    ...overrides,
  },
  ...call,
});
const text = (calls: WatchedCall[], now: number) => {
  const view = waitingView(calls, now);
  return view && describeWaiting(view);
};

describe('what a waiting page says', () => {
  it('nothing for the first second of a first try', () => {
    expect(text([fetching()], T0 + 999)).toBeNull();
    expect(text([fetching()], T0 + 1000)).toBe('Waiting for Bungie: try 1 of 3, 1 s');
  });

  it('which try of how many, and whole seconds since the first try', () => {
    const retrying = fetching(
      { fetchFailureCount: 1, fetchFailureReason: new AppError({ kind: 'timeout', message: 'slow' }) },
      { failedAt: T0 + 10_000 },
    );
    expect(text([retrying], T0 + 12_900)).toBe('Waiting for Bungie: try 2 of 3, 12 s');
  });

  it('the wait the provider asked for, counted down, then the next try', () => {
    const asked = fetching(
      {
        fetchFailureCount: 1,
        fetchFailureReason: new AppError({ kind: 'upstream', message: 'busy', retryAfterSeconds: 3 }),
      },
      { failedAt: T0 + 200 },
    );
    expect(text([asked], T0 + 300)).toBe('Bungie asked us to wait: trying again in 3 s');
    expect(text([asked], T0 + 2300)).toBe('Bungie asked us to wait: trying again in 1 s');
    expect(text([asked], T0 + 3200)).toBe('Waiting for Bungie: try 2 of 3, 3 s');
  });

  it('the call that has waited longest, named by its provider', () => {
    const later = fetching({}, { provider: 'xbox', startedAt: T0 + 500 });
    expect(text([later, fetching({}, { provider: 'playfab' })], T0 + 2000)).toBe(
      'Waiting for PlayFab: try 1 of 3, 2 s',
    );
  });

  it('a cancelled call once nothing is in flight, and nothing for one that merely failed', () => {
    const cancelled = fetching(
      { status: 'error', fetchStatus: 'idle', error: new CancelledError() },
      { provider: 'xbox' },
    );
    const failed = fetching({
      status: 'error',
      fetchStatus: 'idle',
      error: new AppError({ kind: 'upstream', message: 'down' }),
    });
    expect(text([cancelled], T0 + 5000)).toBe('Cancelled. The request to Xbox Live was stopped.');
    expect(text([failed], T0 + 5000)).toBeNull();
    expect(text([cancelled, fetching()], T0 + 5000)).toBe('Waiting for Bungie: try 1 of 3, 5 s');
  });

  it('announces a phase, not each second', () => {
    const at = (now: number) => announceWaiting(waitingView([fetching()], now));
    expect(at(T0 + 2000)).toBe('Waiting for Bungie: try 1 of 3');
    expect(at(T0 + 7000)).toBe(at(T0 + 2000));
  });
});
