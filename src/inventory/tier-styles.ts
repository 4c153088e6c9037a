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

/** The tier's colour washed over the element's own background, as one more background layer (no extra element). */
export const tierTint: Record<Tier, string> = {
  basic: 'bg-linear-to-b from-tier-basic/40 to-tier-basic/40',
  common: 'bg-linear-to-b from-tier-common/40 to-tier-common/40',
  uncommon: 'bg-linear-to-b from-tier-uncommon/40 to-tier-uncommon/40',
  rare: 'bg-linear-to-b from-tier-rare/40 to-tier-rare/40',
  legendary: 'bg-linear-to-b from-tier-legendary/40 to-tier-legendary/40',
  exotic: 'bg-linear-to-b from-tier-exotic/40 to-tier-exotic/40',
  currency: 'bg-linear-to-b from-tier-currency/40 to-tier-currency/40',
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
