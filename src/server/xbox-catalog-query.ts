/**
 * The allowlist of Store catalog reads: up to 20 product ids (the Store client's own batch), and
 * a market and language, each checked here; the upstream URL is rebuilt from these parts only.
 */

export const MAX_CATALOG_IDS = 20;
/** Store product ids: 12 letters and digits, such as 9NBLGGH4R315. */
const PRODUCT_ID = /^[A-Za-z0-9]{12}$/;
const MARKET = /^[A-Za-z]{2}$/;
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;

export interface CatalogQuery {
  ids: string[];
  market: string;
  language: string;
}

export type CatalogQueryResult = ({ ok: true } & CatalogQuery) | { ok: false; message: string };

export function parseCatalogQuery(
  query: URLSearchParams,
  defaults: { market: string; language: string },
): CatalogQueryResult {
  for (const name of query.keys()) {
    if (name !== 'ids' && name !== 'market' && name !== 'language')
      return { ok: false, message: `${name} is not a catalog parameter: ids, market and language are.` };
  }
  const single = (name: string) => {
    const values = query.getAll(name);
    return values.length > 1 ? null : values[0];
  };
  const rawIds = single('ids');
  const market = single('market');
  const language = single('language');
  // Sorted and without repeats, so equal asks read the cache alike.
  const ids = [...new Set((rawIds ?? '').split(',').map((id) => id.trim().toUpperCase()))].sort();
  if (!rawIds || ids.length > MAX_CATALOG_IDS || !ids.every((id) => PRODUCT_ID.test(id)))
    return {
      ok: false,
      message: `ids must be 1 to ${MAX_CATALOG_IDS} Store product ids (12 letters and digits) separated by commas, given once.`,
    };
  if (market === null || (market !== undefined && !MARKET.test(market)))
    return { ok: false, message: 'market must be a two-letter country code such as US, given once.' };
  if (language === null || (language !== undefined && !LANGUAGE.test(language)))
    return { ok: false, message: 'language must be a language tag such as en-us, given once.' };
  return {
    ok: true,
    ids,
    market: (market ?? defaults.market).toUpperCase(),
    language: (language ?? defaults.language).toLowerCase(),
  };
}

/** The display catalog's products call, as the Store client writes it. */
export function catalogUpstreamPath(query: CatalogQuery): string {
  return `/v7.0/products?bigIds=${query.ids.join(',')}&market=${query.market}&languages=${query.language}`;
}

/** XBOX_MARKET and XBOX_LANGUAGE, checked at start as a request's own would be. */
export function catalogLocale(env: Record<string, string | undefined>): { market: string; language: string } {
  const market = env.XBOX_MARKET?.trim() || 'US';
  const language = env.XBOX_LANGUAGE?.trim() || 'en-us';
  if (!MARKET.test(market)) throw new Error('XBOX_MARKET must be a two-letter country code such as US');
  if (!LANGUAGE.test(language)) throw new Error('XBOX_LANGUAGE must be a language tag such as en-us');
  return { market: market.toUpperCase(), language: language.toLowerCase() };
}
