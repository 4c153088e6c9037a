import { dated } from '../../inventory/dated.ts';
import type {
  Bucket,
  BucketGroup,
  Currency,
  Inventory,
  Item,
  ItemFlag,
  ItemMark,
  Tier,
} from '../../inventory/model.ts';
import type { RawCatalogItem, RawCharacterInventory, RawItemInstance } from './schema.ts';

/** Catalog entries by version, then by ItemId: the join key is (CatalogVersion, ItemId). */
export type Catalogs = Map<string, Map<string, RawCatalogItem>>;

/** A bundle's parent or content, by catalog item id, linked to the instance in this inventory when there is one. */
export interface RelatedItem {
  itemId: string;
  name: string;
  instanceId: string | null;
}

/** An instance with everything the PlayFab item page shows. */
export interface PlayFabItem {
  item: Item;
  itemClass: string;
  catalogVersion: string;
  tags: string[];
  /** No catalog entry for it any more: shown by its ids. */
  orphaned: boolean;
  acquiredAt: string | null;
  purchase: { price: number; currency: string } | null;
  annotation: string | null;
  expiresAt: string | null;
  usesLeft: number | null;
  customData: [key: string, value: string][];
  bundleParent: RelatedItem | null;
  bundleContents: RelatedItem[];
}

/** What an inventory item carries of its instance, for the organizer's PlayFab columns. */
export type InstanceSummary = Pick<PlayFabItem, 'itemClass' | 'acquiredAt' | 'purchase' | 'expiresAt' | 'usesLeft'>;

/** An inventory item with its instance's summary. */
export interface PlayFabInventoryItem extends Item {
  playfab: InstanceSummary;
}

/** The shared inventory (a group per catalog version, a bucket per item class), with what only PlayFab's pages show. */
export interface PlayFabInventory extends Inventory {
  /** Versions held, in name order: the catalog filter's choices. */
  catalogVersions: string[];
  /** Every instance with its PlayFab-only facts, for the item page. */
  instances: PlayFabItem[];
}

/** Within this long of the fetch, an expiry is worth a mark on the tile. */
export const EXPIRING_SOON_MS = 24 * 60 * 60 * 1000;

/** PlayFab has no rarity; a catalog tag that names one colours the tile. */
const tierTags: Record<string, Tier> = {
  common: 'common',
  uncommon: 'uncommon',
  rare: 'rare',
  epic: 'legendary',
  legendary: 'legendary',
  exotic: 'exotic',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Catalog images are absolute URLs on the title's own host; anything but http(s) is not loaded. */
export function catalogImage(url: string | null | undefined): string | null {
  if (!url) return null;
  // A path on this site (the embedded demo's images, relayed by our server) is taken as it is.
  // `//host/...` is another site, not a path.
  if (/^\/(?!\/)[\w/.-]+$/.test(url) && !url.includes('..')) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function tierOf(tags: string[]): Tier {
  for (const tag of tags) {
    const tier = tierTags[tag.toLowerCase()];
    if (tier) return tier;
  }
  return 'basic';
}

export function catalogEntry(
  catalogs: Catalogs,
  raw: Pick<RawItemInstance, 'CatalogVersion' | 'ItemId'>,
): RawCatalogItem | undefined {
  return catalogs.get(raw.CatalogVersion ?? '')?.get(raw.ItemId);
}

/** What an instance takes from its catalog entry: the same for every instance of it. */
interface EntryFacts {
  tags: string[];
  tier: Tier;
  tierName: string;
  icon: string | null;
}

function entryFacts(entry: RawCatalogItem | undefined): EntryFacts {
  const tags = entry?.Tags ?? [];
  const tier = tierOf(tags);
  return { tags, tier, tierName: tier === 'basic' ? '' : capitalise(tier), icon: catalogImage(entry?.ItemImageUrl) };
}

/**
 * Thousands of instances share a few catalog entries and item classes: what they derive from them
 * (tier, image URL, type name) is worked out once per entry and class, not once per instance.
 */
function instanceAdapter(catalogs: Catalogs, fetchedAt: number): (raw: RawItemInstance) => PlayFabItem {
  const facts = new Map<RawCatalogItem | undefined, EntryFacts>();
  const typeNames = new Map<string, string>();
  return (raw) => {
    const entry = catalogEntry(catalogs, raw);
    let known = facts.get(entry);
    if (!known) facts.set(entry, (known = entryFacts(entry)));
    const itemClass = raw.ItemClass || entry?.ItemClass || '';
    let typeName = typeNames.get(itemClass);
    if (typeName === undefined) typeNames.set(itemClass, (typeName = capitalise(itemClass)));
    return adaptInstance(raw, entry, known, typeName, itemClass, fetchedAt);
  };
}

/** An instance without its bundle links, which need every other instance adapted first. */
function adaptInstance(
  raw: RawItemInstance,
  entry: RawCatalogItem | undefined,
  facts: EntryFacts,
  typeName: string,
  itemClass: string,
  fetchedAt: number,
): PlayFabItem {
  const { tags, tier, tierName, icon } = facts;
  const expires = raw.Expiration ? Date.parse(raw.Expiration) : NaN;
  const summary: InstanceSummary = {
    itemClass,
    acquiredAt: raw.PurchaseDate ?? null,
    // A currency marks a purchase, even at price 0 (a free offer is still bought, not granted).
    purchase: raw.UnitCurrency ? { price: raw.UnitPrice ?? 0, currency: raw.UnitCurrency } : null,
    expiresAt: raw.Expiration ?? null,
    usesLeft: raw.RemainingUses ?? null,
  };
  const item: PlayFabInventoryItem = {
    key: raw.ItemInstanceId,
    instanceId: raw.ItemInstanceId,
    definitionId: raw.ItemId,
    name: entry?.DisplayName || raw.DisplayName || raw.ItemId,
    description: entry?.Description ?? '',
    typeName,
    icon,
    tier,
    tierName,
    quantity: raw.RemainingUses ?? 1,
    maxStackSize: 1,
    isEquipped: false,
    locked: false,
    stats: [],
    playfab: summary,
  };
  // Optional parts are set where they apply rather than spread in: a 10,000-item join runs once,
  // before the code is warm, where spreads are slow.
  const marks: ItemMark[] = [];
  if (expires - fetchedAt < EXPIRING_SOON_MS) marks.push({ kind: 'expiring', label: 'expires soon' });
  if (raw.BundleContents.length > 0) marks.push({ kind: 'bundle', label: 'bundle' });
  if (marks.length > 0) item.marks = marks;
  // Uses left is what makes a PlayFab item consumable.
  const flags: ItemFlag[] = [];
  if (raw.RemainingUses != null) flags.push('consumable');
  if (expires < fetchedAt) flags.push('expired');
  if (flags.length > 0) item.flags = flags;
  const { acquiredAt } = dated(raw.PurchaseDate);
  if (acquiredAt !== undefined) item.acquiredAt = acquiredAt;
  return {
    item,
    itemClass,
    catalogVersion: raw.CatalogVersion ?? '',
    tags,
    orphaned: !entry,
    acquiredAt: summary.acquiredAt,
    purchase: summary.purchase,
    annotation: raw.Annotation ?? null,
    expiresAt: summary.expiresAt,
    usesLeft: summary.usesLeft,
    customData: Object.entries(raw.CustomData ?? {}).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
    bundleParent: null,
    bundleContents: [],
  };
}

/**
 * Joins a character inventory with its catalogs. Names: catalog DisplayName, then the name at
 * purchase, then the ItemId; the recharge countdown starts from `fetchedAt`, not the local clock
 * compared with the server's RechargeTime.
 */
export function adaptCharacterInventory(
  raw: RawCharacterInventory,
  catalogs: Catalogs,
  fetchedAt: number,
): PlayFabInventory {
  // Bundle links are filled in a second pass, once every instance has its name.
  const items = raw.Inventory.map(instanceAdapter(catalogs, fetchedAt));
  // The first instance of each (version, item id), so a link costs a lookup, not a scan of 10,000 items.
  const ownedKey = (version: string | null | undefined, itemId: string) => `${version ?? ''}\n${itemId}`;
  const firstOwned = new Map<string, PlayFabItem>();
  raw.Inventory.forEach((instance, index) => {
    const key = ownedKey(instance.CatalogVersion, instance.ItemId);
    if (!firstOwned.has(key)) firstOwned.set(key, items[index]!);
  });
  const related = (itemId: string, version: string | null | undefined): RelatedItem => {
    const owned = firstOwned.get(ownedKey(version, itemId));
    const name = catalogs.get(version ?? '')?.get(itemId)?.DisplayName || owned?.item.name || itemId;
    return { itemId, name, instanceId: owned?.item.instanceId ?? null };
  };
  raw.Inventory.forEach((instance, index) => {
    const item = items[index]!;
    if (instance.BundleParent) item.bundleParent = related(instance.BundleParent, instance.CatalogVersion);
    if (instance.BundleContents.length > 0)
      item.bundleContents = instance.BundleContents.map((itemId) => related(itemId, instance.CatalogVersion));
  });

  const currencies: Currency[] = Object.entries(raw.VirtualCurrency).map(([code, amount]) => {
    const recharge = raw.VirtualCurrencyRechargeTimes[code];
    return {
      id: code,
      name: code,
      icon: null,
      amount,
      ...(recharge
        ? { recharge: { nextAt: fetchedAt + recharge.SecondsToRecharge * 1000, maximum: recharge.RechargeMax } }
        : {}),
    };
  });

  const catalogVersions = [...new Set(items.map((item) => item.catalogVersion))].sort();
  return { groups: groupByClass(items), currencies, catalogVersions, instances: items };
}

/** The group of one catalog version's items. */
// Prefixed, so no version name (not even "none") can share the primary catalog's id.
export const catalogGroupId = (version: string) => `catalog:${version}`;

/** One group per catalog version, one bucket per item class, both in name order. */
function groupByClass(items: PlayFabItem[]): BucketGroup[] {
  const groups = new Map<string, Map<string, Item[]>>();
  for (const { item, catalogVersion, itemClass } of items) {
    const buckets = groups.get(catalogVersion) ?? new Map<string, Item[]>();
    groups.set(catalogVersion, buckets);
    const bucket = buckets.get(itemClass);
    if (bucket) bucket.push(item);
    else buckets.set(itemClass, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([version, buckets]) => ({
      id: catalogGroupId(version),
      name: version ? `Catalog ${version}` : 'Primary catalog',
      buckets: [...buckets.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([itemClass, classItems], order): Bucket => ({
          id: `${version}/${itemClass}`,
          name: itemClass ? capitalise(itemClass) : 'Unclassified',
          order,
          items: classItems,
        })),
    }));
}
