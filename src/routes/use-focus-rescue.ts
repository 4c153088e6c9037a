import { useEffect } from 'react';

/** The page's main region people can reach: not a deep link's inert first screen still covering it. */
const reachableMain = () => [...document.querySelectorAll('main')].find((main) => !main.closest('[inert]')) ?? null;

/**
 * When the element holding focus leaves the page (a "Clear" that removes its own panel, a closed
 * disclosure), focus goes back to the element focused before it, or to the main region, never to
 * the body, where a keyboard or screen reader user would start again from the top.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    let previous: HTMLElement | null = null;
    let current: HTMLElement | null = null;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target === current) return;
      previous = current;
      current = event.target as HTMLElement;
    };
    const onFocusOut = (event: FocusEvent) => {
      const left = event.target as HTMLElement;
      // After the removal has settled: the element is gone and nothing took focus.
      window.setTimeout(() => {
        if (left.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
        const fallback = previous?.isConnected && previous !== left ? previous : reachableMain();
        (fallback as HTMLElement | null)?.focus({ preventScroll: true });
      });
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);
}
