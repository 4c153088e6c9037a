/**
 * Character inventories in GetCharacterInventory's format. Between them the loadouts use every
 * ItemInstance field; unset fields are omitted, as PlayFab does, and UnitPrice is always there.
 */

import { avalanche, createRng, fnv1a } from '../rng.ts';
import { catalogs } from './catalog.ts';
import { currenciesFor } from './currencies.ts';
import type { DemoCharacter } from './roster.ts';

const HOUR = 3_600_000;

interface InstanceSpec {
  ItemId: string;
  ItemClass: string;
  CatalogVersion: string;
  PurchaseDate: string;
  /** Expiry relative to the request time, so "soon" stays soon. */
  expiresInMs?: number;
  RemainingUses?: number;
  UsesIncrementedBy?: number;
  Annotation?: string;
  BundleParent?: string;
  BundleContents?: string[];
  DisplayName?: string;
  UnitCurrency?: string;
  UnitPrice?: number;
  CustomData?: Record<string, string>;
}

const bought = (DisplayName: string, UnitCurrency: string, UnitPrice: number) => ({
  DisplayName,
  UnitCurrency,
  UnitPrice,
});
const granted = (Annotation = 'Granted via Game Manager') => ({ Annotation });

const kit: InstanceSpec[] = [
  {
    ItemId: 'wayfarer_kit',
    ItemClass: 'bundle',
    CatalogVersion: 'launch',
    PurchaseDate: '2025-03-02T18:21:07.413Z',
    BundleContents: ['oak_buckler', 'healing_draught'],
    ...bought("Wayfarer's Kit", 'RM', 499),
  },
  {
    ItemId: 'oak_buckler',
    ItemClass: 'armor',
    CatalogVersion: 'launch',
    PurchaseDate: '2025-03-02T18:21:07.413Z',
    BundleParent: 'wayfarer_kit',
    CustomData: { dye: 'moss', durability: '87' },
  },
  {
    ItemId: 'healing_draught',
    ItemClass: 'consumable',
    CatalogVersion: 'launch',
    PurchaseDate: '2025-03-02T18:21:07.413Z',
    BundleParent: 'wayfarer_kit',
    RemainingUses: 5,
  },
];

const loadouts: InstanceSpec[][] = [
  [
    ...kit,
    {
      ItemId: 'ember_blade',
      ItemClass: 'weapon',
      CatalogVersion: 'launch',
      PurchaseDate: '2025-03-04T09:00:00Z',
      ...bought('Ember Blade', 'GD', 250),
      CustomData: { engraving: 'For the road', sharpness: '92' },
    },
    // Bought under its launch name; the catalog has since renamed it.
    {
      ItemId: 'frost_bow',
      ItemClass: 'weapon',
      CatalogVersion: 'launch',
      PurchaseDate: '2025-04-11T20:15:33.9Z',
      ...bought('Frostbite Bow', 'GM', 40),
    },
    {
      ItemId: 'mana_tonic',
      ItemClass: 'consumable',
      CatalogVersion: 'launch',
      PurchaseDate: '2025-05-01T12:00:00.22Z',
      RemainingUses: 2,
      UsesIncrementedBy: -1,
      ...granted('Quest reward: the flooded cellar'),
    },
    {
      ItemId: 'scholar_charm_1h',
      ItemClass: 'boost',
      CatalogVersion: 'launch',
      PurchaseDate: '2025-05-03T08:30:00Z',
      expiresInMs: 2 * HOUR + 17 * 60_000,
      ...granted(),
    },
    {
      ItemId: 'scholar_charm_7d',
      ItemClass: 'boost',
      CatalogVersion: 'season2',
      PurchaseDate: '2025-06-20T10:10:10.1Z',
      expiresInMs: 6 * 24 * HOUR,
      ...granted('Season pass day 1'),
    },
    {
      ItemId: 'storm_glaive',
      ItemClass: 'weapon',
      CatalogVersion: 'season2',
      PurchaseDate: '2025-06-21T17:45:02.567Z',
      ...bought('Stormcaller Glaive', 'GM', 500),
    },
    // Its catalog entry was removed after launch: shown by its ids alone.
    {
      ItemId: 'lantern_of_ash',
      ItemClass: 'trinket',
      CatalogVersion: 'launch',
      PurchaseDate: '2025-03-10T07:07:07Z',
      ...granted('Launch-week gift'),
    },
    {
      ItemId: 'spark_shard',
      ItemClass: 'material',
      CatalogVersion: 'season2',
      PurchaseDate: '2025-06-22T11:11:11Z',
      RemainingUses: 37,
      ...granted(),
    },
  ],
  [
    {
      ItemId: 'season_chest',
      ItemClass: 'bundle',
      CatalogVersion: 'season2',
      PurchaseDate: '2025-06-20T09:00:00Z',
      BundleContents: ['drakescale_mail', 'scholar_charm_7d'],
      ...bought('Season Two Chest', 'GM', 900),
    },
    {
      ItemId: 'drakescale_mail',
      ItemClass: 'armor',
      CatalogVersion: 'season2',
      PurchaseDate: '2025-06-20T09:00:00Z',
      BundleParent: 'season_chest',
    },
    {
      ItemId: 'scholar_charm_7d',
      ItemClass: 'boost',
      CatalogVersion: 'season2',
      PurchaseDate: '2025-06-20T09:00:00Z',
      BundleParent: 'season_chest',
      expiresInMs: 5 * 24 * HOUR + 3 * HOUR,
    },
    {
      ItemId: 'ember_blade',
      ItemClass: 'weapon',
      CatalogVersion: 'season2',
      PurchaseDate: '2025-07-01T15:30:00.5Z',
      ...bought('Ember Blade Reforged', 'GD', 800),
    },
    {
      ItemId: 'riveted_helm',
      ItemClass: 'armor',
      CatalogVersion: 'launch',
      PurchaseDate: '2025-03-05T19:00:00Z',
      ...granted(),
    },
    {
      ItemId: 'healing_draught',
      ItemClass: 'consumable',
      CatalogVersion: 'launch',
      PurchaseDate: '2025-03-06T19:00:00Z',
      RemainingUses: 3,
      ...bought('Healing Draught', 'GD', 15),
    },
    {
      ItemId: 'cellar_key',
      ItemClass: 'key',
      CatalogVersion: 'launch',
      PurchaseDate: '2025-05-01T12:00:00.22Z',
      ...granted('Quest reward: the flooded cellar'),
    },
  ],
  [
    ...kit,
    {
      ItemId: 'gilded_crest',
      ItemClass: 'cosmetic',
      CatalogVersion: 'launch',
      PurchaseDate: '2025-04-01T00:00:00Z',
      ...bought('Gilded Crest', 'GM', 300),
      CustomData: { displayed: 'true' },
    },
    {
      ItemId: 'scholar_charm_1h',
      ItemClass: 'boost',
      CatalogVersion: 'launch',
      PurchaseDate: '2025-05-03T08:30:00Z',
      expiresInMs: 40 * 60_000,
      ...granted(),
    },
    {
      ItemId: 'spark_shard',
      ItemClass: 'material',
      CatalogVersion: 'season2',
      PurchaseDate: '2025-06-22T11:11:11Z',
      RemainingUses: 4,
      ...granted(),
    },
  ],
];

const DAY = 24 * HOUR;
const hoards = new Map<string, InstanceSpec[]>();

/** A big vault: `count` instances drawn from both catalogs (bundles aside), seeded by the character id. */
function hoardFor(characterId: string, count: number): InstanceSpec[] {
  let specs = hoards.get(characterId);
  if (specs) return specs;
  const rng = createRng(fnv1a(characterId));
  const pool = Object.entries(catalogs).flatMap(([version, items]) =>
    items.filter((item) => !item.Bundle).map((item) => ({ version, item })),
  );
  specs = Array.from({ length: count }, () => {
    const { version, item } = rng.pick(pool);
    const uses = item.Consumable?.UsageCount;
    return {
      ItemId: item.ItemId,
      ItemClass: item.ItemClass,
      CatalogVersion: version,
      PurchaseDate: new Date(Date.UTC(2025, 2, 1) + rng.int(0, 400) * DAY + rng.int(0, DAY - 1)).toISOString(),
      ...(uses ? { RemainingUses: rng.int(1, uses * 4) } : {}),
      ...granted(rng.chance(0.5) ? 'Granted via Game Manager' : 'Loot drop'),
    };
  });
  hoards.set(characterId, specs);
  return specs;
}

/** 16 upper-case hex digits, stable per character and slot. */
function instanceId(characterId: string, slot: number): string {
  return [`${characterId}:${slot}`, `${slot}:${characterId}`]
    .map((label) => avalanche(fnv1a(label)).toString(16).toUpperCase().padStart(8, '0'))
    .join('');
}

export function inventoryResponse(playFabId: string, character: DemoCharacter, nowMs: number, catalogVersion?: string) {
  const specs = character.hoard
    ? hoardFor(character.CharacterId, character.hoard)
    : loadouts[character.loadout % loadouts.length]!;
  const Inventory = specs
    .map(({ expiresInMs, UnitPrice = 0, ItemId, ...spec }, slot) => ({
      ItemId,
      ItemInstanceId: instanceId(character.CharacterId, slot),
      ...spec,
      ...(expiresInMs === undefined
        ? {}
        : { Expiration: new Date(Math.floor(nowMs / 60_000) * 60_000 + expiresInMs).toISOString() }),
      UnitPrice,
    }))
    .filter((instance) => catalogVersion === undefined || instance.CatalogVersion === catalogVersion);
  return {
    PlayFabId: playFabId,
    CharacterId: character.CharacterId,
    Inventory,
    ...currenciesFor(character.loadout, nowMs),
  };
}
