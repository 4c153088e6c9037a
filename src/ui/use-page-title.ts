import { useLayoutEffect } from 'react';

/** The document's title from the most specific part to the least, ending with the app's name; missing parts are left out. */
export function pageTitle(...parts: (string | null | undefined | false)[]): string {
  return [...parts.filter((part): part is string => Boolean(part)), 'Gearview'].join(' · ');
}

/**
 * Sets the tab's title for this page (what history, bookmarks and the route announcement read),
 * in the same commit as the page itself, so nothing that sees the new heading reads the old title.
 */
export function usePageTitle(...parts: (string | null | undefined | false)[]): void {
  const title = pageTitle(...parts);
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
