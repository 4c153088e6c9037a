import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareActions } from './CompareActions.tsx';
import { chosenIds, clearChosen, toggleChosen } from './compare-store.ts';

const SCOPE = '/xbox/compare';

function renderActions(id: string, sameTypeIds: string[] = []) {
  const router = createMemoryRouter([
    { path: '*', element: <CompareActions scope={SCOPE} id={id} sameTypeIds={sameTypeIds} /> },
  ]);
  render(<RouterProvider router={router} />);
}

afterEach(() => clearChosen(SCOPE));

describe('CompareActions', () => {
  it('adds the item to the choice and takes it out again, saying so with aria-pressed', async () => {
    renderActions('b');
    const toggle = screen.getByRole('button', { name: 'Add to compare' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(chosenIds(SCOPE)).toEqual(['b']);
    await userEvent.click(toggle);
    expect(chosenIds(SCOPE)).toEqual([]);
  });

  it('links to the comparison once two or more are chosen', async () => {
    toggleChosen(SCOPE, 'a');
    renderActions('b');
    expect(screen.queryByRole('link', { name: /^Compare \d+ items$/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add to compare' }));
    expect(screen.getByRole('link', { name: 'Compare 2 items' })).toHaveAttribute('href', `${SCOPE}?items=a,b`);
  });

  it('compares with the others of its type, itself as the reference', () => {
    renderActions('b', ['b', 'c', 'd']);
    expect(screen.getByRole('link', { name: /^Compare with others of this type/ })).toHaveAttribute(
      'href',
      `${SCOPE}?items=b,c,d&ref=b`,
    );
  });

  it('offers no such link when it is the only one of its type', () => {
    renderActions('b', ['b']);
    expect(screen.queryByRole('link', { name: /others of this type/ })).toBeNull();
  });
});
