import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { BucketGrid } from './BucketGrid.tsx';
import type { BucketGroup, Item, ProviderId } from './model.ts';
import { SearchBox } from './SearchBox.tsx';
import { useInventorySearch } from './search/use-inventory-search.ts';
import { URL_WRITE_DELAY_MS } from './search/use-url-query.ts';

const base = {
  instanceId: null,
  definitionId: '1',
  description: '',
  icon: null,
  quantity: 1,
  maxStackSize: 1,
  isEquipped: false,
  locked: false,
  stats: [],
};
const item = (name: string, typeName: string, tier: Item['tier'], extra: Partial<Item> = {}): Item => ({
  ...base,
  key: name,
  name,
  typeName,
  tier,
  tierName: tier,
  ...extra,
});
const groups: BucketGroup[] = [
  {
    id: 'weapons',
    name: 'Weapons',
    buckets: [
      {
        id: 'p',
        name: 'Primary Weapons',
        order: 0,
        items: [
          item('Iron Blade', 'Auto Rifle', 'exotic', { isEquipped: true }),
          item('Red Spectre', 'Auto Rifle', 'legendary', { locked: true }),
        ],
      },
      { id: 'h', name: 'Helmet', order: 1, items: [item('Iron Crown', 'Helmet', 'legendary')] },
    ],
  },
];

function Page({ data = groups, provider = 'destiny' }: { data?: BucketGroup[]; provider?: ProviderId }) {
  const search = useInventorySearch(data, provider);
  const location = useLocation();
  return (
    <>
      <output data-testid="url">{location.search}</output>
      <SearchBox provider={provider} groups={data} search={search} />
      <label>
        Notes
        <input type="text" />
      </label>
      <BucketGrid groups={data} itemHref={(it) => `/items/${it.key}`} search={search} />
    </>
  );
}

function renderAt(url: string, data?: BucketGroup[], provider?: ProviderId) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <Page data={data} provider={provider} /> },
      { path: '/items/:key', Component: () => null },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return { user: userEvent.setup(), router, box: screen.getByRole('combobox', { name: 'Search items' }) };
}

const url = () => new URLSearchParams(screen.getByTestId('url').textContent ?? '');

describe('SearchBox', () => {
  it('writes the query to ?q=, replacing history, and dims what does not match', async () => {
    const { user, router, box } = renderAt('/');
    await user.type(box, 'iron');
    await waitFor(() => expect(url().get('q')).toBe('iron'));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(screen.getByText('2 of 3 items')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Red Spectre.*, not matching$/ })).toHaveAttribute(
      'href',
      '/items/Red Spectre',
    );
    expect(screen.getByRole('link', { name: /^Iron Blade/ }).getAttribute('aria-label')).not.toMatch(/not matching/);
  });

  it('filters at each keystroke but writes the URL once typing pauses', async () => {
    const { user, router, box } = renderAt('/');
    const written: string[] = [];
    router.subscribe((state) => written.push(state.location.search));
    await user.type(box, 'iron');
    // The grid has followed already; the URL waits for the pause.
    expect(screen.getByText('2 of 3 items')).toBeInTheDocument();
    await waitFor(() => expect(url().get('q')).toBe('iron'));
    expect(written).toEqual(['?q=iron']);
  });

  it('writes a waiting query at once when the box loses focus', async () => {
    const { user, box } = renderAt('/');
    await user.type(box, 'crown');
    await user.tab();
    // Well before the pause would have written it.
    await waitFor(() => expect(url().get('q')).toBe('crown'), { timeout: URL_WRITE_DELAY_MS / 2 });
  });

  it('keeps a waiting query when the hide toggle is clicked straight after typing', async () => {
    const { user, box } = renderAt('/');
    await user.type(box, 'iron');
    await user.click(screen.getByRole('checkbox', { name: 'Hide non-matching' }));
    await waitFor(() => expect(url().get('hide')).toBe('1'));
    expect(url().get('q')).toBe('iron');
    expect(box).toHaveValue('iron');
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });

  it('follows the URL when it changes from elsewhere (back, forward, a link), dropping a write still waiting', async () => {
    const { user, router, box } = renderAt('/?q=crown');
    await user.clear(box);
    await user.type(box, 'iron');
    await act(() => router.navigate('/?q=is:exotic', { replace: true }));
    expect(box).toHaveValue('is:exotic');
    expect(screen.getByText('1 of 3 items')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, URL_WRITE_DELAY_MS * 2));
    expect(url().get('q')).toBe('is:exotic');
    expect(box).toHaveValue('is:exotic');
  });

  it('reads the query from the URL, and hides non-matching items with the toggle', async () => {
    const { user } = renderAt('/?q=is:legendary');
    expect(screen.getByRole('combobox', { name: 'Search items' })).toHaveValue('is:legendary');
    expect(screen.getByText('2 of 3 items')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Hide non-matching' }));
    await waitFor(() => expect(url().get('hide')).toBe('1'));
    expect(screen.queryByRole('link', { name: /^Iron Blade/ })).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });

  it('hides a bucket with no matches while hiding', () => {
    renderAt('/?q=type:helmet&hide=1');
    expect(screen.queryByRole('region', { name: 'Primary Weapons' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Helmet' })).getAllByRole('link')).toHaveLength(1);
  });

  it('says plainly what does not parse, keeping the last good filter meanwhile', async () => {
    const { user, box } = renderAt('/?q=crown');
    // Pasted in one go: typed, each prefix would be a query of its own (`crown stat` parses, and matches nothing).
    await user.click(box);
    await user.paste(' stat:attack>=');
    expect(await screen.findByRole('alert')).toHaveTextContent('Expected a number after `stat:attack>=` at column 20');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('1 of 3 items')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /not matching/ })).toHaveLength(2);
  });

  it('filters nothing when the first query in the URL does not parse', () => {
    renderAt('/?q=is:shiny');
    expect(screen.getByRole('alert')).toHaveTextContent(/^Unknown keyword `is:shiny`/);
    expect(screen.queryByText(/of 3 items/)).toBeNull();
    expect(screen.queryByRole('link', { name: /not matching/ })).toBeNull();
  });

  it('suggests keywords and inventory values, chosen with the arrow keys and Enter', async () => {
    const { user, box } = renderAt('/');
    await user.type(box, 'type:ri');
    const list = screen.getByRole('listbox', { name: 'Suggestions' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['type:"Auto Rifle"']);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', within(list).getByRole('option').id);
    expect(within(list).getByRole('option')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('type:"Auto Rifle" ');
    await waitFor(() => expect(url().get('q')).toBe('type:"Auto Rifle"'));
    expect(screen.getByText('2 of 3 items')).toBeInTheDocument();
  });

  it('closes the suggestions with Escape and completes on click', async () => {
    const { user, box } = renderAt('/');
    await user.type(box, 'is:ex');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.type(box, 'o');
    await user.click(screen.getByRole('option', { name: 'is:exotic' }));
    expect(box).toHaveValue('is:exotic ');
    expect(box).toHaveFocus();
  });

  it('completes the word under the caret when the caret is moved back into the query', async () => {
    const { user, box } = renderAt('/');
    await user.type(box, 'is:ex iron');
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    await user.click(await screen.findByRole('option', { name: 'is:exotic' }));
    expect(box).toHaveValue('is:exotic iron');
    expect((box as HTMLInputElement).selectionStart).toBe(10);
  });
  it('sorts each bucket from the URL, keeping the equipped item first', async () => {
    const special = [
      {
        id: 's',
        name: 'Special Weapons',
        order: 2,
        items: [item('Zephyr', 'Shotgun', 'rare'), item('Aster', 'Sniper Rifle', 'common')],
      },
    ];
    const { user } = renderAt('/', [{ ...groups[0]!, buckets: [...groups[0]!.buckets, ...special] }]);
    const inSpecial = () =>
      within(screen.getByRole('region', { name: 'Special Weapons' }))
        .getAllByRole('link')
        .map((link) => link.getAttribute('aria-label')!.split(',')[0]);
    expect(inSpecial()).toEqual(['Zephyr', 'Aster']);
    await user.selectOptions(screen.getByLabelText('Sort'), 'Name');
    expect(screen.getByTestId('url')).toHaveTextContent('?sort=name');
    expect(inSpecial()).toEqual(['Aster', 'Zephyr']);
    const primary = within(screen.getByRole('region', { name: 'Primary Weapons' })).getAllByRole('link');
    expect(primary[0]).toHaveAccessibleName(expect.stringMatching(/^Iron Blade.*equipped/));
  });

  it('offers "did you mean" for a mistyped keyword, and following it replaces the word', async () => {
    const { user, box } = renderAt('/');
    await user.type(box, 'iron is:exotc');
    expect(screen.getByRole('alert')).toHaveTextContent(/^Unknown keyword `is:exotc` \(try equipped, .*maxpower\)/);
    await user.click(screen.getByRole('button', { name: 'Did you mean is:exotic?' }));
    expect(box).toHaveValue('iron is:exotic');
    expect(box).toHaveFocus();
    expect((box as HTMLInputElement).selectionStart).toBe(14);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('1 of 3 items')).toBeInTheDocument();
    await waitFor(() => expect(url().get('q')).toBe('iron is:exotic'));
  });

  it('offers a keyword for a bare word that matched nothing, and a tier for a mistyped one', async () => {
    const { user, box } = renderAt('/?q=exotc');
    expect(screen.getByText('0 of 3 items')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Did you mean is:exotic?' }));
    expect(box).toHaveValue('is:exotic');
    expect(screen.getByText('1 of 3 items')).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'tier:legndary');
    await user.click(screen.getByRole('button', { name: 'Did you mean tier:legendary?' }));
    expect(box).toHaveValue('tier:legendary');
    expect(screen.getByText('2 of 3 items')).toBeInTheDocument();
  });

  it('lists the valid filters for an unknown one', async () => {
    const { user, box } = renderAt('/');
    await user.type(box, 'foo:bar');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Unknown filter `foo:` (try is:, tier:, type:, bucket:, perk:, stat:, power:, light:, quantity:) at column 1',
    );
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('button', { name: /^Did you mean/ })).toBeNull();
  });

  it('filters by power and finds duplicates', async () => {
    const withPower = (name: string, value: number, definitionId: string): Item => ({
      ...item(name, 'Auto Rifle', 'legendary'),
      definitionId,
      primaryStat: { id: 'a', name: 'Attack', value },
    });
    const data: BucketGroup[] = [
      {
        id: 'weapons',
        name: 'Weapons',
        buckets: [
          {
            id: 'p',
            name: 'Primary Weapons',
            order: 0,
            items: [withPower('Low', 280, 'a'), withPower('High', 310, 'b'), withPower('Low Again', 300, 'a')],
          },
        ],
      },
    ];
    const { box, user } = renderAt(`/?q=${encodeURIComponent('power:>=300')}`, data);
    expect(screen.getByText('2 of 3 items')).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'is:dupe');
    expect(screen.getByText('2 of 3 items')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^High.*not matching$/ })).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'is:maxpower');
    expect(screen.getByText('1 of 3 items')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^High/ }).getAttribute('aria-label')).not.toMatch(/not matching/);
  });

  it('opens the search help with its button and closes it with Escape, in the page’s words', async () => {
    const { user } = renderAt('/');
    const button = screen.getByRole('button', { name: 'Search help' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const help = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(help).toBeVisible();
    expect(within(help).getByRole('heading', { name: 'Searching Destiny items' })).toBeInTheDocument();
    const examples = within(help)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(examples).toEqual(expect.arrayContaining(['power:>=300', 'is:dupe', 'is:maxpower', 'perk:scope']));
    expect(examples).not.toContain('is:trial');
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(help).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    // With the keyboard alone.
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('puts the caret in the box at `/`, but not while typing in another field', async () => {
    const { user, box } = renderAt('/?q=iron');
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    await user.keyboard('a/b');
    expect(notes).toHaveValue('a/b');
    expect(box).not.toHaveFocus();
    await user.click(screen.getByRole('checkbox', { name: 'Hide non-matching' }));
    await user.keyboard('/');
    expect(box).toHaveFocus();
    // The key is taken, not typed into the box.
    expect(box).toHaveValue('iron');
    await user.keyboard('/');
    expect(box).toHaveValue('iron/');
  });

  it('speaks only its provider’s words: no Xbox words on a Destiny page', async () => {
    const { user, box } = renderAt('/');
    expect(box).toHaveAttribute('placeholder', expect.stringContaining('power:>=300'));
    await user.type(box, 't');
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['tier:', 'type:']);
    await user.clear(box);
    await user.type(box, 'is:');
    const offered = within(screen.getByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(offered).toContain('is:equipped');
    for (const word of ['is:trial', 'is:expired', 'is:expiring', 'is:bundle']) expect(offered).not.toContain(word);
    await user.clear(box);
    await user.type(box, 'is:trial');
    expect(screen.getByRole('alert')).toHaveTextContent(/^`is:trial` does not apply to Destiny items \(try /);
  });

  it('speaks Xbox Live’s words on an Xbox Live page', async () => {
    const { user, box } = renderAt('/', undefined, 'xbox');
    expect(box).toHaveAttribute('placeholder', expect.stringContaining('is:trial'));
    await user.type(box, 'p');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.clear(box);
    await user.type(box, 'power:>1');
    expect(screen.getByRole('alert')).toHaveTextContent(/^`power:` does not apply to Xbox Live items/);
  });
});
