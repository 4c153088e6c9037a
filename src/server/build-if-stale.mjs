/**
 * `npm start`'s first step: builds only when a source is newer than the build in dist/, so a start
 * on an up-to-date build is the server's own start-up alone. Plain JavaScript: it runs before any
 * build, on every supported Node, with no TypeScript loader.
 */
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** What the build reads. Tests beside the code are never bundled, so editing one needs no build. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** The build's two halves; the older one dates the build. */
const OUTPUTS = ['dist/client/index.html', 'dist/server/node-entry.js'];
const isTest = (name) => /\.test\.tsx?$/.test(name);

const mtime = (path) => statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs;

/** The first source under `path` changed after `builtAt`, or undefined. */
function newerSource(path, builtAt) {
  const stats = statSync(join(root, path), { throwIfNoEntry: false });
  if (!stats) return undefined;
  if (!stats.isDirectory()) return stats.mtimeMs > builtAt ? path : undefined;
  for (const entry of readdirSync(join(root, path), { withFileTypes: true })) {
    if (entry.isFile() && isTest(entry.name)) continue;
    const found = newerSource(join(path, entry.name), builtAt);
    if (found) return found;
  }
  return undefined;
}

/** Why the build in dist/ is out of date, or undefined when it is not. */
function staleReason() {
  const built = OUTPUTS.map(mtime);
  if (built.includes(undefined)) return 'no build in dist/';
  const builtAt = Math.min(...built);
  for (const path of SOURCES) {
    const changed = newerSource(path, builtAt);
    if (changed) return `${changed} changed since the last build`;
  }
  return undefined;
}

const reason = staleReason();
if (reason) {
  console.log(`${reason}: building`);
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
