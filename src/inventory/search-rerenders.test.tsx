import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { modelItem } from '../../test/fixtures/items.ts';
import { BucketGrid } from './BucketGrid.tsx';
import type { BucketGroup, Item } from './model.ts';
import { SearchBox } from './SearchBox.tsx';
import { useInventorySearch } from './search/use-inventory-search.ts';

// One item per bucket: a section asks for its one tile's link each time it renders.
const names = ['Red Spectre', 'Red Death', 'Ice Breaker', 'Hawkmoon'];
const groups: BucketGroup[] = [
  {
    id: 'weapons',
    name: 'Weapons',
    buckets: names.map((name, order) => ({ id: name, name: `${name} bucket`, order, items: [modelItem(name)] })),
  },
];

let sectionRenders = new Map<string, number>();
let commits = 0;
// Stable, as the pages' own: a new function would render every bucket anyway.
const itemHref = (item: Item) => {
  sectionRenders.set(item.name, (sectionRenders.get(item.name) ?? 0) + 1);
  return `/items/${item.key}`;
};

function Page() {
  const search = useInventorySearch(groups, 'destiny');
  return (
    <Profiler id="grid" onRender={() => commits++}>
      <SearchBox provider="destiny" groups={groups} search={search} />
      <BucketGrid groups={groups} itemHref={itemHref} search={search} />
    </Profiler>
  );
}

/** Each bucket's renders while `typed` goes into the box, one key at a time. */
async function rendersWhileTyping(typed: string): Promise<Record<string, number>> {
  const router = createMemoryRouter([{ path: '/', element: <Page /> }]);
  render(<RouterProvider router={router} />);
  const box = screen.getByRole('combobox', { name: 'Search items' });
  const user = userEvent.setup();
  sectionRenders = new Map();
  commits = 0;
  await user.type(box, typed);
  expect(commits).toBeGreaterThan(typed.length);
  return Object.fromEntries(names.map((name) => [name, sectionRenders.get(name) ?? 0]));
}

describe('typing a search', () => {
  it('renders again only the buckets whose matches changed', async () => {
    // "r" dims Hawkmoon and marks every bucket as searched; "re" matches the same; "red" drops Ice Breaker.
    expect(await rendersWhileTyping('red')).toEqual({
      'Red Spectre': 1,
      'Red Death': 1,
      'Ice Breaker': 2,
      Hawkmoon: 1,
    });
  });
});
