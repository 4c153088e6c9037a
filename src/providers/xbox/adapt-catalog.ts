import type { RawCatalogAnswer, RawCatalogProduct } from './catalog-schema.ts';

/** What the Store says of one product, as the Xbox pages show it. */
export interface CatalogProduct {
  productId: string;
  title: string;
  publisher: string | null;
  description: string | null;
  /** Box art (or the nearest picture the Store has), through the proxy's image relay; null when none. */
  art: string | null;
  /** The game an add-on belongs to, where the Store says. */
  parentId: string | null;
}

/** Store products by id (upper case); ids the Store did not list are absent. */
export type Catalog = ReadonlyMap<string, CatalogProduct>;

/** The Store's pictures, in the order a box-shaped tile prefers them. */
const purposes = ['boxart', 'poster', 'tile', 'logo', 'superheroart'];
/** Only pictures on the Store's image host are shown, through the proxy's relay of that host. */
const STORE_IMAGE = /^(?:https?:)?\/\/store-images\.s-microsoft\.com\/(image\/apps\.[A-Za-z0-9.-]{1,200})$/;

/** A Store picture as the proxy relays it, or null for any other host. */
export function storeImage(uri: string | null | undefined): string | null {
  const path = STORE_IMAGE.exec(uri?.split('?')[0] ?? '')?.[1];
  return path ? `/api/xbox/images/${path}` : null;
}

/** The Store's image host resizes: a captioned tile's 96 px and an item page's 128 px, at twice for sharp screens. */
export const artAt = (art: string, cssPixels: number) => `${art}?w=${cssPixels * 2}`;

function adaptProduct(raw: RawCatalogProduct): CatalogProduct | null {
  const local = raw.LocalizedProperties?.[0];
  const title = local?.ProductTitle?.trim() || local?.ShortTitle?.trim();
  if (!title) return null;
  const images = local?.Images ?? [];
  const image = purposes
    .map((purpose) => images.find((candidate) => candidate.ImagePurpose?.toLowerCase() === purpose))
    .find((candidate) => candidate && storeImage(candidate.Uri));
  const parent = raw.MarketProperties?.flatMap((market) => market.RelatedProducts ?? []).find(
    (related) => related.RelationshipType?.toLowerCase() === 'parent',
  );
  return {
    productId: raw.ProductId.toUpperCase(),
    title,
    publisher: local?.PublisherName?.trim() || local?.DeveloperName?.trim() || null,
    description: local?.ProductDescription?.trim() || null,
    art: image ? storeImage(image.Uri) : null,
    parentId: parent?.RelatedProductId?.toUpperCase() ?? null,
  };
}

export function adaptCatalog(raw: RawCatalogAnswer): Map<string, CatalogProduct> {
  const products = new Map<string, CatalogProduct>();
  for (const item of raw.Products ?? []) {
    const product = adaptProduct(item);
    if (product) products.set(product.productId, product);
  }
  return products;
}
