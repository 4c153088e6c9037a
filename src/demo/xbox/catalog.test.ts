import { describe, expect, it } from 'vitest';
import { createXboxDemoApp } from './app.ts';
import { isUnlisted } from './catalog.ts';

const NOW = Date.UTC(2026, 5, 1);
const headers = { Authorization: 'XBL3.0 x=42;token', 'x-xbl-contract-version': '4' };

interface Product {
  ProductId: string;
  ProductKind: string;
  LocalizedProperties: {
    ProductTitle: string;
    PublisherName: string;
    Images: { ImagePurpose: string; Uri: string }[];
  }[];
  MarketProperties: { RelatedProducts: { RelatedProductId: string; RelationshipType: string }[] }[];
}

describe('the demo Store catalog', () => {
  const app = createXboxDemoApp({ now: NOW, maxRequests: 10_000 });
  const inventory = async () =>
    (
      (await (await app.request('http://demo.test/users/me/inventory?maxItems=100', { headers })).json()) as {
        items: { productId: string; itemType: string; containers: string[] }[];
      }
    ).items;
  const catalog = async (ids: string[]) =>
    (
      (await (await app.request(`http://demo.test/v7.0/products?bigIds=${ids}&market=US&languages=en-us`)).json()) as {
        Products: Product[];
      }
    ).Products;

  it('names and pictures every listed product, its add-ons after their game, and leaves out the unlisted', async () => {
    const items = await inventory();
    const ids = items.slice(0, 20).map((item) => item.productId);
    const products = await catalog(ids);
    expect(products.map((product) => product.ProductId)).toEqual(ids.filter((id) => !isUnlisted(id)));
    const game = products.find((product) => product.ProductKind === 'Game')!;
    const addOn = products.find(
      (product) => product.MarketProperties[0]!.RelatedProducts[0]?.RelatedProductId === game.ProductId,
    );
    expect(addOn?.LocalizedProperties[0]!.ProductTitle).toContain(
      game.LocalizedProperties[0]!.ProductTitle.split(':')[0],
    );
    const art = game.LocalizedProperties[0]!.Images[0]!;
    expect(art.ImagePurpose).toBe('BoxArt');
    expect(art.Uri).toMatch(/^\/\/store-images\.s-microsoft\.com\/image\/apps\./);
    const image = await app.request(`http://demo.test${art.Uri.slice('//store-images.s-microsoft.com'.length)}?w=64`);
    expect(image.headers.get('Content-Type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer()).subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
  });

  it('refuses more than 20 ids, as the Store client never sends', async () => {
    const items = await inventory();
    const response = await app.request(
      `http://demo.test/v7.0/products?bigIds=${items.slice(0, 21).map((item) => item.productId)}&market=US&languages=en-us`,
    );
    expect(response.status).toBe(400);
  });
});
