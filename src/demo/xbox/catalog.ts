/**
 * The embedded Store display catalog at displaycatalog.mp.microsoft.com's own path
 * (`/v7.0/products?bigIds=&market=&languages=`) and its image host's (`/image/apps.*`): names,
 * publishers, descriptions and painted box art for every demo product, except a few ids it does
 * not know (left out of the answer, as the Store does).
 */

import { Hono } from 'hono';
import type { Glyph, Tone } from '../art/icon-spec.ts';
import { paintIcon } from '../art/icon-painter.ts';
import { fnv1a } from '../rng.ts';
import { addOnWords, consumableWords, gameWords, subscriptionWords, type ProductWords } from './catalog-names.ts';
import type { Entitlement } from './entitlements.ts';

/** About one product in 25: still in the inventory, but the catalog no longer lists it. */
export const isUnlisted = (productId: string) => fnv1a(`unlisted:${productId}`) % 25 === 0;

/** Each kind paints from its own few glyphs, so box art tells games from add-ons at a glance. */
const kinds: Record<Entitlement['itemType'], { kind: string; glyphs: Glyph[] }> = {
  GameV2: { kind: 'Game', glyphs: ['ship', 'sparrow', 'ghost', 'mission', 'artifact', 'sword', 'hand-cannon'] },
  GameContent: { kind: 'Durable', glyphs: ['emblem', 'shader', 'helmet', 'class-item', 'quest'] },
  GameConsumable: { kind: 'Consumable', glyphs: ['coin', 'material', 'consumable'] },
  Subscription: { kind: 'Pass', glyphs: ['progression'] },
};
const tones: Tone[] = ['xbl', 'rare', 'legendary', 'exotic', 'uncommon', 'arc', 'solar', 'void', 'dark'];
const DEFAULT_SIZE = 300;
const SIZES = { min: 48, max: 480 };
/**
 * Box art looks per kind: every pair of a game's 7 glyphs and 9 tones. Products share them, so the
 * demo paints a few hundred pictures, not one per product: a Store's pictures come from a CDN,
 * and painting 10,000 of them here would take the machine from the browser that shows them.
 */
const ART_LOOKS = 63;
const MAX_PAINTED = 4_000;
const IMAGE = /^\/image\/apps\.(\d{1,6})\.([0-9A-Z]{12})\.boxart$/;

function wordsFor(item: Entitlement, find: (id: string) => Entitlement | undefined): ProductWords {
  const game = item.containers[0] !== item.productId ? find(item.containers[0] ?? '') : undefined;
  if (item.itemType === 'Subscription') return subscriptionWords(item.productId);
  if (!game || game.itemType === 'Subscription') return gameWords(item.productId);
  if (item.itemType === 'GameConsumable')
    return consumableWords(item.productId, gameWords(game.productId), item.quantity);
  return addOnWords(item.productId, gameWords(game.productId));
}

function productJson(item: Entitlement, find: (id: string) => Entitlement | undefined) {
  const words = wordsFor(item, find);
  const { kind } = kinds[item.itemType];
  const art = fnv1a(`art:${item.productId}`) % ART_LOOKS;
  return {
    LastModifiedDate: '2026-01-15T08:00:00.0000000Z',
    LocalizedProperties: [
      {
        DeveloperName: words.publisher,
        PublisherName: words.publisher,
        ProductDescription: words.description,
        ProductTitle: words.title,
        ShortTitle: words.shortTitle,
        Images: [
          {
            ImagePurpose: 'BoxArt',
            Uri: `//store-images.s-microsoft.com/image/apps.${art}.${item.productId}.boxart`,
            Width: DEFAULT_SIZE,
            Height: DEFAULT_SIZE,
            BackgroundColor: '#107C10',
          },
        ],
        Language: 'en-us',
      },
    ],
    MarketProperties: [{ OriginalReleaseDate: item.beginDate, RelatedProducts: relatedOf(item) }],
    ProductKind: kind,
    ProductId: item.productId,
    Properties: { Category: kind === 'Game' ? 'Action & adventure' : null, PackageFamilyName: null },
  };
}

/** An add-on names its game as its parent, as the Store's related products do. */
const relatedOf = (item: Entitlement) =>
  item.containers[0] && item.containers[0] !== item.productId
    ? [{ RelatedProductId: item.containers[0], RelationshipType: 'Parent' }]
    : [];

/** `find` looks a product up among every demo user's entitlements. */
export function createCatalogApp(find: (id: string) => Entitlement | undefined): Hono {
  const painted = new Map<string, Uint8Array<ArrayBuffer>>();
  const app = new Hono();
  app.get('/v7.0/products', (c) => {
    const query = new URL(c.req.url).searchParams;
    const ids = query.get('bigIds')?.split(',').filter(Boolean);
    if (!ids?.length || !query.get('market') || !query.get('languages'))
      return c.json({ code: 'BadRequest', message: 'bigIds, market and languages are required.' }, 400);
    if (ids.length > 20) return c.json({ code: 'BadRequest', message: 'At most 20 bigIds.' }, 400);
    const products = ids.flatMap((id) => {
      const item = find(id.toUpperCase());
      return item && !isUnlisted(item.productId) ? [productJson(item, find)] : [];
    });
    return c.json({ BigIds: ids, HasMorePages: false, Products: products, TotalResultCount: products.length });
  });
  app.get('/image/*', (c) => {
    const url = new URL(c.req.url);
    const match = IMAGE.exec(url.pathname);
    const item = match && find(match[2]!);
    if (!item) return c.body(null, 404);
    const width = Number(url.searchParams.get('w') ?? DEFAULT_SIZE);
    const size = Math.min(SIZES.max, Math.max(SIZES.min, Number.isFinite(width) ? Math.round(width) : DEFAULT_SIZE));
    const variant = Number(match[1]) % ART_LOOKS;
    const key = `${item.itemType}/${variant}/${size}`;
    let png = painted.get(key);
    if (!png) {
      const { glyphs } = kinds[item.itemType];
      png = paintIcon({
        glyph: glyphs[variant % glyphs.length]!,
        tone: tones[variant % tones.length]!,
        width: size,
        height: size,
        variant,
      });
      if (painted.size >= MAX_PAINTED) painted.delete(painted.keys().next().value!);
      painted.set(key, png);
    }
    return c.body(png, 200, { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' });
  });
  return app;
}
