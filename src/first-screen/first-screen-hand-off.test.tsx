import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter } from 'react-router';
import { quietFirstScreen } from './first-screen-hand-off.ts';
import { FIRST_SCREEN_ID } from './first-screen-id.ts';

/** A first screen as the server sends it: the page's shell with a main region, a labelled section and a link. */
function serverFirstScreen(): HTMLElement {
  const element = document.createElement('div');
  element.id = FIRST_SCREEN_ID;
  element.innerHTML =
    '<a href="#main">Skip</a><main id="main"><section aria-labelledby="b"><h3 id="b">Primary Weapons</h3></section></main>';
  document.body.append(element, Object.assign(document.createElement('div'), { id: 'root' }));
  return element;
}

const routerAt = (path: string) =>
  createMemoryRouter(
    [
      { path: '/inventory', element: null },
      { path: '/account', element: null },
    ],
    { initialEntries: [path] },
  );

afterEach(() => document.body.replaceChildren());

describe('a first screen, as the app starts behind it', () => {
  it("is made inert and hidden from assistive technology, and gives up its ids to the app's elements", () => {
    const element = serverFirstScreen();
    quietFirstScreen(routerAt('/inventory'));
    expect(element.hasAttribute('inert')).toBe(true);
    expect(element.getAttribute('aria-hidden')).toBe('true');
    expect(element.querySelectorAll('[id]')).toHaveLength(0);
    expect(document.getElementById(FIRST_SCREEN_ID)).toBe(element);
  });

  it('goes with the first navigation, so it never stays over a page it does not stand for', async () => {
    const element = serverFirstScreen();
    const router = routerAt('/inventory');
    quietFirstScreen(router);
    await router.revalidate();
    expect(element.isConnected).toBe(true);
    await router.navigate('/account');
    expect(element.isConnected).toBe(false);
  });

  it('does nothing on a page the server sent without one', () => {
    expect(() => quietFirstScreen(routerAt('/inventory'))).not.toThrow();
  });
});
