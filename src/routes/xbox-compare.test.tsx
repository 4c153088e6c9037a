import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute, stubFetch } from '../../test/render-route.tsx';

const config = { providers: { bungie: { mode: 'demo' }, playfab: { mode: 'unavailable' }, xbox: { mode: 'demo' } } };
const id = (n: number) => `xuid;9ITEM${n};9ITEM${n}`;
const item = (n: number, itemType = 'GameContent') => ({
  url: `https://inventory.example/users/me/inventory/${id(n)}`,
  itemType,
  productId: `9ITEM${n}`,
  containers: [],
  beginDate: '2024-01-01T00:00:00.000+00:00',
  endDate: '9999-12-31T23:59:59.999+00:00',
  state: 'Enabled',
});
const proxyError = (status: number, code: string) =>
  Response.json({ error: { code, message: code, provider: 'xbox' } }, { status });

function serve() {
  return stubFetch([
    [/\/api\/config$/, () => config],
    [/\/items\/gone$/, () => proxyError(404, 'not_found')],
    [/\/items\/bad$/, () => proxyError(400, 'bad_parameter')],
    [
      /\/items\/xuid%3B9ITEM(\d)/,
      (url) => item(Number(/9ITEM(\d)/.exec(url)![1]), url.includes('ITEM3') ? 'GameV2' : 'GameContent'),
    ],
    [
      /\/users\/me\/inventory\?/,
      () => ({ pagingInfo: { totalItems: 4 }, items: [item(1), item(2), item(3, 'GameV2'), item(4)] }),
    ],
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('Xbox compare page', () => {
  it('asks for each item, shows those found, and says which ids are gone and which were refused', async () => {
    const calls = serve();
    renderRoute(`/xbox/compare?items=${id(1)},gone,${id(2)},bad`);
    const table = await screen.findByRole('table', { name: 'Comparison' });
    await waitFor(() => expect(within(table).getAllByRole('columnheader')).toHaveLength(2));
    expect(await screen.findByRole('note')).toHaveTextContent(
      '2 items could not be shown: bad is not an item id; gone is not in this inventory.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Compare 2 items' })).toBeInTheDocument();
    expect(calls.filter((url) => url.includes('/api/xbox/items/'))).toHaveLength(4);
  });
});

describe('Xbox item page', () => {
  it('compares an item with the loaded entitlements of its type, itself the reference', async () => {
    serve();
    renderRoute('/xbox/inventory?availability=All');
    // Two lazy route modules load on first use: slower than a finder's default wait on a busy machine.
    const addOns = await screen.findByRole('region', { name: 'Add-ons' }, { timeout: 5000 });
    await userEvent.click(within(addOns).getAllByRole('link')[0]!);
    const link = await screen.findByRole('link', { name: /^Compare with others of this type/ }, { timeout: 5000 });
    expect(link).toHaveAttribute('href', `/xbox/compare?items=${id(1)},${id(2)},${id(4)}&ref=${id(1)}`);
    expect(screen.getByRole('button', { name: 'Add to compare' })).toHaveAttribute('aria-pressed', 'false');
  });
});
