import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHARACTER, PLAYER, TITLE } from '../../test/fixtures/playfab.ts';
import { demoConfig, renderRoute, stubFetch } from '../../test/render-route.tsx';

const URL = `/playfab/${TITLE}/players/${PLAYER}/characters/${CHARACTER}?q=sword`;
const signInRequired = () =>
  new Response(
    JSON.stringify({ error: { code: 'sign_in_required', message: 'Sign in to see this.', provider: 'playfab' } }),
    { status: 401, headers: { 'Content-Type': 'application/json' } },
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a private page on a server that asks for sign-in', () => {
  it('says to sign in, with a link that comes back to the same URL, and offers no retry', async () => {
    stubFetch([
      [/\/api\/config$/, () => demoConfig],
      [/\/api\/playfab\//, signInRequired],
    ]);
    renderRoute(URL);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Sign in to see this' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('PlayFab data to signed-in people only');
    expect(within(alert).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/auth/sign-in?return=${encodeURIComponent(URL)}`,
    );
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
