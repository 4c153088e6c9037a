import type { Plugin } from 'vite';

/** Placeholder replaced by the proxy work: mounts /api into the Vite dev server. */
export function devApi(): Plugin {
  return { name: 'gearview-dev-api' };
}
