/** The inventory filters: the page's query string is the share link and maps 1:1 to Xbox Live's. */
export interface XboxFilters {
  availability?: string;
  state?: string;
  itemType?: string;
  container?: string;
  productIds?: string;
  expandSatisfyingEntitlements?: string;
}

export const filterNames = [
  'availability',
  'state',
  'itemType',
  'container',
  'productIds',
  'expandSatisfyingEntitlements',
] as const;

export function readXboxFilters(params: URLSearchParams): XboxFilters {
  const filters: XboxFilters = {};
  for (const name of filterNames) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** Xbox Live refuses satisfying entitlements within one item type (HTTP 400). */
export function isRefusedCombination(filters: XboxFilters): boolean {
  return !!filters.itemType && filters.expandSatisfyingEntitlements === 'true';
}

export function filterQuery(filters: XboxFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of filterNames) if (filters[name]) query.set(name, filters[name]);
  return query;
}
