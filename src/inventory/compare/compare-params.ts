/** The most items one comparison shows: past this, columns stop being readable side by side. */
export const MAX_COMPARED = 10;

/** What a compare link asks for, read from `?items=<id>,<id>&ref=<id>`. */
export interface CompareRequest {
  /** Well-formed ids, each once, in the link's order, at most MAX_COMPARED. */
  ids: string[];
  /** The reference the link names, when it is one of `ids`. */
  ref: string | null;
  /** Ids the link names that cannot be item ids, as written. */
  malformed: string[];
  /** Well-formed ids left out past MAX_COMPARED. */
  dropped: number;
}

/** Reads a compare link; `isItemId` is the provider's check of an id's form. */
export function readCompareRequest(search: URLSearchParams, isItemId: (id: string) => boolean): CompareRequest {
  const named = (search.get('items') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unique = [...new Set(named)];
  const wellFormed = unique.filter(isItemId);
  const ids = wellFormed.slice(0, MAX_COMPARED);
  const ref = search.get('ref');
  return {
    ids,
    ref: ref !== null && ids.includes(ref) ? ref : null,
    malformed: unique.filter((id) => !isItemId(id)),
    dropped: wellFormed.length - ids.length,
  };
}

/** A compare link: the page's path with the items and, when given, the reference. */
export function compareHref(path: string, ids: readonly string[], ref?: string | null): string {
  const query = new URLSearchParams();
  if (ids.length) query.set('items', ids.join(','));
  if (ref) query.set('ref', ref);
  // Commas and semicolons stay readable: they are legal in a query and ids carry no other specials.
  const search = query.toString().replace(/%2C/g, ',').replace(/%3B/g, ';');
  return search ? `${path}?${search}` : path;
}
