import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { withParam } from './with-param.ts';

/**
 * How long typing pauses before the query goes to the URL. Every URL change is a navigation the
 * browser records, about 10 ms of work per keystroke in Chromium, much of it in its own process
 * and all of it between the keystroke and the grid's next frame. So the grid follows the box at
 * once and the URL follows the person when they stop.
 */
export const URL_WRITE_DELAY_MS = 300;

export interface UrlQuery {
  /** The search box's text, as typed. */
  text: string;
  setText(next: string): void;
  /** Writes a query still waiting for its pause now: when the box loses focus, or on Enter. */
  flush(): void;
}

/** The search box's text, kept (trimmed) in `?q=` so a search is a link; back and forward bring theirs back. */
export function useUrlQuery(): UrlQuery {
  const [params, setParams] = useSearchParams();
  const inUrl = params.get('q') ?? '';
  const [text, setTextNow] = useState(inUrl);
  // Queries written that the URL has not shown yet: their echoes must not undo newer typing.
  const written = useRef<string[]>([]);
  const pending = useRef<{ query: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  // A timer fires after renders it did not see: it writes with this render's URL, not its own.
  const latest = useRef({ inUrl, setParams });
  useLayoutEffect(() => {
    latest.current = { inUrl, setParams };
  });

  const cancel = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);

  const write = useCallback((query: string) => {
    pending.current = null;
    if (query === latest.current.inUrl) return;
    written.current.push(query);
    latest.current.setParams(
      (previous) => withParam(previous, 'q', query),
      // Synchronously: a click that took the focus from the box (the hide toggle, the sort) writes
      // its own parameter next, from the URL as the page last rendered it.
      { replace: true, preventScrollReset: true, flushSync: true },
    );
  }, []);

  const setText = useCallback(
    (next: string) => {
      setTextNow(next);
      cancel();
      const query = next.trim();
      pending.current = { query, timer: setTimeout(() => write(query), URL_WRITE_DELAY_MS) };
    },
    [cancel, write],
  );

  const flush = useCallback(() => {
    if (!pending.current) return;
    const { query } = pending.current;
    cancel();
    write(query);
  }, [cancel, write]);

  // The URL's query changed: our own write arriving, or another's (back, forward, a link), which wins.
  useLayoutEffect(() => {
    const echo = written.current.indexOf(inUrl);
    if (echo >= 0) {
      written.current = written.current.slice(echo + 1);
      return;
    }
    written.current = [];
    cancel();
    setTextNow((current) => (current.trim() === inUrl ? current : inUrl));
  }, [inUrl, cancel]);

  // A write still waiting when the page goes would land on the next page's URL.
  useEffect(() => cancel, [cancel]);

  return { text, setText, flush };
}
