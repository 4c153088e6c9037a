import type { RawCharacterInventory } from './schema.ts';

/** An item without a CatalogVersion belongs to the title's primary catalog, asked for with no version (''). */
export function catalogVersionsOf(raw: RawCharacterInventory): string[] {
  return [...new Set(raw.Inventory.map((item) => item.CatalogVersion ?? ''))];
}

/** The most catalogs a hint asks for: a broken or hostile body must not fan out into many requests. */
const MAX_HINTED_VERSIONS = 8;

/**
 * The catalog versions an inventory response names, read from the raw envelope before it is
 * validated, so the catalogs can be on their way while the worker validates the inventory. Only
 * a hint: the validated inventory decides what is joined; anything unexpected yields nothing.
 */
export function catalogVersionsHint(body: unknown): string[] {
  const inventory = (body as { data?: { Inventory?: unknown } } | null)?.data?.Inventory;
  if (!Array.isArray(inventory)) return [];
  const versions = new Set<string>();
  for (const item of inventory) {
    if (typeof item !== 'object' || item === null) continue;
    const version: unknown = (item as { CatalogVersion?: unknown }).CatalogVersion ?? '';
    if (typeof version !== 'string') continue;
    versions.add(version);
    if (versions.size === MAX_HINTED_VERSIONS) break;
  }
  return [...versions];
}
