/** Turns an icon spec into PNG bytes: a tone background, then the glyph with a soft shadow. */

import { elementSymbols, glyphShape, symbolFor } from './glyph-shapes.ts';
import type { IconSpec, Tone } from './icon-spec.ts';
import { encodePng } from './png.ts';
import {
  capsule,
  circle,
  everywhere,
  hex,
  hsl,
  intersect,
  mix,
  polygon,
  radialGradient,
  rasterize,
  rect,
  ring,
  subtract,
  translate,
  union,
  verticalGradient,
  withAlpha,
  type Layer,
  type Rgba,
  type Shape,
} from './raster.ts';

const tones: Record<Tone, { top: Rgba; bottom: Rgba; accent: Rgba }> = {
  basic: { top: hex('#7c7c7c'), bottom: hex('#3d3d3d'), accent: hex('#c4c4c4') },
  common: { top: hex('#9a948c'), bottom: hex('#49443f'), accent: hex('#ddd6cb') },
  uncommon: { top: hex('#5aa866'), bottom: hex('#1d4425'), accent: hex('#aef0b8') },
  rare: { top: hex('#6a98d0'), bottom: hex('#1f3a60'), accent: hex('#bcd9ff') },
  legendary: { top: hex('#8559a6'), bottom: hex('#2a143b'), accent: hex('#ddb8ff') },
  exotic: { top: hex('#cfa93a'), bottom: hex('#5a3e09'), accent: hex('#fff0a8') },
  dark: { top: hex('#3a4350'), bottom: hex('#15191f'), accent: hex('#93b8de') },
  kinetic: { top: hex('#3a3f46'), bottom: hex('#15171a'), accent: hex('#ececec') },
  arc: { top: hex('#24465a'), bottom: hex('#0c1a24'), accent: hex('#7dd3f5') },
  solar: { top: hex('#5a3218'), bottom: hex('#210f05'), accent: hex('#f7873a') },
  void: { top: hex('#3d2a57'), bottom: hex('#140c20'), accent: hex('#b98ee6') },
  psn: { top: hex('#3a6fd6'), bottom: hex('#173273'), accent: hex('#ffffff') },
  xbl: { top: hex('#4aab44'), bottom: hex('#1c4d1a'), accent: hex('#ffffff') },
  grey: { top: hex('#8a8a8a'), bottom: hex('#4a4a4a'), accent: hex('#dddddd') },
};

const INK = hex('#f4f2ee');
const SHADOW = hex('#000000', 0.4);
const frame = subtract(everywhere, rect(0.03, 0.03, 0.97, 0.97));

function figure(body: Shape, detail: Shape | undefined, ink: Rgba, accent: Rgba): Layer[] {
  return [
    { shape: translate(body, 0.015, 0.02), fill: SHADOW },
    { shape: body, fill: ink },
    ...(detail ? [{ shape: detail, fill: accent }] : []),
  ];
}

function tile(tone: Tone): Layer[] {
  const { top, bottom, accent } = tones[tone];
  return [
    { shape: everywhere, fill: verticalGradient(top, bottom) },
    { shape: everywhere, fill: radialGradient(0.5, 0.35, 0.7, withAlpha(INK, 0.18), withAlpha(INK, 0)) },
    { shape: frame, fill: withAlpha(accent, 0.55) },
  ];
}

const hexagonOf = (radius: number) =>
  polygon(
    Array.from(
      { length: 6 },
      (_, i) => [0.5 + radius * Math.cos((i * Math.PI) / 3), 0.5 + radius * Math.sin((i * Math.PI) / 3)] as const,
    ),
  );
const hexagon = hexagonOf(0.46);
const hexagonEdge = subtract(hexagon, hexagonOf(0.41));

function elementOf(tone: Tone): keyof typeof elementSymbols | undefined {
  return tone === 'kinetic' || tone === 'arc' || tone === 'solar' || tone === 'void' ? tone : undefined;
}

function emblemColours(variant: number) {
  const hue = variant % 360;
  return { light: hsl(hue, 0.55, 0.5), dark: hsl((hue + 25) % 360, 0.6, 0.18), ink: hsl(hue, 0.35, 0.92) };
}

function layersFor(spec: IconSpec): Layer[] {
  const { glyph, tone, variant } = spec;
  const palette = tones[tone];
  const element = elementOf(tone);
  switch (glyph) {
    case 'emblem':
    case 'emblem-banner': {
      const { light, dark, ink } = emblemColours(variant);
      const shape = glyphShape('emblem', variant);
      const stripes: Shape = (x, y) => glyph === 'emblem-banner' && x > 1 && Math.floor((x + y) * 6) % 5 === 0;
      return [
        { shape: everywhere, fill: (x, y) => mix(light, dark, Math.min(1, y * 0.6 + x * 0.12)) },
        { shape: stripes, fill: withAlpha(ink, 0.08) },
        ...(shape ? figure(shape.body, shape.detail, ink, dark) : []),
      ];
    }
    case 'shader': {
      const colours = [0, 1, 2].map((i) => hsl((variant + i * (70 + (variant % 90))) % 360, 0.55, 0.35 + 0.15 * i));
      const disc = circle(0.5, 0.5, 0.3);
      return [
        ...tile(tone),
        { shape: translate(disc, 0.015, 0.02), fill: SHADOW },
        ...colours.map((fill, i) => ({ shape: intersect(disc, sector(i)), fill })),
        { shape: ring(0.5, 0.5, 0.3, 0.33), fill: INK },
      ];
    }
    case 'subclass': {
      const diamond = polygon([
        [0.5, 0.08],
        [0.92, 0.5],
        [0.5, 0.92],
        [0.08, 0.5],
      ]);
      const inner = polygon([
        [0.5, 0.16],
        [0.84, 0.5],
        [0.5, 0.84],
        [0.16, 0.5],
      ]);
      return [
        { shape: diamond, fill: verticalGradient(palette.top, palette.bottom) },
        { shape: subtract(diamond, inner), fill: INK },
        { shape: elementSymbols[element ?? 'kinetic'](0.5, 0.5, 1), fill: palette.accent },
      ];
    }
    case 'perk':
      return [
        { shape: circle(0.5, 0.5, 0.46), fill: verticalGradient(palette.top, palette.bottom) },
        { shape: ring(0.5, 0.5, 0.42, 0.46), fill: withAlpha(palette.accent, 0.8) },
        { shape: symbolFor(variant, 1.2), fill: INK },
      ];
    case 'talent':
      return [
        { shape: hexagon, fill: verticalGradient(palette.top, palette.bottom) },
        { shape: hexagonEdge, fill: withAlpha(palette.accent, 0.6) },
        {
          shape: element ? elementSymbols[element](0.5, 0.5, 1.1) : symbolFor(variant, 1.1),
          fill: element ? palette.accent : INK,
        },
      ];
    case 'stat':
      return [{ shape: symbolFor(variant, 1.4), fill: INK }];
    case 'damage':
      return [
        { shape: translate(elementSymbols[element ?? 'kinetic'](0.5, 0.5, 1.5), 0.015, 0.02), fill: SHADOW },
        { shape: elementSymbols[element ?? 'kinetic'](0.5, 0.5, 1.5), fill: palette.accent },
      ];
    case 'platform': {
      const mark =
        tone === 'psn'
          ? union(
              ring(0.36, 0.36, 0.07, 0.1),
              polygon([
                [0.64, 0.26],
                [0.73, 0.44],
                [0.55, 0.44],
              ]),
              rect(0.28, 0.56, 0.44, 0.72),
              capsule(0.56, 0.56, 0.72, 0.72, 0.03),
              capsule(0.72, 0.56, 0.56, 0.72, 0.03),
            )
          : union(
              ring(0.5, 0.5, 0.26, 0.32),
              capsule(0.36, 0.34, 0.64, 0.66, 0.05),
              capsule(0.64, 0.34, 0.36, 0.66, 0.05),
            );
      return [
        { shape: circle(0.5, 0.5, 0.47), fill: verticalGradient(palette.top, palette.bottom) },
        { shape: mark, fill: INK },
      ];
    }
    default: {
      const shape = glyphShape(glyph, variant);
      return [...tile(tone), ...(shape ? figure(shape.body, shape.detail, INK, palette.accent) : [])];
    }
  }
}

/** One third of the disc, starting at the top and turning clockwise. */
function sector(index: number): Shape {
  return (x, y) => {
    const angle = (Math.atan2(x - 0.5, 0.5 - y) + 2 * Math.PI) % (2 * Math.PI);
    return Math.floor(angle / ((2 * Math.PI) / 3)) === index;
  };
}

export function paintIcon(spec: IconSpec): Uint8Array<ArrayBuffer> {
  return encodePng(spec.width, spec.height, rasterize(spec.width, spec.height, layersFor(spec)));
}
