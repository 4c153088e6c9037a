import type { DamageKind, Tier } from './model.ts';

/** Tailwind classes per tier, spelled out in full so the compiler sees them. */
export const tierBorder: Record<Tier, string> = {
  basic: 'border-tier-basic',
  common: 'border-tier-common',
  uncommon: 'border-tier-uncommon',
  rare: 'border-tier-rare',
  legendary: 'border-tier-legendary',
  exotic: 'border-tier-exotic',
  currency: 'border-tier-currency',
};

/** The tile's ground in the tier's colour (an opaque mix, see `--color-tint-*`). */
export const tierTint: Record<Tier, string> = {
  basic: 'bg-tint-basic',
  common: 'bg-tint-common',
  uncommon: 'bg-tint-uncommon',
  rare: 'bg-tint-rare',
  legendary: 'bg-tint-legendary',
  exotic: 'bg-tint-exotic',
  currency: 'bg-tint-currency',
};

export const damageText: Record<DamageKind, string> = {
  kinetic: 'text-damage-kinetic',
  arc: 'text-damage-arc',
  solar: 'text-damage-solar',
  void: 'text-damage-void',
  raid: 'text-damage-raid',
};

/** The item page's header wash, from the tier colour into the page. */
export const tierWash: Record<Tier, string> = {
  basic: 'from-tier-basic/25',
  common: 'from-tier-common/20',
  uncommon: 'from-tier-uncommon/30',
  rare: 'from-tier-rare/30',
  legendary: 'from-tier-legendary/40',
  exotic: 'from-tier-exotic/30',
  currency: 'from-tier-currency/25',
};

export const tierText: Record<Tier, string> = {
  basic: 'text-tier-basic',
  common: 'text-tier-common',
  uncommon: 'text-tier-uncommon',
  rare: 'text-tier-rare',
  legendary: 'text-violet-300',
  exotic: 'text-tier-exotic',
  currency: 'text-tier-currency',
};
