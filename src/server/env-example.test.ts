import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The variables of README.md's configuration table: the first cell of each row. */
function documentedVariables(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('\n## Configuration\n')).split(/\n## /)[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map(([, name]) => name!));
}

describe('.env.example', () => {
  it("lists exactly the README's configuration variables", () => {
    const example = readFileSync('.env.example', 'utf8');
    const listed = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map(([, name]) => name!);
    expect(documentedVariables().length).toBeGreaterThan(20);
    expect([...listed].sort()).toEqual([...documentedVariables()].sort());
  });
});
