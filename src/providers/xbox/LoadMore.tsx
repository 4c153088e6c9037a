import { useEffect, useRef } from 'react';

interface LoadMoreProps {
  shown: number;
  total: number | null;
  hasMore: boolean;
  loading: boolean;
  /** Pages are loading on their own: the count says so, and the button waits. */
  inBackground: boolean;
  onLoad: () => void;
}

/** How many are loaded, a sentinel that loads the next page as it scrolls into view, and a button doing the same. */
export function LoadMore({ shown, total, hasMore, loading, inBackground, onLoad }: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  const load = useRef(onLoad);
  load.current = onLoad;
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) load.current();
      },
      { rootMargin: '400px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, shown]);

  return (
    <div ref={sentinel} className="flex flex-wrap items-center justify-center gap-4 py-4 text-sm text-slate-400">
      <span role="status">
        Loaded {shown.toLocaleString('en-US')} of {(total ?? shown).toLocaleString('en-US')}
        {hasMore && inBackground ? ', loading the rest…' : ''}
      </span>
      {hasMore && !inBackground && (
        <button
          type="button"
          onClick={onLoad}
          disabled={loading}
          className="rounded-md border border-slate-600 px-4 py-2 font-semibold text-slate-100 hover:bg-slate-800 disabled:opacity-60"
        >
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
