import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePaced } from './use-paced.ts';

afterEach(() => vi.useRealTimers());

describe('usePaced', () => {
  it('shows a value at once unpaced, and at most every 1.5 s while paced', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ value, paced }) => usePaced(value, paced), {
      initialProps: { value: 1, paced: false },
    });
    rerender({ value: 2, paced: false });
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(0));
    // Paced: 3, 4 and 5 arrive within 1.5 s of showing 2, and only the last shows, once that has passed.
    rerender({ value: 3, paced: true });
    rerender({ value: 4, paced: true });
    act(() => vi.advanceTimersByTime(1_000));
    rerender({ value: 5, paced: true });
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(600));
    expect(result.current).toBe(5);
    // Done loading: the last value shows at once.
    rerender({ value: 6, paced: false });
    expect(result.current).toBe(6);
  });
});
