import { useLayoutEffect } from 'react';
import { FIRST_SCREEN_ID } from './first-screen-id.ts';

const firstScreen = () => document.getElementById(FIRST_SCREEN_ID);

/**
 * Called as the app starts: the first screen the server sent for a deep link stays in view, but
 * the app, loading behind it, becomes the page that the keyboard, pointer and assistive technology
 * reach (index.css), so only one copy of the page is ever read. Until the app's script has run,
 * the first screen was that page, its links plain links.
 */
export function quietFirstScreen(): void {
  const element = firstScreen();
  element?.setAttribute('inert', '');
  // Inert is hidden from assistive technology already; said again for tools that read only ARIA.
  element?.setAttribute('aria-hidden', 'true');
}

/**
 * Once the page shows its content (or says why it cannot), the first screen goes, in the same task
 * as the commit that drew the content, so no frame shows the skeleton between them.
 */
export function useFirstScreenHandOff(ready: boolean): void {
  useLayoutEffect(() => {
    if (ready) firstScreen()?.remove();
  }, [ready]);
}
