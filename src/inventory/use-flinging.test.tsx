import { act, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, useFlinging } from './use-flinging.ts';

/** The window scrolled to `y`, `afterMs` after the last step. */
function scrollTo(y: number, afterMs: number) {
  act(() => vi.advanceTimersByTime(afterMs));
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  fireEvent.scroll(window);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
});
afterEach(() => vi.useRealTimers());

describe('useFlinging', () => {
  it('says a scroll of screens a second is a fling, and ends it once the scroll slows', () => {
    const { result } = renderHook(() => useFlinging());
    expect(result.current).toBe(false);

    scrollTo(20, 16); // a wheel's step: about 1,250 px a second
    expect(result.current).toBe(false);

    scrollTo(200, 16); // a flick: about 11,000 px a second
    expect(result.current).toBe(true);
    scrollTo(380, 16);
    expect(result.current).toBe(true);

    // Slow steps after it do not hold it open.
    scrollTo(390, 40);
    scrollTo(400, 40);
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(SETTLE_MS - 80));
    expect(result.current).toBe(false);
  });

  it('starts afresh for the next grid once the last one is gone', () => {
    const first = renderHook(() => useFlinging());
    scrollTo(2_000, 16);
    expect(first.result.current).toBe(true);
    first.unmount();

    const second = renderHook(() => useFlinging());
    expect(second.result.current).toBe(false);
  });
});
