import { useEffect, useRef, useState } from 'react';

/** How often a large inventory still loading in the background is shown anew. */
const PUBLISH_MS = 1_500;

/**
 * `latest`, but while `paced`, at most once every PUBLISH_MS: re-sorting, re-searching and
 * re-drawing 10,000 entitlements on each page and each catalog batch would take the main thread
 * away from scrolling. Unpaced, `latest` shows at once.
 */
export function usePaced<T>(latest: T, paced: boolean): T {
  const [shown, setShown] = useState(latest);
  const shownAt = useRef(0);
  useEffect(() => {
    if (latest === shown) return;
    const wait = paced ? Math.max(0, shownAt.current + PUBLISH_MS - Date.now()) : 0;
    const timer = setTimeout(() => {
      shownAt.current = Date.now();
      setShown(latest);
    }, wait);
    return () => clearTimeout(timer);
  }, [latest, shown, paced]);
  return paced ? shown : latest;
}
