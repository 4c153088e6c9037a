import { typeInfo } from './adapt-inventory.ts';
import type { XboxFilters } from './filters.ts';

/** Why the view's own filters leave a search term nothing to find, and the view that would have it. */
export interface FilterConflict {
  term: string;
  reason: string;
  fix: XboxFilters;
  fixLabel: string;
}

const sameWord = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
const singular = (word: string) => word.toLowerCase().replace(/s$/, '').replace(/-/g, '');

/**
 * The provider's filters and the search are one filter: a search term (`is:expired`) asking for
 * what the Xbox Live filters in the address already excluded is named, with the view that has it.
 * Negated and quoted terms ask for nothing the filters could exclude, so they are passed over.
 */
export function filterConflicts(query: string, filters: XboxFilters): FilterConflict[] {
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => /^[a-z]+:/.test(term));
  const conflicts: FilterConflict[] = [];
  const has = (term: string) => terms.includes(term);
  const allStates = { ...filters, state: undefined };
  if (has('is:expired')) {
    if (filters.state && !sameWord(filters.state, 'Expired'))
      conflicts.push({
        term: 'is:expired',
        reason: `this view shows only ${filters.state} entitlements`,
        fix: { ...allStates, availability: 'All' },
        fixLabel: 'Show every state and availability',
      });
    else if (!filters.availability || sameWord(filters.availability, 'Available'))
      conflicts.push({
        term: 'is:expired',
        reason: 'this view shows only available entitlements, and expired ones have ended',
        fix: { ...filters, availability: 'All' },
        fixLabel: 'Show all availability',
      });
  }
  if (has('is:locked') && filters.state && !sameWord(filters.state, 'Suspended'))
    conflicts.push({
      term: 'is:locked',
      reason: `this view shows only ${filters.state} entitlements, and locked ones are Suspended`,
      fix: allStates,
      fixLabel: 'Show every state',
    });
  if (filters.itemType) {
    const viewType = typeInfo(filters.itemType).name;
    const allTypes = { ...filters, itemType: undefined };
    if (has('is:consumable') && viewType !== 'Consumable')
      conflicts.push({
        term: 'is:consumable',
        reason: `this view shows only the ${filters.itemType} type`,
        fix: allTypes,
        fixLabel: 'Show every type',
      });
    for (const term of terms.filter((term) => term.startsWith('type:'))) {
      const asked = singular(term.slice('type:'.length));
      if (asked && !singular(viewType).startsWith(asked))
        conflicts.push({
          term,
          reason: `this view shows only the ${filters.itemType} type`,
          fix: allTypes,
          fixLabel: 'Show every type',
        });
    }
  }
  return conflicts;
}
