/** Every icon path the demo names, resolved to a painted PNG (painted once, then cached). */

import { catalog } from './catalog.ts';
import { damageTypes } from './damage-types.ts';
import { missingIcon, platformIcons, type IconAsset } from './icon-assets.ts';
import type { IconSpec } from '../art/icon-spec.ts';
import { paintIcon } from '../art/icon-painter.ts';
import { progressionTable } from './progressions.ts';
import { statTable } from './stats.ts';

function* namedIcons(): Generator<IconAsset> {
  yield missingIcon;
  yield* Object.values(platformIcons);
  for (const stat of statTable) yield stat.icon;
  for (const progression of progressionTable) yield progression.icon;
  for (const type of damageTypes) yield* [type.icon, type.transparentIcon];
  for (const item of catalog) {
    yield* [item.icon, item.secondaryIcon];
    for (const perk of item.perks) yield perk.icon;
    for (const step of item.grid?.nodes.flatMap((node) => node.steps) ?? []) {
      yield step.icon;
      for (const perk of step.perks) yield perk.icon;
    }
  }
}

let registry: Map<string, IconSpec> | undefined;
const pngs = new Map<string, Uint8Array<ArrayBuffer>>();

/** `transparentIconPath` is written without a leading slash; requests always have one. */
const urlPath = (path: string) => (path.startsWith('/') ? path : `/${path}`);

function iconPaths(): Map<string, IconSpec> {
  if (!registry) {
    registry = new Map();
    for (const icon of namedIcons()) registry.set(urlPath(icon.path), icon.spec);
  }
  return registry;
}

/** The PNG for a request path, or undefined when the demo names no such icon. */
export function iconPng(path: string): Uint8Array<ArrayBuffer> | undefined {
  let png = pngs.get(path);
  if (!png) {
    const spec = iconPaths().get(path);
    if (!spec) return undefined;
    png = paintIcon(spec);
    pngs.set(path, png);
  }
  return png;
}
