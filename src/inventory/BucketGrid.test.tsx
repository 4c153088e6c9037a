import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BucketGrid } from './BucketGrid.tsx';
import type { BucketGroup, Item } from './model.ts';
import { SETTLE_MS } from './use-flinging.ts';

const item = (n: number): Item => ({
  key: `k${n}`,
  instanceId: String(n),
  definitionId: '1',
  name: `Item ${n}`,
  description: '',
  typeName: 'Hand Cannon',
  icon: `/icons/${n}.png`,
  tier: 'rare',
  tierName: 'Rare',
  quantity: 1,
  maxStackSize: 1,
  isEquipped: false,
  locked: false,
  stats: [],
});
const vault = (count: number): BucketGroup[] => [
  {
    id: 'weapons',
    name: 'Weapons',
    buckets: [{ id: 'p', name: 'Primary Weapons', order: 0, items: Array.from({ length: count }, (_, n) => item(n)) }],
  },
  { id: 'armor', name: 'Armor', buckets: [{ id: 'h', name: 'Helmet', order: 0, items: [item(100_000)] }] },
];

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

function renderGrid(groups: BucketGroup[], search?: Parameters<typeof BucketGrid>[0]['search']) {
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <>
          <Where />
          <BucketGrid groups={groups} itemHref={(it) => `/items/${it.instanceId}`} search={search} />
        </>
      ),
    },
    { path: '/items/:id', element: <Where /> },
  ]);
  return render(<RouterProvider router={router} />);
}

/** jsdom lays nothing out: give every element a width, and the grid a place on the page. */
function layOut(width: number, top: () => number) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ top: top() }) as DOMRect);
}

const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('BucketGrid', () => {
  it('draws only the rows of a big bucket near the viewport, and follows the scroll', async () => {
    let top = 0;
    layOut(720, () => top); // 10 tiles of 64 px and 8 px gaps per row
    renderGrid(vault(5_000));
    const primary = () => within(screen.getByRole('region', { name: 'Primary Weapons' })).queryAllByRole('link');
    const first = primary().length;
    expect(first).toBeGreaterThan(50);
    expect(first).toBeLessThan(300);
    expect(primary()[0]).toHaveAccessibleName(/^Item 0,/);

    top = -250 * 72; // row 250 at the top of the window
    fireEvent.scroll(window);
    await nextFrame();
    const names = primary().map((link) => link.getAttribute('aria-label')!);
    expect(names.length).toBeLessThan(300);
    expect(names).toContain('Item 2500, Rare Hand Cannon');
    expect(names).not.toContain('Item 0, Rare Hand Cannon');
  });

  it('refills the elements of rows that scroll away with the rows that come into view', async () => {
    let top = -100 * 72;
    layOut(720, () => top);
    renderGrid(vault(5_000));
    await nextFrame();
    const tiles = () => new Set(within(screen.getByRole('region', { name: 'Primary Weapons' })).queryAllByRole('link'));
    const before = tiles();
    const shown = new Map(
      [...before].map((tile) => [tile, { label: tile.getAttribute('aria-label'), image: tile.querySelector('img') }]),
    );

    top = -103 * 72; // three rows further down
    fireEvent.scroll(window);
    await nextFrame();
    const after = tiles();
    expect(after.size).toBe(before.size);
    expect([...after].every((tile) => before.has(tile))).toBe(true);
    expect([...after].map((tile) => tile.getAttribute('aria-label'))).toContain('Item 1030, Rare Hand Cannon');
    // A refilled tile gets a new image element for its new item: the old one would stay on screen while the new icon loads.
    const refilled = [...after].filter((tile) => shown.get(tile)!.label !== tile.getAttribute('aria-label'));
    expect(refilled.length).toBeGreaterThan(0);
    for (const tile of refilled) {
      const n = /^Item (\d+),/.exec(tile.getAttribute('aria-label')!)![1];
      expect(tile.querySelector('img')).toHaveAttribute('src', `/icons/${n}.png`);
      expect(tile.querySelector('img')).not.toBe(shown.get(tile)!.image);
    }
  });

  it('draws the rows a fling brings into view without their pictures until it settles, but the focused row with them', async () => {
    // The clock is the test's: however slowly jsdom renders, the steps are a frame apart.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'] });
    let top = 0;
    layOut(720, () => top);
    let scrollY = 0;
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
    renderGrid(vault(5_000));
    const tile = (n: number) => screen.getByRole('link', { name: `Item ${n}, Rare Hand Cannon` });
    expect(tile(0).querySelector('img')).toHaveAttribute('src', '/icons/0.png');
    // Rows of 72 px, 10 tiles each, scrolled by a frame apart: far faster than anyone reads.
    const scrollToRow = (row: number) => {
      top = -row * 72;
      scrollY = row * 72;
      fireEvent.scroll(window);
      act(() => vi.advanceTimersByTime(16));
    };
    for (const row of [50, 100, 150, 200, 250]) scrollToRow(row);
    expect(tile(2500).querySelector('img')).toBeNull();
    expect(tile(2500)).toHaveTextContent('I');

    // A tile focused mid-fling (a held arrow key scrolls as fast) shows its row's pictures.
    tile(2600).focus();
    scrollToRow(251);
    expect(tile(2600).querySelector('img')).toHaveAttribute('src', '/icons/2600.png');
    expect(tile(2550).querySelector('img')).toBeNull();

    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(tile(2500).querySelector('img')).toHaveAttribute('src', '/icons/2500.png');
  });

  it('takes a single jump, however far, for no fling', async () => {
    let top = 0;
    layOut(720, () => top);
    let scrollY = 0;
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
    renderGrid(vault(5_000));
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)));
    top = -250 * 72;
    scrollY = 250 * 72;
    fireEvent.scroll(window);
    await nextFrame();
    expect(screen.getByRole('link', { name: 'Item 2500, Rare Hand Cannon' }).querySelector('img')).toHaveAttribute(
      'src',
      '/icons/2500.png',
    );
  });

  it('opens a tile in the app on a plain click, and leaves modified clicks to the browser', () => {
    renderGrid(vault(3));
    const tile = screen.getByRole('link', { name: /^Item 2,/ });
    expect(tile).toHaveAttribute('href', '/items/2');
    expect(fireEvent.click(tile, { ctrlKey: true })).toBe(true);
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/$/);
    fireEvent.click(tile);
    expect(screen.getByTestId('where')).toHaveTextContent('/items/2');
  });

  it('hides a group whose buckets all have no match, and says when nothing matches at all', () => {
    const groups = vault(3);
    const [weapons, armor] = groups.map((group) => group.buckets[0]!);
    const matching = new Map([
      [weapons!, new Set([weapons!.items[1]!])],
      [armor!, new Set<Item>()],
    ]);
    const { unmount } = renderGrid(groups, { matching, hideNonMatching: true, sort: null });
    expect(screen.getByRole('heading', { name: 'Weapons' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Armor' })).toBeNull();
    unmount();
    renderGrid(groups, {
      matching: new Map([
        [weapons!, new Set<Item>()],
        [armor!, new Set<Item>()],
      ]),
      hideNonMatching: true,
      sort: null,
    });
    expect(screen.getByText('Nothing matches this search.')).toBeInTheDocument();
  });

  it('describes the tile under the pointer in one shared tooltip, gone when the pointer leaves', () => {
    renderGrid(vault(3));
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.mouseOver(screen.getByRole('link', { name: /^Item 1,/ }));
    expect(screen.getAllByRole('tooltip')).toHaveLength(1);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Item 1Rare · Hand Cannon');
    fireEvent.mouseOver(screen.getByRole('link', { name: /^Item 2,/ }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Item 2');
    // The grid's root holds the tooltip and listens for the pointer.
    fireEvent.mouseLeave(screen.getByRole('tooltip').parentElement!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
