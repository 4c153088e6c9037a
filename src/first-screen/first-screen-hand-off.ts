import { useLayoutEffect } from 'react';
import type { DataRouter } from 'react-router';
import { FIRST_SCREEN_ID } from './first-screen-id.ts';

const firstScreen = () => document.getElementById(FIRST_SCREEN_ID);

/**
 * How the person left the panel `name` (FoldOnPhone) on the first screen, once the boot script
 * folded it there for a phone (public/first-screen-boot.js marks the screen `data-folded`), so a
 * panel opened before the app ran stays open when the app takes over. Undefined without one.
 */
export function openedOnFirstScreen(name: string): boolean | undefined {
  if (typeof document === 'undefined' || !firstScreen()?.hasAttribute('data-folded')) return undefined;
  return firstScreen()!.querySelector(`details[data-fold-on-phone="${name}"]`)?.hasAttribute('open');
}

/**
 * Called as the app starts: the first screen the server sent for a deep link stays in view, but
 * the app, loading behind it, becomes the page that the keyboard, pointer and assistive technology
 * reach (index.css), so only one copy of the page is ever read. Until the app's script has run,
 * the first screen was that page, its links plain links.
 */
export function quietFirstScreen(router: Pick<DataRouter, 'state' | 'subscribe'>): void {
  const element = firstScreen();
  if (!element) return;
  element.setAttribute('inert', '');
  // Inert is hidden from assistive technology already; said again for tools that read only ARIA.
  element.setAttribute('aria-hidden', 'true');
  // Its ids are the app's too: the skip link and labels must find the app's elements, not these.
  for (const withId of element.querySelectorAll('[id]')) withId.removeAttribute('id');
  // Left before its page drew (a breadcrumb clicked through it): the page it stood for is gone too.
  const opened = router.state.location;
  const unsubscribe = router.subscribe((state) => {
    if (state.location.key === opened.key) return;
    unsubscribe();
    element.remove();
  });
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
