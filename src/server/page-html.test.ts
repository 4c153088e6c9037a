import { describe, expect, it } from 'vitest';
import { codeAfterFirstPaint, createPageHtml, type BuildManifest } from './page-html.ts';

const INDEX = '<html><head><title>Gearview</title></head><body></body></html>';
const manifest: BuildManifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_shared-1.js'] },
  '_shared-1.js': { file: 'assets/shared-1.js' },
  '_frame-1.js': { file: 'assets/frame-1.js', imports: ['_shared-1.js'] },
  '_schema-1.js': { file: 'assets/schema-1.js', imports: ['_shared-1.js'] },
  'src/routes/destiny-inventory.tsx': { file: 'assets/inventory-1.js', imports: ['_frame-1.js', '_shared-1.js'] },
  'src/providers/destiny/read-responses.ts': { file: 'assets/read-responses-1.js', imports: ['_schema-1.js'] },
};

describe('createPageHtml', () => {
  it("preloads a page's route modules and its calls' parsers, and what they import, leaving out what the entry loads", () => {
    const pages = createPageHtml(INDEX, manifest);
    const { html } = pages.pageOf('/destiny/2/4611686018467284913/2305843009301840156')!;
    expect(html.match(/href="[^"]+"/g)).toEqual([
      'href="/assets/inventory-1.js"',
      'href="/assets/frame-1.js"',
      'href="/assets/read-responses-1.js"',
      'href="/assets/schema-1.js"',
    ]);
    expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/inventory-1.js">\s+<link/);
    expect(html.endsWith('</head><body></body></html>')).toBe(true);
  });

  it('gives a page the plain index.html without a manifest, and no page to a path no route has', () => {
    const pages = createPageHtml(INDEX, {});
    expect(pages.pageOf('/xbox/inventory')!.html).toBe(INDEX);
    expect(pages.pageOf('/destiny/2/4611686018467284913/compare')!.key).toBe(
      '/destiny/:membershipType/:membershipId/compare',
    );
    expect(pages.pageOf('/nowhere')).toBeNull();
  });

  it("moves a page's module script and preloads into the first screen's boot script, in their order", () => {
    const html = createPageHtml(
      INDEX.replace('</head>', '<script type="module" crossorigin src="/assets/index-1.js"></script></head>'),
      manifest,
    ).pageOf('/destiny/2/4611686018467284913/2305843009301840156')!.html;
    const booted = codeAfterFirstPaint(html);
    expect(booted).not.toMatch(/type="module"|modulepreload/);
    // Fetched at once all the same, at low priority and without compiling.
    expect(booted.match(/<link rel="preload" as="script" crossorigin fetchpriority="low" href="[^"]+">/g)).toHaveLength(
      5,
    );
    expect(booted).toContain(
      '<script defer src="/first-screen-boot.js" data-entry="/assets/index-1.js" ' +
        'data-preload="/assets/inventory-1.js /assets/frame-1.js /assets/read-responses-1.js /assets/schema-1.js"></script>',
    );
    // Left as it is: a page with no module script, a development server's (no `crossorigin`), and
    // one with two entries, rather than losing one.
    expect(codeAfterFirstPaint(INDEX)).toBe(INDEX);
    const dev = INDEX.replace('</head>', '<script type="module" src="/src/main.tsx"></script></head>');
    expect(codeAfterFirstPaint(dev)).toBe(dev);
    const twice = html.replace(
      '</head>',
      '<script type="module" crossorigin src="/assets/other-1.js"></script></head>',
    );
    expect(codeAfterFirstPaint(twice)).toBe(twice);
  });
});
