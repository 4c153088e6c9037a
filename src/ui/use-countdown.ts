import { useEffect, useRef, useState } from 'react';

/**
 * Seconds left of a wait that starts when `seconds` (or `key`) changes; calls `onDone` once at
 * zero. Ticks from a deadline rather than counting intervals, so a slow tab does not drift.
 */
export function useCountdown(seconds: number | undefined, onDone: () => void, key?: unknown): number | undefined {
  const [left, setLeft] = useState(seconds);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    if (seconds === undefined) return setLeft(undefined);
    const deadline = Date.now() + seconds * 1000;
    setLeft(seconds);
    const timer = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(timer);
        done.current();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, key]);

  return left;
}
