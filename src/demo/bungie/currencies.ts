/**
 * Account-wide currencies. The first three hashes and their buckets are Destiny 1 format constants;
 * their names are the ones the game and its players use; descriptions, icons and the four extra
 * currencies are ours.
 */

import { baseItem, type CatalogItem } from './catalog-item.ts';
import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import { CurrencyHash } from '../../providers/destiny/currency-table.ts';
import { iconAsset, tierTones } from './icon-assets.ts';
import { fnv1a } from '../rng.ts';

interface CurrencySpec {
  hash: number;
  name: string;
  description: string;
  file: string;
  bucket: number;
  tierType: number;
  maxStackSize: number;
  /** Range the demo balance is rolled in. */
  balance: [number, number];
}

const specs: CurrencySpec[] = [
  {
    hash: CurrencyHash.Glimmer,
    name: 'Glimmer',
    description: 'Programmable matter; everyone takes it.',
    file: 'glimmer',
    bucket: BucketHash.CurrencyGlimmer,
    tierType: 1,
    maxStackSize: 25000,
    balance: [4000, 24800],
  },
  {
    hash: CurrencyHash.LegendaryMarks,
    name: 'Legendary Marks',
    description: 'Proof of deeds done for the Tower.',
    file: 'legendary-marks',
    bucket: BucketHash.CurrencyLegendaryMarks,
    tierType: 5,
    maxStackSize: 200,
    balance: [20, 200],
  },
  {
    hash: CurrencyHash.Silver,
    name: 'Silver',
    description: 'Bought, not earned. Spend it on style.',
    file: 'silver',
    bucket: BucketHash.CurrencySilver,
    tierType: 1,
    maxStackSize: 2000000000,
    balance: [0, 2600],
  },
  {
    hash: fnv1a('item:Wayfarer Coins'),
    name: 'Wayfarer Coins',
    description: 'Odd coins a travelling merchant insists on.',
    file: 'wayfarer-coins',
    bucket: BucketHash.LegacyCurrency,
    tierType: 6,
    maxStackSize: 9999,
    balance: [120, 900],
  },
  {
    hash: fnv1a('item:Motes of Dawn'),
    name: 'Motes of Dawn',
    description: 'Condensed Light, warm to the touch.',
    file: 'motes-of-dawn',
    bucket: BucketHash.LegacyCurrency,
    tierType: 5,
    maxStackSize: 999,
    balance: [40, 600],
  },
  {
    hash: fnv1a('item:Bastion Scrip'),
    name: 'Bastion Scrip',
    description: 'Issued for service on cooperative operations.',
    file: 'bastion-scrip',
    bucket: BucketHash.CurrencyVanguardMarks,
    tierType: 4,
    maxStackSize: 5000,
    balance: [150, 1800],
  },
  {
    hash: fnv1a('item:Arena Writs'),
    name: 'Arena Writs',
    description: 'Earned in the arena, spent with its quartermaster.',
    file: 'arena-writs',
    bucket: BucketHash.CurrencyCrucibleMarks,
    tierType: 4,
    maxStackSize: 5000,
    balance: [100, 1500],
  },
];

export interface Currency {
  item: CatalogItem;
  balance: [number, number];
}

export const currencies: readonly Currency[] = specs.map((spec) => ({
  balance: spec.balance,
  item: baseItem({
    hash: spec.hash,
    kind: 'currency',
    name: spec.name,
    description: spec.description,
    icon: iconAsset(`/img/destiny_content/items/${spec.file}.png`, 'coin', tierTones[spec.tierType] ?? 'basic'),
    tierType: spec.tierType,
    itemTypeName: 'Currency',
    itemType: 1,
    bucketHash: spec.bucket,
    maxStackSize: spec.maxStackSize,
    itemCategoryHashes: [18, 52],
  }),
}));

/** The three currencies GetAccount lists as items in its Currency buckets. */
export const accountBucketCurrencies = [
  BucketHash.CurrencyGlimmer,
  BucketHash.CurrencyLegendaryMarks,
  BucketHash.CurrencySilver,
];
