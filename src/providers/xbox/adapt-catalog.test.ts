import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { adaptCatalog, storeImage } from './adapt-catalog.ts';
import { catalogAnswerSchema } from './catalog-schema.ts';
import { adaptInventoryPage } from './adapt-inventory.ts';
import { itemCatalogIds } from './named-items.ts';
import { inventoryOfPages } from './paged-inventory.ts';

const parse = (raw: unknown) => adaptCatalog(v.parse(catalogAnswerSchema, raw));

describe('the Store catalog adapter', () => {
  it('reads title, publisher, description, box art and parent, tolerating missing fields', () => {
    const catalog = parse({
      Products: [
        {
          ProductId: '9nblggh4r315',
          ProductKind: 'Durable',
          LocalizedProperties: [
            {
              ShortTitle: 'Short',
              DeveloperName: 'Dev Studio',
              Images: [
                { ImagePurpose: 'Logo', Uri: '//store-images.s-microsoft.com/image/apps.1.logo' },
                { ImagePurpose: 'BoxArt', Uri: 'https://store-images.s-microsoft.com/image/apps.2.box?x=1' },
              ],
            },
          ],
          MarketProperties: [{ RelatedProducts: [{ RelatedProductId: '9game0000001', RelationshipType: 'Parent' }] }],
        },
        { ProductId: '9NOTITLE0001' },
        { ProductId: '9NOART000001', LocalizedProperties: [{ ProductTitle: 'No Art', Images: null }], Extra: 1 },
      ],
    });
    expect(catalog.get('9NBLGGH4R315')).toEqual({
      productId: '9NBLGGH4R315',
      title: 'Short',
      publisher: 'Dev Studio',
      description: null,
      art: '/api/xbox/images/image/apps.2.box',
      parentId: '9GAME0000001',
    });
    // Nothing to name it by: left to the inventory's type and id.
    expect(catalog.has('9NOTITLE0001')).toBe(false);
    expect(catalog.get('9NOART000001')?.art).toBeNull();
    expect(parse({}).size).toBe(0);
    expect(() => v.parse(catalogAnswerSchema, { Products: [{ ProductTitle: 'no id' }] })).toThrow();
  });

  it('shows pictures from the Store image host only', () => {
    expect(storeImage('//evil.example/image/apps.1')).toBeNull();
    expect(storeImage('//store-images.s-microsoft.com/../x')).toBeNull();
    expect(storeImage('//store-images.s-microsoft.com.evil.example/image/apps.1')).toBeNull();
  });
});

describe('catalog batches', () => {
  const page = (ids: string[]) =>
    adaptInventoryPage({
      items: ids.map((id) => ({
        url: `https://x/users/me/inventory/xuid;${id};${id}`,
        itemType: 'GameV2',
        productId: id,
      })),
    });
  const ids = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => `9N${String(from + i).padStart(10, '0')}`);

  it('asks for each Store-shaped product once, 20 at a time, page by page, so earlier batches never change', () => {
    const first = inventoryOfPages([page(ids(0, 30))]).catalogBatches;
    expect(first.map((batch) => batch.length)).toEqual([20, 10]);
    const both = inventoryOfPages([
      page(ids(0, 30)),
      page([...ids(25, 10), 'not-a-store-id', 'demo-fault-x']),
    ]).catalogBatches;
    expect(both.slice(0, 2)).toEqual(first);
    expect(both[2]).toEqual(ids(30, 5));
  });

  it('gives an item page its product and games', () => {
    expect(itemCatalogIds({ productId: '9addon000001', containers: ['9GAME0000001', '9addon000001'] })).toEqual([
      '9ADDON000001',
      '9GAME0000001',
    ]);
  });
});
