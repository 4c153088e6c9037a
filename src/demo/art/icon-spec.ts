/** The demo's painted pictures, shared by every provider's demo: what the painter is asked to draw. */

/** What an icon path shows: the painter draws `glyph` over the `tone` background. */
export type Glyph =
  | 'auto-rifle'
  | 'hand-cannon'
  | 'pulse-rifle'
  | 'scout-rifle'
  | 'shotgun'
  | 'sniper-rifle'
  | 'fusion-rifle'
  | 'sidearm'
  | 'rocket-launcher'
  | 'machine-gun'
  | 'sword'
  | 'helmet'
  | 'gauntlets'
  | 'chest'
  | 'legs'
  | 'class-item'
  | 'ghost'
  | 'artifact'
  | 'subclass'
  | 'emblem'
  | 'emblem-banner'
  | 'shader'
  | 'ship'
  | 'sparrow'
  | 'material'
  | 'consumable'
  | 'bounty'
  | 'quest'
  | 'mission'
  | 'coin'
  | 'perk'
  | 'talent'
  | 'stat'
  | 'progression'
  | 'damage'
  | 'platform'
  | 'missing';

export type Tone =
  | 'basic'
  | 'common'
  | 'uncommon'
  | 'rare'
  | 'legendary'
  | 'exotic'
  | 'dark'
  | 'kinetic'
  | 'arc'
  | 'solar'
  | 'void'
  | 'psn'
  | 'xbl'
  | 'grey';

export interface IconSpec {
  glyph: Glyph;
  tone: Tone;
  width: number;
  height: number;
  /** Picks colours and symbols within a glyph; an emblem and its banner share one. */
  variant: number;
}
