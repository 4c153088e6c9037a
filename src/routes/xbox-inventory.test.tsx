import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute, stubFetch } from '../../test/render-route.tsx';

const config = { providers: { bungie: { mode: 'demo' }, playfab: { mode: 'unavailable' }, xbox: { mode: 'demo' } } };
const item = (n: number, itemType = 'GameContent') => ({
  url: `https://inventory.example/users/me/inventory/xuid;9ITEM${n};9ITEM${n}`,
  itemType,
  productId: `9ITEM${n}`,
  containers: ['9ITEM0'],
  beginDate: '2024-01-01T00:00:00.000+00:00',
  endDate: '9999-12-31T23:59:59.999+00:00',
  state: 'Enabled',
});

afterEach(() => vi.unstubAllGlobals());

describe('Xbox inventory page', () => {
  it('sends the URL filters upstream, groups by type, and loads further pages on its own without duplicates', async () => {
    const calls = stubFetch([
      [/\/api\/config$/, () => config],
      [/continuationToken=t2/, () => ({ pagingInfo: { totalItems: 3 }, items: [item(1), item(2)] })],
      [
        /\/users\/me\/inventory\?/,
        () => ({ pagingInfo: { totalItems: 3, continuationToken: 't2' }, items: [item(0, 'GameV2'), item(1)] }),
      ],
    ]);
    renderRoute('/xbox/inventory?state=Enabled&availability=All');
    const games = await screen.findByRole('region', { name: 'Games' });
    expect(within(games).getByRole('link')).toHaveAttribute('href', '/xbox/items/xuid%3B9ITEM0%3B9ITEM0');
    // The rest loads on its own, a page at a time, with no click.
    expect(screen.getByRole('status')).toHaveTextContent('Loaded 2 of 3, loading the rest…');
    expect(await screen.findByText('Loaded 3 of 3')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Add-ons' })).getAllByRole('link')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    const inventoryCalls = calls.filter((url) => url.includes('/api/xbox/'));
    expect(inventoryCalls[0]).toBe('/api/xbox/users/me/inventory?availability=All&state=Enabled&maxItems=100');
    expect(inventoryCalls[1]).toContain('state=Enabled');
  });

  it('disables the expand option with an item type and explains an upstream 400 for the pair', async () => {
    stubFetch([
      [/\/api\/config$/, () => config],
      [
        /\/users\/me\/inventory/,
        () =>
          Response.json({ error: { code: 'bad_parameter', message: 'refused', provider: 'xbox' } }, { status: 400 }),
      ],
    ]);
    renderRoute('/xbox/inventory?itemType=GameV2&expandSatisfyingEntitlements=true');
    expect(await screen.findByRole('note')).toHaveTextContent('does not include bundle and subscription contents');
    expect(screen.getByRole('link', { name: 'Show this type without them' })).toHaveAttribute(
      'href',
      '/xbox/inventory?itemType=GameV2',
    );
    expect(screen.getByRole('checkbox', { name: /bundle and subscription contents/ })).toBeDisabled();
  });

  it('says how to provide a token when Xbox Live refuses it', async () => {
    stubFetch([
      [/\/api\/config$/, () => config],
      [
        /\/users\/me\/inventory/,
        () => Response.json({ error: { code: 'unauthorized', message: 'expired', provider: 'xbox' } }, { status: 401 }),
      ],
    ]);
    renderRoute('/xbox/inventory');
    expect(await screen.findByRole('heading', { name: 'Xbox Live needs a fresh sign-in token' })).toBeInTheDocument();
    expect(screen.getByText(/XBOX_AUTHORIZATION/)).toBeInTheDocument();
  });
});
