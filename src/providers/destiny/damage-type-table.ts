/**
 * The four Destiny 1 damage types: hash, identifier, name, enum value and icon path are fixed by
 * the format, so the app names an element itself when an answer comes without definitions.
 */

export interface KnownDamageType {
  hash: number;
  identifier: string;
  name: string;
  /** The DamageType enum: Kinetic 1, Arc 2, Thermal (Solar) 3, Void 4. */
  enumValue: number;
  iconPath: string;
}

const damageType = (
  hash: number,
  identifier: string,
  name: string,
  enumValue: number,
  file: string,
): KnownDamageType => ({
  hash,
  identifier,
  name,
  enumValue,
  iconPath: `/img/destiny_content/damage_types/${file}.png`,
});

export const knownDamageTypes: readonly KnownDamageType[] = [
  damageType(3373582085, 'DAMAGE_TYPE_KINETIC', 'Kinetic', 1, 'kinetic'),
  damageType(2303181850, 'DAMAGE_TYPE_ARC', 'Arc', 2, 'arc'),
  damageType(1847026933, 'DAMAGE_TYPE_THERMAL', 'Solar', 3, 'thermal'),
  damageType(3454344768, 'DAMAGE_TYPE_VOID', 'Void', 4, 'void'),
];

/** The same types as a `definitions.damageTypes` table, for answers that came without one. */
export const builtInDamageTypeDefinitions = Object.fromEntries(
  knownDamageTypes.map((type) => [
    type.hash,
    { damageTypeName: type.name, enumValue: type.enumValue, iconPath: type.iconPath },
  ]),
);
