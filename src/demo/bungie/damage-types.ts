/** The four Destiny 1 damage types: hashes, identifiers, names, enum values and paths from the format's table (shared with the browser adapter). */

import { knownDamageTypes } from '../../providers/destiny/damage-type-table.ts';
import { iconAsset, type IconAsset } from './icon-assets.ts';
import type { Tone } from '../art/icon-spec.ts';

export interface DamageTypeInfo {
  hash: number;
  identifier: string;
  name: string;
  enumValue: number;
  description: string;
  showIcon: boolean;
  icon: IconAsset;
  /** bungie.net writes this one without a leading slash. */
  transparentIcon: IconAsset;
}

/** What the demo adds to each type, by enum value: the tone its icons are painted in and our own description. */
const extras: Record<number, [tone: Tone, description: string]> = {
  1: ['kinetic', 'Plain force: mass and velocity.'],
  2: ['arc', 'Crackling current that jumps between targets.'],
  3: ['solar', 'Stellar heat that burns through shields.'],
  4: ['void', 'Hungry dark that unravels matter.'],
};

export const damageTypes: readonly DamageTypeInfo[] = knownDamageTypes.map(
  ({ hash, identifier, name, enumValue, iconPath }) => {
    const extra = extras[enumValue];
    if (!extra) throw new Error(`no demo extras for damage type ${enumValue}`);
    const [tone, description] = extra;
    return {
      hash,
      identifier,
      name,
      enumValue,
      description,
      showIcon: enumValue !== 1,
      icon: iconAsset(iconPath, 'damage', tone),
      transparentIcon: iconAsset(`${iconPath.slice(1, -'.png'.length)}_trans.png`, 'damage', tone),
    };
  },
);

export const DamageType = { kinetic: 1, arc: 2, solar: 3, void: 4 } as const;

export function damageTypeByEnum(enumValue: number): DamageTypeInfo {
  const found = damageTypes.find((type) => type.enumValue === enumValue);
  if (!found) throw new Error(`unknown damage type ${enumValue}`);
  return found;
}

export function damageTypeDefinition(type: DamageTypeInfo) {
  return {
    damageTypeHash: type.hash,
    identifier: type.identifier,
    damageTypeName: type.name,
    description: type.description,
    iconPath: type.icon.path,
    transparentIconPath: type.transparentIcon.path,
    showIcon: type.showIcon,
    enumValue: type.enumValue,
    hash: type.hash,
    index: 0,
    redacted: false,
  };
}
