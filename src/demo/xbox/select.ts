import type { Entitlement } from './entitlements.ts';

/** Filters as the demo compares them: lower-case enums, `Cancelled` already spelled `canceled`. */
export interface Filters {
  itemType?: string;
  state: string;
  availability: string;
  container?: string;
  productIds?: string[];
  expand: boolean;
}

/** The entitlements a query selects, in a stable order, so pages never overlap or skip. */
export function selectEntitlements(items: Entitlement[], filters: Filters, now: number): Entitlement[] {
  const wanted = filters.productIds ? new Set(filters.productIds) : undefined;
  // Expanding a subscription's product id also returns what it grants.
  const grantedBy = (item: Entitlement) => filters.expand && wanted && item.containers.some((id) => wanted.has(id));
  return items.filter((item) => {
    if (item.satisfying && !filters.expand) return false;
    if (filters.itemType && item.itemType.toLowerCase() !== filters.itemType) return false;
    if (filters.state !== 'all' && item.state.toLowerCase() !== filters.state) return false;
    if (filters.container && !item.containers.includes(filters.container)) return false;
    if (wanted && !wanted.has(item.productId) && !grantedBy(item)) return false;
    const running = Date.parse(item.beginDate) <= now && now <= Date.parse(item.endDate);
    return filters.availability === 'all' || (filters.availability === 'available') === running;
  });
}
