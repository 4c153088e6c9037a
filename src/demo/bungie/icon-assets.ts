import type { Glyph, IconSpec, Tone } from '../art/icon-spec.ts';
import { avalanche, fnv1a } from '../rng.ts';

export interface IconAsset {
  path: string;
  spec: IconSpec;
}

const ICON_SIZE = 96;
/** Emblem backgrounds are wide banners, as on bungie.net. */
export const BANNER_WIDTH = 474;

interface IconOptions {
  width?: number;
  variant?: number;
}

export function iconAsset(path: string, glyph: Glyph, tone: Tone, options: IconOptions = {}): IconAsset {
  return {
    path,
    spec: {
      glyph,
      tone,
      width: options.width ?? ICON_SIZE,
      height: ICON_SIZE,
      variant: options.variant ?? fnv1a(path),
    },
  };
}

/** A content icon: 32 hex digits derived from our own label, like bungie.net's content paths. */
export function contentIcon(label: string, glyph: Glyph, tone: Tone, options: IconOptions = {}): IconAsset {
  const hex = [0, 1, 2, 3]
    .map((i) =>
      avalanche(fnv1a(label) + Math.imul(i + 1, 0x9e3779b9))
        .toString(16)
        .padStart(8, '0'),
    )
    .join('');
  return iconAsset(`/common/destiny_content/icons/${hex}.png`, glyph, tone, { variant: fnv1a(label), ...options });
}

export const missingIcon = iconAsset('/img/misc/missing_icon.png', 'missing', 'grey');

export const tierTones: Record<number, Tone> = {
  0: 'basic',
  1: 'basic',
  2: 'common',
  3: 'uncommon',
  4: 'rare',
  5: 'legendary',
  6: 'exotic',
};

/** SearchDestinyPlayer's platform icons, by membershipType. */
export const platformIcons = {
  1: iconAsset('/img/theme/destiny/icons/icon_xbl.png', 'platform', 'xbl'),
  2: iconAsset('/img/theme/destiny/icons/icon_psn.png', 'platform', 'psn'),
} as const;
