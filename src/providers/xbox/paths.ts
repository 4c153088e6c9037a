import { compareHref } from '../../inventory/compare/compare-params.ts';
import { fillPattern } from '../../shared/path-pattern.ts';
import { filterQuery, type XboxFilters } from './filters.ts';
import { xboxPatterns } from './route-patterns.ts';

/** The Store client's own batch, and the most the proxy's catalog read takes. */
export const MAX_CATALOG_IDS = 20;

/** Enough for a few hundred entitlements in a handful of pages. */
export const PAGE_SIZE = 100;

const withQuery = (path: string, query: URLSearchParams) => (query.size ? `${path}?${query}` : path);

/** App URLs of Xbox views: the share links. */
export const xboxPaths = {
  inventory: (filters: XboxFilters = {}) => withQuery(xboxPatterns.inventory, filterQuery(filters)),
  item: (itemId: string) => fillPattern(xboxPatterns.item, { itemId }),
  compare: (itemIds: readonly string[] = [], ref?: string) => compareHref(xboxPatterns.compare, itemIds, ref),
};

/** Proxy URLs: the filters, the page size and the previous page's token. */
export const xboxApiPaths = {
  inventory: (filters: XboxFilters, continuationToken?: string) => {
    const query = filterQuery(filters);
    query.set('maxItems', String(PAGE_SIZE));
    if (continuationToken) query.set('continuationToken', continuationToken);
    return `/api/xbox/users/me/inventory?${query}`;
  },
  item: (itemId: string) => `/api/xbox/items/${encodeURIComponent(itemId)}`,
  /** Up to MAX_CATALOG_IDS Store product ids; the server's market and language. */
  catalog: (productIds: readonly string[]) => `/api/xbox/catalog?ids=${productIds.join(',')}`,
};
