import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../test/render-route.tsx';
import { createQueryClient } from '../query-client.ts';
import { SessionStatus } from './SessionStatus.tsx';

function renderWith(session: unknown) {
  stubFetch([[/\/api\/session$/, () => session]]);
  return render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <MemoryRouter initialEntries={['/xbox/inventory?state=Enabled']}>
        <SessionStatus />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the header’s sign-in status', () => {
  it('names who is signed in, with a Sign out that POSTs to the server', async () => {
    renderWith({ signIn: { providers: ['playfab', 'xbox'] }, user: { email: 'ana@example.com', name: 'Ana' } });
    expect(await screen.findByText('Signed in as')).toHaveTextContent('Signed in as Ana');
    const button = screen.getByRole('button', { name: 'Sign out' });
    const form = button.closest('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/auth/sign-out');
  });

  it('offers Sign in, back to the same URL, when nobody is', async () => {
    renderWith({ signIn: { providers: ['playfab', 'xbox'] }, user: null });
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/auth/sign-in?return=${encodeURIComponent('/xbox/inventory?state=Enabled')}`,
    );
  });

  it('shows nothing on a server without sign-in', async () => {
    const calls = stubFetch([[/\/api\/session$/, () => ({ signIn: null, user: null })]]);
    const { container } = render(
      <QueryClientProvider client={createQueryClient({ retry: false })}>
        <MemoryRouter>
          <SessionStatus />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(calls).toEqual(['/api/session']));
    expect(container).toBeEmptyDOMElement();
  });
});
