/**
 * A tiny vector rasteriser for the demo icons: shapes are point tests in units of the image height,
 * painted in order with alpha, each pixel supersampled for smooth edges.
 */
export type Shape = (x: number, y: number) => boolean;
/** Red, green, blue 0–255, alpha 0–1. */
export type Rgba = readonly [number, number, number, number];
export type Fill = Rgba | ((x: number, y: number) => Rgba);

export interface Layer {
  shape: Shape;
  fill: Fill;
}

export function rasterize(width: number, height: number, layers: readonly Layer[], samples = 4): Uint8Array {
  // Which layers cover each pixel corner; a pixel whose four corners agree is painted from one sample.
  const masks = new Uint32Array((width + 1) * (height + 1));
  const maskable = layers.length <= 32;
  if (maskable) {
    for (let gy = 0; gy <= height; gy++) {
      for (let gx = 0; gx <= width; gx++) {
        let mask = 0;
        for (let i = 0; i < layers.length; i++)
          if ((layers[i] as Layer).shape(gx / height, gy / height)) mask |= 1 << i;
        masks[gy * (width + 1) + gx] = mask;
      }
    }
  }
  const out = new Uint8Array(width * height * 4);
  const colour = [0, 0, 0, 0];
  const paint = (x: number, y: number, mask: number | undefined) => {
    let cr = 0,
      cg = 0,
      cb = 0,
      ca = 0;
    for (let i = 0; i < layers.length; i++) {
      const layer = layers[i] as Layer;
      if (mask === undefined ? !layer.shape(x, y) : !(mask & (1 << i))) continue;
      const fill = typeof layer.fill === 'function' ? layer.fill(x, y) : layer.fill;
      const la = fill[3];
      // Premultiplied "over".
      cr = fill[0] * la + cr * (1 - la);
      cg = fill[1] * la + cg * (1 - la);
      cb = fill[2] * la + cb * (1 - la);
      ca = la + ca * (1 - la);
    }
    colour[0] = cr;
    colour[1] = cg;
    colour[2] = cb;
    colour[3] = ca;
  };
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const corner = py * (width + 1) + px;
      const mask = masks[corner] as number;
      const uniform =
        maskable &&
        mask === masks[corner + 1] &&
        mask === masks[corner + width + 1] &&
        mask === masks[corner + width + 2];
      const n = uniform ? 1 : samples;
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          paint((px + (sx + 0.5) / n) / height, (py + (sy + 0.5) / n) / height, uniform ? mask : undefined);
          r += colour[0] as number;
          g += colour[1] as number;
          b += colour[2] as number;
          a += colour[3] as number;
        }
      }
      const i = (py * width + px) * 4;
      out[i] = a > 0 ? Math.round(r / a) : 0;
      out[i + 1] = a > 0 ? Math.round(g / a) : 0;
      out[i + 2] = a > 0 ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

export const everywhere: Shape = () => true;
export const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;
export const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
export const ellipse =
  (cx: number, cy: number, rx: number, ry: number): Shape =>
  (x, y) =>
    ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
export const ring =
  (cx: number, cy: number, inner: number, outer: number): Shape =>
  (x, y) => {
    const d = (x - cx) ** 2 + (y - cy) ** 2;
    return d <= outer * outer && d >= inner * inner;
  };

export function roundRect(x0: number, y0: number, x1: number, y1: number, radius: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + radius - x, 0, x - (x1 - radius));
    const dy = Math.max(y0 + radius - y, 0, y - (y1 - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
}

/** Segment from a to b thickened to `radius`, round ends. */
export function capsule(ax: number, ay: number, bx: number, by: number, radius: number): Shape {
  const vx = bx - ax,
    vy = by - ay;
  const length2 = vx * vx + vy * vy || 1;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / length2));
    return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= radius * radius;
  };
}

/** Even-odd polygon test. */
export function polygon(points: readonly (readonly [number, number])[]): Shape {
  const xs = Float64Array.from(points, (point) => point[0]);
  const ys = Float64Array.from(points, (point) => point[1]);
  const minX = Math.min(...xs),
    maxX = Math.max(...xs),
    minY = Math.min(...ys),
    maxY = Math.max(...ys);
  const count = points.length;
  return (x, y) => {
    if (x < minX || x > maxX || y < minY || y > maxY) return false;
    let inside = false;
    for (let i = 0, j = count - 1; i < count; j = i++) {
      const xi = xs[i] as number,
        yi = ys[i] as number,
        xj = xs[j] as number,
        yj = ys[j] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/** Regular star or polygon: `points` tips alternating between two radii. */
export function star(cx: number, cy: number, outer: number, inner: number, points: number, turn = -Math.PI / 2): Shape {
  return polygon(
    Array.from({ length: points * 2 }, (_, i) => {
      const r = i % 2 === 0 ? outer : inner;
      const angle = turn + (i * Math.PI) / points;
      return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)] as const;
    }),
  );
}

export const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));
export const subtract =
  (shape: Shape, hole: Shape): Shape =>
  (x, y) =>
    shape(x, y) && !hole(x, y);
export const intersect =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && b(x, y);

export function rotate(shape: Shape, angle: number, cx: number, cy: number): Shape {
  const cos = Math.cos(-angle),
    sin = Math.sin(-angle);
  return (x, y) => shape(cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos);
}

export function translate(shape: Shape, dx: number, dy: number): Shape {
  return (x, y) => shape(x - dx, y - dy);
}

export function hex(value: string, alpha = 1): Rgba {
  const n = Number.parseInt(value.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

export function mix(a: Rgba, b: Rgba, t: number): Rgba {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t];
}

export const withAlpha = (color: Rgba, alpha: number): Rgba => [color[0], color[1], color[2], alpha];

export function verticalGradient(top: Rgba, bottom: Rgba): Fill {
  return (_x, y) => mix(top, bottom, Math.max(0, Math.min(1, y)));
}

export function radialGradient(cx: number, cy: number, radius: number, inner: Rgba, outer: Rgba): Fill {
  return (x, y) => mix(inner, outer, Math.min(1, Math.sqrt((x - cx) ** 2 + (y - cy) ** 2) / radius));
}

/** A colour from hue (0–360), saturation and lightness (0–1). */
export function hsl(hue: number, saturation: number, lightness: number): Rgba {
  const k = (n: number) => (n + hue / 30) % 12;
  const a = saturation * Math.min(lightness, 1 - lightness);
  const f = (n: number) => lightness - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255), 1];
}
