import { dated } from '../../inventory/dated.ts';
import type { Inventory, Item, ItemFlag, Tier } from '../../inventory/model.ts';
import type { RawInventoryItem, RawInventoryPage } from './schema.ts';

/** One entitlement as the Xbox item page shows it; the inventory holds the shared `Item` made from it. */
export interface Entitlement {
  /** The last segment of the item's `url`: what the item page and the proxy's details call take. */
  id: string;
  /** The item's `url`, its unique id: pages are de-duplicated by it. */
  url: string;
  itemType: string;
  productId: string;
  titleId: string | null;
  containers: string[];
  obtained: string | null;
  beginDate: string | null;
  endDate: string | null;
  /** Year 9999 (or later): a permanent entitlement. */
  neverExpires: boolean;
  state: string;
  trial: boolean;
  /** Seconds, from the `hh:mm:ss` the service sends. */
  trialSecondsRemaining: number | null;
  quantity: number | null;
}

/** An inventory item with its entitlement: the organizer's Xbox columns read it. */
export interface EntitledItem extends Item {
  entitlement: Entitlement;
}

/** An item page's answer: the shared item for its heading, the entitlement for the Xbox-only facts. */
export interface XboxItem {
  item: Item;
  entitlement: Entitlement;
}

export interface InventoryPage {
  items: EntitledItem[];
  totalItems: number | null;
  continuationToken: string | null;
}

/** The shared inventory of the pages loaded so far. */
export interface XboxInventory extends Inventory {
  /** Distinct items loaded so far. */
  shown: number;
  /** How many the service says there are, where it says. */
  total: number | null;
}

interface TypeInfo {
  name: string;
  tier: Tier;
  order: number;
  /** Our own glyph for the type, served with the app: the inventory carries no images. */
  icon: string;
}

const types: Record<string, TypeInfo> = {
  GameV2: { name: 'Game', tier: 'legendary', order: 0, icon: '/icons/xbox/game.svg' },
  GameContent: { name: 'Add-on', tier: 'rare', order: 1, icon: '/icons/xbox/add-on.svg' },
  GameConsumable: { name: 'Consumable', tier: 'uncommon', order: 2, icon: '/icons/xbox/consumable.svg' },
  Subscription: { name: 'Subscription', tier: 'exotic', order: 3, icon: '/icons/xbox/subscription.svg' },
};
const other: TypeInfo = { name: 'Other', tier: 'common', order: 4, icon: '/icons/xbox/other.svg' };
/** The inventory's buckets, one per item type, in this order. */
export const bucketNames = ['Games', 'Add-ons', 'Consumables', 'Subscriptions', 'Other'];
const bucketOfType = new Map([...Object.values(types), other].map((info) => [info.name, info.order]));

/** An item's bucket (its index in `bucketNames`), from the type name its adapter gave it. */
export function bucketIndexOf(item: Item): number {
  return bucketOfType.get(item.typeName) ?? other.order;
}

export function typeInfo(itemType: string): TypeInfo {
  return types[Object.keys(types).find((key) => key.toLowerCase() === itemType.toLowerCase()) ?? ''] ?? other;
}

function lastSegment(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return path.slice(path.lastIndexOf('/') + 1);
  }
}

/** `hh:mm:ss`, hours possibly above 23; also .NET's `d.hh:mm:ss`. */
export function parseTimeSpan(value: string | null | undefined): number | null {
  const match = /^(?:(\d+)\.)?(\d+):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, days = '0', hours, minutes, seconds] = match;
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
}

export function adaptEntitlement(raw: RawInventoryItem): Entitlement {
  const endDate = raw.endDate ?? null;
  const id = lastSegment(raw.url);
  return {
    id,
    url: raw.url,
    itemType: raw.itemType,
    productId: raw.productId || id,
    titleId: raw.titleId === null || raw.titleId === undefined || raw.titleId === '' ? null : String(raw.titleId),
    containers: raw.containers ?? [],
    obtained: raw.obtained ?? null,
    beginDate: raw.beginDate ?? raw.startDate ?? null,
    endDate,
    neverExpires: endDate !== null && Number(endDate.slice(0, 4)) >= 9999,
    state: raw.state ?? 'Unknown',
    trial: raw.trial ?? false,
    trialSecondsRemaining: parseTimeSpan(raw.trialTimeRemaining),
    quantity: raw.consumable?.quantity ?? null,
  };
}

export function adaptInventoryPage(raw: RawInventoryPage): InventoryPage {
  const token = raw.pagingInfo?.continuationToken;
  return {
    items: (raw.items ?? []).map((item) => entitlementItem(adaptEntitlement(item))),
    totalItems: raw.pagingInfo?.totalItems ?? null,
    continuationToken: token ? token : null,
  };
}

/** Inventory has no names (those live in the Store catalog), so the type and product id name an item. */
function entitlementName(entitlement: Entitlement): string {
  return `${typeInfo(entitlement.itemType).name} ${entitlement.productId}`;
}

function entitlementFlags(entitlement: Entitlement): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (entitlement.trial) flags.push('trial');
  if (entitlement.state === 'Expired') flags.push('expired');
  if (entitlement.quantity !== null) flags.push('consumable');
  return flags;
}

export function entitlementItem(entitlement: Entitlement): EntitledItem {
  const info = typeInfo(entitlement.itemType);
  const status = entitlement.trial ? 'Trial' : entitlement.state === 'Enabled' ? '' : entitlement.state;
  return {
    key: entitlement.url,
    instanceId: entitlement.id,
    definitionId: entitlement.productId,
    name: entitlementName(entitlement),
    description: '',
    typeName: info.name,
    icon: info.icon,
    tier: info.tier,
    tierName: status,
    quantity: entitlement.quantity ?? 1,
    maxStackSize: entitlement.quantity === null ? 1 : Number.MAX_SAFE_INTEGER,
    isEquipped: false,
    locked: entitlement.state === 'Suspended',
    stats: [],
    flags: entitlementFlags(entitlement),
    ...dated(entitlement.obtained),
    entitlement,
  };
}
