/**
 * The demo title's two catalog versions. Names and items are our own invention; the shapes are
 * PlayFab's legacy CatalogItem. `icon` says how the demo paints the item's ItemImageUrl.
 */

import type { Glyph, Tone } from '../art/icon-spec.ts';

export interface DemoCatalogItem {
  ItemId: string;
  ItemClass: string;
  DisplayName: string;
  Description: string;
  Tags: string[];
  VirtualCurrencyPrices?: Record<string, number>;
  Consumable?: { UsageCount?: number; UsagePeriod?: number };
  Bundle?: { BundledItems: string[] };
  IsStackable?: boolean;
  icon: { glyph: Glyph; tone: Tone };
}

const item = (
  ItemId: string,
  ItemClass: string,
  DisplayName: string,
  Description: string,
  Tags: string[],
  icon: DemoCatalogItem['icon'],
  extra: Partial<DemoCatalogItem> = {},
): DemoCatalogItem => ({
  ItemId,
  ItemClass,
  DisplayName,
  Description,
  Tags,
  icon,
  ...extra,
});

export const catalogs: Record<string, DemoCatalogItem[]> = {
  launch: [
    item(
      'ember_blade',
      'weapon',
      'Ember Blade',
      'A short sword that never quite cools down.',
      ['rare', 'melee'],
      { glyph: 'sword', tone: 'rare' },
      { VirtualCurrencyPrices: { GD: 250 } },
    ),
    item(
      'frost_bow',
      'weapon',
      'Frostbite Longbow',
      'Arrows leave a trail of rime.',
      ['legendary', 'ranged'],
      { glyph: 'scout-rifle', tone: 'legendary' },
      { VirtualCurrencyPrices: { GD: 900, GM: 40 } },
    ),
    item(
      'oak_buckler',
      'armor',
      'Oaken Buckler',
      'Light, round and forgiving.',
      ['common', 'shield'],
      { glyph: 'chest', tone: 'common' },
      { VirtualCurrencyPrices: { GD: 60 } },
    ),
    item(
      'riveted_helm',
      'armor',
      'Riveted Helm',
      'Keeps most of your head where it belongs.',
      ['uncommon'],
      { glyph: 'helmet', tone: 'uncommon' },
      { VirtualCurrencyPrices: { GD: 120 } },
    ),
    item(
      'healing_draught',
      'consumable',
      'Healing Draught',
      'Restores a little health per sip.',
      ['common', 'potion'],
      { glyph: 'consumable', tone: 'common' },
      { Consumable: { UsageCount: 5 }, VirtualCurrencyPrices: { GD: 15 } },
    ),
    item(
      'mana_tonic',
      'consumable',
      'Mana Tonic',
      'Bitter, blue and effective.',
      ['uncommon', 'potion'],
      { glyph: 'consumable', tone: 'uncommon' },
      { Consumable: { UsageCount: 3 }, VirtualCurrencyPrices: { GD: 25 } },
    ),
    item(
      'wayfarer_kit',
      'bundle',
      "Wayfarer's Kit",
      'Everything a new traveller needs: a buckler and a few draughts.',
      ['rare', 'starter'],
      { glyph: 'material', tone: 'rare' },
      { Bundle: { BundledItems: ['oak_buckler', 'healing_draught'] }, VirtualCurrencyPrices: { RM: 499 } },
    ),
    item(
      'scholar_charm_1h',
      'boost',
      "Scholar's Charm (1 hour)",
      'Double experience for one hour.',
      ['uncommon', 'xp'],
      { glyph: 'bounty', tone: 'uncommon' },
      { Consumable: { UsagePeriod: 3600 } },
    ),
    item(
      'gilded_crest',
      'cosmetic',
      'Gilded Crest',
      'A banner crest for the truly vain.',
      ['exotic'],
      { glyph: 'emblem', tone: 'exotic' },
      { VirtualCurrencyPrices: { GM: 300 } },
    ),
    item('cellar_key', 'key', 'Cellar Key', 'Opens the cellar under the old inn.', ['common', 'quest'], {
      glyph: 'quest',
      tone: 'basic',
    }),
  ],
  season2: [
    item(
      'ember_blade',
      'weapon',
      'Ember Blade Reforged',
      'The same blade, hotter, after the smiths of season two were done with it.',
      ['legendary', 'melee'],
      { glyph: 'sword', tone: 'legendary' },
      { VirtualCurrencyPrices: { GD: 800 } },
    ),
    item(
      'storm_glaive',
      'weapon',
      'Stormcaller Glaive',
      'Hums before a thunderstorm.',
      ['exotic', 'melee'],
      { glyph: 'sword', tone: 'exotic' },
      { VirtualCurrencyPrices: { GM: 500 } },
    ),
    item(
      'drakescale_mail',
      'armor',
      'Drakescale Mail',
      'Warm to the touch, and fireproof.',
      ['legendary'],
      { glyph: 'chest', tone: 'legendary' },
      { VirtualCurrencyPrices: { GD: 1500 } },
    ),
    item(
      'scholar_charm_7d',
      'boost',
      "Scholar's Charm (7 days)",
      'Double experience for a week.',
      ['rare', 'xp'],
      { glyph: 'bounty', tone: 'rare' },
      { Consumable: { UsagePeriod: 604800 } },
    ),
    item(
      'season_chest',
      'bundle',
      'Season Two Chest',
      'A chest with a suit of drakescale and a week-long charm.',
      ['legendary'],
      { glyph: 'material', tone: 'legendary' },
      { Bundle: { BundledItems: ['drakescale_mail', 'scholar_charm_7d'] }, VirtualCurrencyPrices: { GM: 900 } },
    ),
    item(
      'spark_shard',
      'material',
      'Spark Shard',
      'Crackles in the pocket; smiths pay well for it.',
      ['uncommon', 'crafting'],
      { glyph: 'material', tone: 'uncommon' },
      { IsStackable: true, Consumable: { UsageCount: 1 } },
    ),
  ],
};

export const primaryCatalogVersion = 'season2';

/** Where the demo serves catalog images, below the PlayFab demo's mount point. */
export const IMAGES_PATH = '/playfab/images';

/** The catalog in PlayFab's format; `imageBase` + `/{version}/{itemId}.png` is each ItemImageUrl. */
export function catalogResponse(version: string, imageBase: string) {
  return (catalogs[version] ?? []).map(({ icon: _icon, Tags, Consumable, Bundle, IsStackable = false, ...rest }) => ({
    ...rest,
    CatalogVersion: version,
    ItemImageUrl: `${imageBase}/${version}/${rest.ItemId}.png`,
    Tags,
    ...(Consumable ? { Consumable } : {}),
    ...(Bundle ? { Bundle } : {}),
    CanBecomeCharacter: false,
    IsStackable,
    IsTradable: false,
    IsLimitedEdition: false,
    InitialLimitedEditionCount: 0,
  }));
}
