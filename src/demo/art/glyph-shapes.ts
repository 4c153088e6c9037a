/**
 * The silhouette of each glyph in a unit square: `body` is painted in ink, `detail` on top in the
 * accent colour. Weapons point up and to the right, as on bungie.net.
 */

import type { Glyph } from './icon-spec.ts';
import {
  capsule,
  circle,
  ellipse,
  intersect,
  polygon,
  rect,
  ring,
  rotate,
  roundRect,
  star,
  subtract,
  union,
  type Shape,
} from './raster.ts';

export interface GlyphShape {
  body: Shape;
  detail?: Shape;
}

type Point = readonly [number, number];
const poly = (...points: Point[]) => polygon(points);
const mirror = (points: Point[]): Point[] => points.map(([x, y]) => [1 - x, y]);
const tilt = (shape: Shape) => rotate(shape, -0.45, 0.5, 0.5);

const stock = poly([0.1, 0.44], [0.3, 0.43], [0.3, 0.53], [0.16, 0.61], [0.09, 0.6]);
const grip = poly([0.37, 0.53], [0.44, 0.53], [0.41, 0.67], [0.34, 0.66]);

function rifle(barrelEnd: number, magazine: Shape, extra: Shape[] = []): Shape {
  return tilt(
    union(
      stock,
      grip,
      magazine,
      rect(0.29, 0.42, 0.66, 0.54),
      rect(0.58, 0.43, 0.76, 0.52),
      rect(0.66, 0.455, barrelEnd, 0.49),
      rect(0.42, 0.38, 0.52, 0.42),
      ...extra,
    ),
  );
}

const weapons: Partial<Record<Glyph, () => GlyphShape>> = {
  'auto-rifle': () => ({ body: rifle(0.9, poly([0.5, 0.53], [0.57, 0.53], [0.61, 0.7], [0.54, 0.71])) }),
  'pulse-rifle': () => ({
    body: rifle(0.84, rect(0.48, 0.53, 0.55, 0.66)),
    detail: tilt(union(rect(0.6, 0.45, 0.62, 0.5), rect(0.64, 0.45, 0.66, 0.5), rect(0.68, 0.45, 0.7, 0.5))),
  }),
  'scout-rifle': () => ({
    body: rifle(0.94, rect(0.5, 0.53, 0.56, 0.6), [
      roundRect(0.36, 0.31, 0.62, 0.38, 0.03),
      rect(0.44, 0.37, 0.46, 0.42),
      rect(0.54, 0.37, 0.56, 0.42),
    ]),
    detail: tilt(circle(0.615, 0.345, 0.022)),
  }),
  'sniper-rifle': () => ({
    body: rifle(0.97, rect(0.48, 0.53, 0.54, 0.6), [
      roundRect(0.34, 0.3, 0.66, 0.38, 0.035),
      rect(0.44, 0.37, 0.46, 0.42),
      capsule(0.8, 0.5, 0.84, 0.64, 0.012),
    ]),
    detail: tilt(circle(0.655, 0.34, 0.026)),
  }),
  shotgun: () => ({
    body: tilt(
      union(
        stock,
        grip,
        rect(0.29, 0.42, 0.6, 0.53),
        rect(0.55, 0.435, 0.9, 0.5),
        roundRect(0.6, 0.5, 0.8, 0.56, 0.02),
      ),
    ),
    detail: tilt(union(rect(0.63, 0.51, 0.65, 0.55), rect(0.68, 0.51, 0.7, 0.55), rect(0.73, 0.51, 0.75, 0.55))),
  }),
  'fusion-rifle': () => ({
    body: tilt(
      union(stock, grip, rect(0.29, 0.41, 0.64, 0.55), rect(0.64, 0.45, 0.9, 0.5), rect(0.44, 0.55, 0.54, 0.64)),
    ),
    detail: tilt(
      union(ring(0.7, 0.475, 0.025, 0.045), ring(0.78, 0.475, 0.025, 0.045), ring(0.86, 0.475, 0.025, 0.045)),
    ),
  }),
  sidearm: () => ({
    body: tilt(
      union(
        roundRect(0.3, 0.4, 0.72, 0.5, 0.02),
        poly([0.32, 0.48], [0.45, 0.48], [0.42, 0.74], [0.29, 0.72]),
        ring(0.47, 0.53, 0.025, 0.045),
      ),
    ),
    detail: tilt(rect(0.36, 0.425, 0.66, 0.44)),
  }),
  'hand-cannon': () => ({
    body: tilt(
      union(
        rect(0.44, 0.41, 0.84, 0.48),
        roundRect(0.36, 0.39, 0.54, 0.54, 0.03),
        rect(0.28, 0.4, 0.38, 0.47),
        poly([0.28, 0.45], [0.42, 0.47], [0.38, 0.76], [0.24, 0.74]),
        rect(0.8, 0.37, 0.82, 0.41),
      ),
    ),
    detail: tilt(union(circle(0.41, 0.465, 0.018), circle(0.49, 0.465, 0.018))),
  }),
  'rocket-launcher': () => ({
    body: tilt(
      union(
        roundRect(0.1, 0.38, 0.92, 0.53, 0.05),
        poly([0.36, 0.52], [0.44, 0.52], [0.41, 0.66], [0.33, 0.65]),
        poly([0.58, 0.52], [0.65, 0.52], [0.63, 0.63], [0.56, 0.63]),
        roundRect(0.4, 0.3, 0.56, 0.38, 0.02),
      ),
    ),
    detail: tilt(union(rect(0.14, 0.4, 0.18, 0.51), rect(0.84, 0.4, 0.88, 0.51))),
  }),
  'machine-gun': () => ({
    body: rifle(0.95, roundRect(0.46, 0.53, 0.6, 0.68, 0.015), [
      rect(0.29, 0.4, 0.7, 0.56),
      capsule(0.4, 0.36, 0.56, 0.36, 0.02),
      capsule(0.82, 0.5, 0.78, 0.66, 0.012),
      capsule(0.82, 0.5, 0.88, 0.66, 0.012),
    ]),
    detail: tilt(rect(0.48, 0.56, 0.58, 0.58)),
  }),
  sword: () => ({
    body: rotate(
      union(
        poly([0.5, 0.06], [0.56, 0.17], [0.56, 0.65], [0.44, 0.65], [0.44, 0.17]),
        roundRect(0.32, 0.65, 0.68, 0.7, 0.02),
        rect(0.47, 0.7, 0.53, 0.86),
        circle(0.5, 0.89, 0.035),
      ),
      Math.PI / 4,
      0.5,
      0.5,
    ),
    detail: rotate(rect(0.49, 0.18, 0.51, 0.62), Math.PI / 4, 0.5, 0.5),
  }),
};

const boltShape = (cx: number, cy: number, s: number) =>
  poly(
    [cx + 0.06 * s, cy - 0.3 * s],
    [cx - 0.14 * s, cy + 0.04 * s],
    [cx, cy + 0.04 * s],
    [cx - 0.06 * s, cy + 0.3 * s],
    [cx + 0.14 * s, cy - 0.06 * s],
    [cx, cy - 0.06 * s],
  );
const sunShape = (cx: number, cy: number, s: number) =>
  union(circle(cx, cy, 0.12 * s), subtract(star(cx, cy, 0.3 * s, 0.16 * s, 8), circle(cx, cy, 0.15 * s)));
const voidShape = (cx: number, cy: number, s: number) =>
  subtract(
    circle(cx, cy, 0.26 * s),
    union(circle(cx, cy, 0.16 * s), poly([cx, cy - 0.3 * s], [cx + 0.07 * s, cy], [cx - 0.07 * s, cy])),
  );
const kineticShape = (cx: number, cy: number, s: number) =>
  union(ring(cx, cy, 0.2 * s, 0.27 * s), capsule(cx, cy - 0.1 * s, cx, cy + 0.1 * s, 0.06 * s));

/** Element sigils: a round for kinetic, a bolt for arc, a sun for solar, a broken ring for void. */
export const elementSymbols: Record<
  'kinetic' | 'arc' | 'solar' | 'void',
  (cx: number, cy: number, scale: number) => Shape
> = {
  kinetic: kineticShape,
  arc: boltShape,
  solar: sunShape,
  void: voidShape,
};

/** Small symbols for perks, talent steps and stats, chosen by variant. */
const symbols: ((s: number) => Shape)[] = [
  (s) =>
    union(
      poly(
        [0.5, 0.5 - 0.22 * s],
        [0.5 + 0.22 * s, 0.5],
        [0.5 + 0.12 * s, 0.5],
        [0.5, 0.5 - 0.1 * s],
        [0.5 - 0.12 * s, 0.5],
        [0.5 - 0.22 * s, 0.5],
      ),
      poly(
        [0.5, 0.5],
        [0.5 + 0.22 * s, 0.5 + 0.22 * s],
        [0.5 + 0.12 * s, 0.5 + 0.22 * s],
        [0.5, 0.5 + 0.12 * s],
        [0.5 - 0.12 * s, 0.5 + 0.22 * s],
        [0.5 - 0.22 * s, 0.5 + 0.22 * s],
      ),
    ),
  (s) =>
    union(
      ring(0.5, 0.5, 0.16 * s, 0.22 * s),
      rect(0.5 - 0.02 * s, 0.5 - 0.32 * s, 0.5 + 0.02 * s, 0.5 + 0.32 * s),
      rect(0.5 - 0.32 * s, 0.5 - 0.02 * s, 0.5 + 0.32 * s, 0.5 + 0.02 * s),
    ),
  (s) => boltShape(0.5, 0.5, s),
  (s) =>
    union(
      circle(0.5, 0.5 + 0.06 * s, 0.16 * s),
      poly([0.5, 0.5 - 0.3 * s], [0.5 + 0.14 * s, 0.5 + 0.02 * s], [0.5 - 0.14 * s, 0.5 + 0.02 * s]),
    ),
  (s) =>
    union(
      circle(0.5, 0.5 - 0.14 * s, 0.08 * s),
      circle(0.5 - 0.14 * s, 0.5 + 0.1 * s, 0.08 * s),
      circle(0.5 + 0.14 * s, 0.5 + 0.1 * s, 0.08 * s),
    ),
  (s) =>
    poly(
      [0.5 - 0.22 * s, 0.5 - 0.24 * s],
      [0.5 + 0.22 * s, 0.5 - 0.24 * s],
      [0.5 + 0.22 * s, 0.5 + 0.02 * s],
      [0.5, 0.5 + 0.28 * s],
      [0.5 - 0.22 * s, 0.5 + 0.02 * s],
    ),
  (s) => star(0.5, 0.5, 0.3 * s, 0.12 * s, 8),
  (s) =>
    union(
      rect(0.5 - 0.24 * s, 0.5 + 0.06 * s, 0.5 - 0.12 * s, 0.5 + 0.24 * s),
      rect(0.5 - 0.06 * s, 0.5 - 0.06 * s, 0.5 + 0.06 * s, 0.5 + 0.24 * s),
      rect(0.5 + 0.12 * s, 0.5 - 0.2 * s, 0.5 + 0.24 * s, 0.5 + 0.24 * s),
    ),
];

export const symbolFor = (variant: number, scale: number): Shape =>
  (symbols[variant % symbols.length] as (s: number) => Shape)(scale);

const gear: Partial<Record<Glyph, (variant: number) => GlyphShape>> = {
  helmet: () => {
    const shell = union(
      intersect(ellipse(0.5, 0.5, 0.27, 0.32), rect(0, 0, 1, 0.7)),
      roundRect(0.25, 0.48, 0.75, 0.72, 0.06),
      rect(0.4, 0.7, 0.6, 0.8),
    );
    const visor = union(rect(0.3, 0.44, 0.7, 0.52), rect(0.46, 0.44, 0.54, 0.66));
    return { body: subtract(shell, visor), detail: intersect(visor, shell) };
  },
  gauntlets: () => ({
    body: union(
      roundRect(0.3, 0.34, 0.66, 0.6, 0.07),
      rect(0.36, 0.6, 0.62, 0.82),
      capsule(0.36, 0.3, 0.36, 0.4, 0.045),
      capsule(0.45, 0.26, 0.45, 0.38, 0.045),
      capsule(0.54, 0.27, 0.54, 0.38, 0.045),
      capsule(0.63, 0.31, 0.63, 0.4, 0.04),
      capsule(0.66, 0.5, 0.74, 0.4, 0.045),
    ),
    detail: union(rect(0.36, 0.66, 0.62, 0.69), rect(0.36, 0.74, 0.62, 0.77)),
  }),
  chest: () => ({
    body: subtract(
      poly(
        [0.3, 0.22],
        [0.7, 0.22],
        [0.84, 0.38],
        [0.71, 0.48],
        [0.67, 0.82],
        [0.33, 0.82],
        [0.29, 0.48],
        [0.16, 0.38],
      ),
      ellipse(0.5, 0.2, 0.1, 0.08),
    ),
    detail: union(
      rect(0.49, 0.3, 0.51, 0.8),
      poly([0.36, 0.36], [0.47, 0.4], [0.47, 0.56], [0.37, 0.52]),
      poly([0.64, 0.36], [0.53, 0.4], [0.53, 0.56], [0.63, 0.52]),
    ),
  }),
  legs: () => {
    const left: Point[] = [
      [0.28, 0.16],
      [0.47, 0.16],
      [0.46, 0.7],
      [0.49, 0.84],
      [0.24, 0.84],
      [0.29, 0.7],
    ];
    return {
      body: union(polygon(left), polygon(mirror(left))),
      detail: union(rect(0.3, 0.44, 0.45, 0.48), rect(0.55, 0.44, 0.7, 0.48)),
    };
  },
  'class-item': () => ({
    body: subtract(
      poly([0.3, 0.16], [0.7, 0.16], [0.72, 0.76], [0.5, 0.88], [0.28, 0.76]),
      ring(0.5, 0.46, 0.08, 0.11),
    ),
    detail: union(circle(0.5, 0.46, 0.05), rect(0.3, 0.2, 0.7, 0.24)),
  }),
  ghost: () => ({
    body: subtract(
      union(star(0.5, 0.5, 0.34, 0.2, 4, -Math.PI / 4), star(0.5, 0.5, 0.26, 0.2, 4)),
      circle(0.5, 0.5, 0.1),
    ),
    detail: circle(0.5, 0.5, 0.06),
  }),
  artifact: () => ({
    body: union(
      poly([0.5, 0.22], [0.66, 0.5], [0.5, 0.78], [0.34, 0.5]),
      subtract(ellipse(0.5, 0.5, 0.36, 0.12), ellipse(0.5, 0.5, 0.31, 0.08)),
    ),
    detail: poly([0.5, 0.34], [0.57, 0.5], [0.5, 0.66], [0.43, 0.5]),
  }),
  ship: () => ({
    body: poly(
      [0.5, 0.14],
      [0.6, 0.46],
      [0.88, 0.7],
      [0.6, 0.66],
      [0.56, 0.8],
      [0.44, 0.8],
      [0.4, 0.66],
      [0.12, 0.7],
      [0.4, 0.46],
    ),
    detail: union(ellipse(0.5, 0.4, 0.035, 0.09), rect(0.45, 0.78, 0.55, 0.82)),
  }),
  sparrow: () => ({
    body: rotate(
      union(
        poly([0.5, 0.1], [0.6, 0.36], [0.62, 0.78], [0.38, 0.78], [0.4, 0.36]),
        circle(0.36, 0.76, 0.07),
        circle(0.64, 0.76, 0.07),
      ),
      0.6,
      0.5,
      0.5,
    ),
    detail: rotate(
      union(circle(0.36, 0.76, 0.035), circle(0.64, 0.76, 0.035), ellipse(0.5, 0.38, 0.04, 0.08)),
      0.6,
      0.5,
      0.5,
    ),
  }),
  material: (variant) => {
    const crystal = (cx: number, top: number, w: number) =>
      poly([cx, top], [cx + w, top + w], [cx + w, 0.78], [cx, 0.84], [cx - w, 0.78], [cx - w, top + w]);
    const crystals = [crystal(0.5, 0.16, 0.1), crystal(0.34, 0.36, 0.08)];
    if (variant % 2) crystals.push(crystal(0.66, 0.3, 0.08));
    return { body: union(...crystals), detail: union(rect(0.49, 0.26, 0.51, 0.8), rect(0.335, 0.44, 0.35, 0.8)) };
  },
  consumable: () => {
    const flask = roundRect(0.36, 0.4, 0.64, 0.84, 0.08);
    return {
      body: union(flask, rect(0.45, 0.24, 0.55, 0.42), roundRect(0.41, 0.17, 0.59, 0.25, 0.02)),
      detail: intersect(roundRect(0.39, 0.43, 0.61, 0.81, 0.06), rect(0, 0.58, 1, 1)),
    };
  },
  bounty: () => ({
    body: union(
      rect(0.28, 0.24, 0.72, 0.78),
      capsule(0.24, 0.22, 0.76, 0.22, 0.045),
      capsule(0.24, 0.8, 0.76, 0.8, 0.045),
    ),
    detail: union(
      rect(0.34, 0.34, 0.66, 0.37),
      rect(0.34, 0.44, 0.62, 0.47),
      rect(0.34, 0.54, 0.66, 0.57),
      rect(0.34, 0.64, 0.56, 0.67),
    ),
  }),
  quest: () => ({
    body: subtract(
      poly([0.5, 0.14], [0.78, 0.46], [0.5, 0.86], [0.22, 0.46]),
      poly([0.5, 0.28], [0.66, 0.46], [0.5, 0.7], [0.34, 0.46]),
    ),
    detail: circle(0.5, 0.47, 0.06),
  }),
  mission: () => ({
    body: subtract(
      union(circle(0.5, 0.4, 0.22), poly([0.32, 0.52], [0.68, 0.52], [0.5, 0.88])),
      circle(0.5, 0.4, 0.09),
    ),
    detail: circle(0.5, 0.4, 0.045),
  }),
  coin: () => ({
    body: union(ring(0.5, 0.5, 0.25, 0.33), poly([0.5, 0.34], [0.6, 0.5], [0.5, 0.66], [0.4, 0.5])),
    detail: ring(0.5, 0.5, 0.33, 0.35),
  }),
  progression: () => ({
    body: union(
      poly([0.5, 0.2], [0.76, 0.44], [0.66, 0.44], [0.5, 0.3], [0.34, 0.44], [0.24, 0.44]),
      poly([0.5, 0.42], [0.76, 0.66], [0.66, 0.66], [0.5, 0.52], [0.34, 0.66], [0.24, 0.66]),
    ),
    detail: rect(0.3, 0.74, 0.7, 0.78),
  }),
  emblem: (variant) => ({
    body: poly([0.26, 0.18], [0.74, 0.18], [0.74, 0.54], [0.5, 0.84], [0.26, 0.54]),
    detail: subtract(symbolFor(variant, 0.9), rect(0, 0, 1, 0.05)),
  }),
  missing: () => ({
    body: union(
      subtract(ring(0.5, 0.36, 0.1, 0.17), poly([0.5, 0.36], [0.2, 0.5], [0.2, 0.62], [0.5, 0.62])),
      capsule(0.5, 0.5, 0.5, 0.6, 0.035),
      circle(0.5, 0.72, 0.04),
    ),
  }),
};

export function glyphShape(glyph: Glyph, variant: number): GlyphShape | undefined {
  return weapons[glyph]?.() ?? gear[glyph]?.(variant);
}
