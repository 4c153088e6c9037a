import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const manifest = read('package.json');
const lock: { packages: Record<string, LockEntry> } = read('package-lock.json');

/** Where npm would find `name` for the package at `path`: its own node_modules, then each folder above. */
function resolves(path: string, name: string): boolean {
  let at = path;
  for (;;) {
    if (lock.packages[`${at ? `${at}/` : ''}node_modules/${name}`]) return true;
    if (!at) return false;
    const parent = at.lastIndexOf('/node_modules/');
    at = parent < 0 ? '' : at.slice(0, parent);
  }
}

describe('package-lock.json', () => {
  it('records the same dependencies as package.json, so `npm ci` installs what the manifest asks', () => {
    const root = lock.packages[''];
    expect(root?.dependencies ?? {}).toEqual(manifest.dependencies ?? {});
    expect(root?.devDependencies ?? {}).toEqual(manifest.devDependencies ?? {});
  });

  it("records every platform's optional package, so `npm ci` works on Linux, macOS and Windows alike", () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolves(path, name))
        .map((name) => `${path || '(root)'} → ${name}`),
    );
    expect(missing).toEqual([]);
    // The packages a missing platform entry broke before: each has its per-platform builds recorded.
    for (const name of ['@tailwindcss/oxide', 'lightningcss']) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(Object.keys(entry?.optionalDependencies ?? {}).some((dep) => dep.includes('darwin'))).toBe(true);
      expect(Object.keys(entry?.optionalDependencies ?? {}).some((dep) => dep.includes('win32'))).toBe(true);
    }
  });
});
