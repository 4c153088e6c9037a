/** The four Destiny 1 damage types: hashes, identifiers, enum values and paths are format. */

import { iconAsset, type IconAsset, type Tone } from './icon-assets.ts';

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

function damageType(
  hash: number, identifier: string, name: string, enumValue: number, file: string, tone: Tone, description: string,
): DamageTypeInfo {
  const base = `img/destiny_content/damage_types/${file}`;
  return {
    hash, identifier, name, enumValue, description,
    showIcon: enumValue !== 1,
    icon: iconAsset(`/${base}.png`, 'damage', tone),
    transparentIcon: iconAsset(`${base}_trans.png`, 'damage', tone),
  };
}

export const damageTypes: readonly DamageTypeInfo[] = [
  damageType(3373582085, 'DAMAGE_TYPE_KINETIC', 'Kinetic', 1, 'kinetic', 'kinetic', 'Plain force: mass and velocity.'),
  damageType(2303181850, 'DAMAGE_TYPE_ARC', 'Arc', 2, 'arc', 'arc', 'Crackling current that jumps between targets.'),
  damageType(1847026933, 'DAMAGE_TYPE_THERMAL', 'Solar', 3, 'thermal', 'solar', 'Stellar heat that burns through shields.'),
  damageType(3454344768, 'DAMAGE_TYPE_VOID', 'Void', 4, 'void', 'void', 'Hungry dark that unravels matter.'),
];

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
