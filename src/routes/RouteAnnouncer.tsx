import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/** How long a new page's title may still change (a name arriving with its data) before it is read out. */
const SETTLE_MS = 400;
/** A page whose heading has not appeared by then keeps focus on the main region. */
const HEADING_WAIT_MS = 10_000;

/** Focuses the page's h1 if it is there yet. */
function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return true;
}

/**
 * After an in-app navigation to another path, focus moves to the new page's h1 (or to the main
 * region until one appears), so it is never left on the body, and a polite live region reads out
 * the page's title once it settles. The first page load keeps the browser's own focus, so the skip
 * link comes first.
 */
export function RouteAnnouncer() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const main = document.querySelector<HTMLElement>('main');
    if (!main) return;
    let announceTimer = 0;
    const announce = () => {
      window.clearTimeout(announceTimer);
      announceTimer = window.setTimeout(() => setMessage(document.title), SETTLE_MS);
    };
    const titleWatch = new MutationObserver(announce);
    const titleElement = document.querySelector('title');
    if (titleElement) titleWatch.observe(titleElement, { childList: true, characterData: true, subtree: true });
    announce();

    const headingWatch = new MutationObserver(() => focusHeading(main) && headingWatch.disconnect());
    if (!focusHeading(main)) {
      main.focus({ preventScroll: true });
      headingWatch.observe(main, { childList: true, subtree: true });
    }
    const giveUp = window.setTimeout(() => headingWatch.disconnect(), HEADING_WAIT_MS);
    return () => {
      headingWatch.disconnect();
      titleWatch.disconnect();
      window.clearTimeout(giveUp);
      window.clearTimeout(announceTimer);
    };
  }, [pathname]);

  return (
    <p aria-live="polite" aria-atomic="true" className="sr-only">
      {message}
    </p>
  );
}
