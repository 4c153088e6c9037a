import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/index.css', 'utf8');
const lightBlock = css.slice(css.indexOf('@media (prefers-color-scheme: light)'));
const paired = new Set([...lightBlock.matchAll(/--color-([a-z]+-\d+|white):/g)].map((match) => match[1]!));

/** Shades that read well on both grounds, and so are the same in both schemes. */
const sameInBoth = new Set(['slate-500']);

/** Every Tailwind palette shade named in the app's components (including `white` as a colour utility). */
function shadesUsed(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.tsx') || file.endsWith('.test.tsx')) continue;
    const source = readFileSync(join('src', file), 'utf8');
    const shades = [
      ...source.matchAll(
        /\b(?:slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose)-(?:50|[1-9]00|950)\b/g,
      ),
      ...source.matchAll(/\b(?:text|bg|border|ring|from|via|to|fill|stroke|divide|outline)-(white)\b/g),
    ].map((match) => match[1] ?? match[0]);
    for (const shade of shades) if (!used.has(shade)) used.set(shade, file);
  }
  return used;
}

describe('the light scheme (index.css)', () => {
  it('gives every palette shade the components use a light counterpart, or says it is the same in both', () => {
    const unpaired = [...shadesUsed()]
      .filter(([shade]) => !paired.has(shade) && !sameInBoth.has(shade))
      .map(([shade, file]) => `${shade} (${file})`);
    expect(unpaired).toEqual([]);
  });
});
