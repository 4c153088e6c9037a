import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * One click handler for every tile of a grid: tiles are plain links, and a plain left click on
 * one becomes an in-app navigation here. A router link per tile costs several hooks each, which a
 * 10,000-item grid pays again on every scroll step. Modified clicks (new tab, new window) are left
 * to the browser, as are keyboard activations, which arrive as clicks too.
 */
export function useTileNavigation(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return useCallback(
    (event) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-tile]');
      const href = link?.getAttribute('href');
      if (!href || link?.target) return;
      event.preventDefault();
      navigate(href);
    },
    [navigate],
  );
}
