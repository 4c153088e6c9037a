import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute, stubFetch } from '../../test/render-route.tsx';

const config = { providers: { bungie: { mode: 'demo' }, playfab: { mode: 'unavailable' }, xbox: { mode: 'demo' } } };
const GAME = '9GAME0000001';
const ADDON = '9ADDON000001';
const UNLISTED = '9GONE0000001';
const entitlement = (productId: string, itemType: string, state = 'Enabled') => ({
  url: `https://inventory.example/users/me/inventory/xuid;${productId};${productId}`,
  itemType,
  productId,
  containers: [GAME],
  beginDate: '2024-01-01T00:00:00.000+00:00',
  endDate: '9999-12-31T23:59:59.999+00:00',
  state,
});
const page = {
  pagingInfo: { totalItems: 3 },
  items: [entitlement(GAME, 'GameV2'), entitlement(ADDON, 'GameContent'), entitlement(UNLISTED, 'GameContent')],
};
const product = (id: string, title: string, parent?: string) => ({
  ProductId: id,
  ProductKind: parent ? 'Durable' : 'Game',
  LocalizedProperties: [
    {
      ProductTitle: title,
      PublisherName: 'Northwind Interactive',
      ProductDescription: `${title}, described.`,
      Images: [{ ImagePurpose: 'BoxArt', Uri: `//store-images.s-microsoft.com/image/apps.1.${id}.boxart` }],
    },
  ],
  MarketProperties: [{ RelatedProducts: parent ? [{ RelatedProductId: parent, RelationshipType: 'Parent' }] : [] }],
});
const catalog = { Products: [product(GAME, 'Crimson Harbor'), product(ADDON, 'Crimson Harbor Season Pass', GAME)] };
const outage = () =>
  Response.json(
    { error: { code: 'upstream_bad_response', message: 'The Store catalog answered HTTP 503.', provider: 'xbox' } },
    { status: 502 },
  );

afterEach(() => vi.unstubAllGlobals());

describe('Xbox names and art from the Store', () => {
  it('names tiles by their Store titles, visibly, with box art, in one catalog call, and leaves unlisted products as type and id', async () => {
    const calls = stubFetch([
      [/\/api\/config$/, () => config],
      [/\/api\/xbox\/catalog\?/, () => catalog],
      [/\/users\/me\/inventory\?/, () => page],
    ]);
    renderRoute('/xbox/inventory');
    const games = await screen.findByRole('region', { name: 'Games' });
    const tile = await within(games).findByRole('link', { name: /^Crimson Harbor/ });
    expect(tile.querySelector('img')).toHaveAttribute('src', `/api/xbox/images/image/apps.1.${GAME}.boxart?w=192`);
    // The title is written under the picture too, not only in the tile's accessible name.
    expect(tile).toHaveTextContent('Crimson Harbor');
    const addOns = screen.getByRole('region', { name: 'Add-ons' });
    expect(within(addOns).getByRole('link', { name: /^Crimson Harbor Season Pass/ })).toBeInTheDocument();
    expect(within(addOns).getByRole('link', { name: new RegExp(`^Add-on ${UNLISTED}`) })).toHaveTextContent(
      `Add-on ${UNLISTED}`,
    );
    expect(calls.filter((url) => url.includes('/api/xbox/catalog'))).toEqual([
      `/api/xbox/catalog?ids=${[ADDON, GAME, UNLISTED].sort().join(',')}`,
    ]);
  });

  it('keeps the inventory through a catalog outage, and names it after Retry', async () => {
    let down = true;
    stubFetch([
      [/\/api\/config$/, () => config],
      [/\/api\/xbox\/catalog\?/, () => (down ? outage() : catalog)],
      [/\/users\/me\/inventory\?/, () => page],
    ]);
    renderRoute('/xbox/inventory');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Store catalog did not answer');
    expect(screen.getByRole('link', { name: new RegExp(`^Game ${GAME}`) })).toBeInTheDocument();
    down = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: /^Crimson Harbor Season Pass/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('finds titles and publishers by free text', async () => {
    stubFetch([
      [/\/api\/config$/, () => config],
      [/\/api\/xbox\/catalog\?/, () => catalog],
      [/\/users\/me\/inventory\?/, () => page],
    ]);
    renderRoute('/xbox/inventory?q=season%20pass');
    expect(await screen.findByText('1 of 3 items')).toBeInTheDocument();
  });

  it('says why is:expired finds nothing on a view of available items, with the view that has them', async () => {
    stubFetch([
      [/\/api\/config$/, () => config],
      [/\/api\/xbox\/catalog\?/, () => catalog],
      [/\/users\/me\/inventory\?/, () => page],
    ]);
    renderRoute('/xbox/inventory?q=is%3Aexpired');
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('is:expired finds nothing here because this view shows only available entitlements');
    expect(within(note).getByRole('link', { name: 'Show all availability' })).toHaveAttribute(
      'href',
      '/xbox/inventory?availability=All&q=is%3Aexpired',
    );
  });

  it('names compared items by their Store titles', async () => {
    stubFetch([
      [/\/api\/config$/, () => config],
      [/\/api\/xbox\/catalog\?/, () => catalog],
      [/\/api\/xbox\/items\/xuid%3B9ADDON/, () => entitlement(ADDON, 'GameContent')],
      [/\/api\/xbox\/items\//, () => entitlement(UNLISTED, 'GameContent')],
    ]);
    renderRoute(`/xbox/compare?items=xuid;${ADDON};${ADDON},xuid;${UNLISTED};${UNLISTED}`);
    const table = await screen.findByRole('table', { name: 'Comparison' });
    expect(await within(table).findByText('Crimson Harbor Season Pass')).toBeInTheDocument();
    expect(within(table).getByText(`Add-on ${UNLISTED}`)).toBeInTheDocument();
  });

  it('names the item, its publisher, description, art and its game on the item page', async () => {
    stubFetch([
      [/\/api\/config$/, () => config],
      [/\/api\/xbox\/catalog\?/, () => catalog],
      [/\/api\/xbox\/items\//, () => entitlement(ADDON, 'GameContent')],
      [/\/users\/me\/inventory\?/, () => ({ pagingInfo: { totalItems: 1 }, items: [entitlement(GAME, 'GameV2')] })],
    ]);
    renderRoute(`/xbox/items/xuid%3B${ADDON}%3B${ADDON}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Crimson Harbor Season Pass' })).toBeInTheDocument();
    expect(screen.getByText(/by Northwind Interactive/)).toBeInTheDocument();
    expect(screen.getByText('Crimson Harbor Season Pass, described.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Box art of Crimson Harbor Season Pass' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: `Crimson Harbor (${GAME})` })).toHaveAttribute(
      'href',
      `/xbox/items/xuid%3B${GAME}%3B${GAME}`,
    );
  });
});
