/** Stackable, non-instanced items: materials, consumables, mission keys and one hidden salvage stack. */

import { baseItem, familyMember, type CatalogItem, type ItemFamily } from './catalog-item.ts';
import { BucketHash } from '../../providers/destiny/bucket-table.ts';
import { missingIcon } from './icon-assets.ts';
import { fnv1a } from '../rng.ts';

interface SupplySpec extends ItemFamily {
  maxStackSize: number;
  actionName: string;
}

function supplies(spec: SupplySpec, entries: [string, number][]): CatalogItem[] {
  return entries.map(([name, tierType]) =>
    baseItem({ ...familyMember(spec, name, tierType), maxStackSize: spec.maxStackSize, actionName: spec.actionName }),
  );
}

export const materials = supplies(
  {
    kind: 'material',
    glyph: 'material',
    bucket: BucketHash.Materials,
    typeName: 'Material',
    itemType: 0,
    maxStackSize: 999,
    actionName: '',
    lines: [
      'Gathered in the field; traded everywhere.',
      'Refined salvage, ready for the workbench.',
      'Glows faintly in the dark.',
      'Useful to anyone who builds things.',
    ],
  },
  [
    ['Gunmetal Alloy', 2],
    ['Plating Fiber', 2],
    ['Duskmetal', 2],
    ['Stellar Filament', 2],
    ['Tidebloom', 2],
    ['Ashen Ore', 2],
    ['Glowmoss', 2],
    ['Corefire Shard', 3],
    ['Refraction Crystal', 3],
    ['Umbral Lattice', 3],
    ['Etheric Resin', 3],
    ['Lumen Dust', 3],
    ['Ionic Fiber', 3],
    ['Quantum Thread', 4],
    ['Aether Glass', 4],
    ['Drift Salt', 2],
    ['Pale Amber', 4],
    ['Void Pearl', 5],
    ['Tempered Core', 5],
    ['Resonant Alloy', 4],
  ],
);

/** Spent to activate weapon and armour nodes (`materialsToUpgrade`). */
export const [weaponParts, armorParts] = materials as [CatalogItem, CatalogItem];

export const consumables = supplies(
  {
    kind: 'consumable',
    glyph: 'consumable',
    bucket: BucketHash.Consumables,
    typeName: 'Consumable',
    itemType: 9,
    maxStackSize: 250,
    actionName: 'Use',
    lines: [
      'Single use. Effects wear off over time.',
      'Keep one handy for emergencies.',
      'Shake well before use.',
      'A little boost for the road.',
    ],
  },
  [
    ['Focus Tonic', 3],
    ['Surge Vial', 3],
    ['Kinetic Primer', 2],
    ['Arc Primer', 3],
    ['Solar Primer', 3],
    ['Void Primer', 3],
    ['Special Ammo Crate', 4],
    ['Heavy Ammo Crate', 4],
    ['Glimmer Magnet', 3],
    ['Reputation Tonic', 4],
    ['Scanner Pulse', 2],
    ['Flare Kit', 2],
    ['Sparrow Fuel Cell', 2],
    ['Engram Decoder', 5],
    ['Cache Key', 4],
    ['Mote Lens', 5],
    ['Bounty Ledger', 3],
    ['Patrol Beacon', 2],
    ['Field Rations', 2],
    ['Signal Booster', 3],
  ],
);

export const missionItems = supplies(
  {
    kind: 'mission',
    glyph: 'mission',
    bucket: BucketHash.Mission,
    typeName: 'Mission Key',
    itemType: 0,
    maxStackSize: 1,
    actionName: '',
    lines: [
      'Opens the way to a hidden mission.',
      'Coordinates to somewhere nobody goes.',
      'Decrypts at the right beacon.',
    ],
  },
  [
    ['Lost Coordinates', 3],
    ['Encrypted Star Chart', 4],
    ['Sealed Directive', 4],
    ['Derelict Beacon', 3],
    ['Ciphered Relic', 5],
    ['Flooded Archive Key', 4],
    ['Signal Fragment', 3],
    ['Warden Dispatch', 5],
    ['Orbital Survey Log', 3],
    ['Broken Compass', 4],
  ],
);

/** Like the seed's hidden stack: a temporary bucket item without an icon. */
export const salvage: CatalogItem = baseItem({
  hash: fnv1a('item:Salvaged Telemetry'),
  kind: 'salvage',
  name: 'Salvaged Telemetry',
  description: 'Raw readings waiting to be decoded.',
  icon: missingIcon,
  tierType: 2,
  itemTypeName: 'Telemetry',
  bucketHash: BucketHash.Temporary,
  maxStackSize: 100,
  nonTransferrable: true,
});
