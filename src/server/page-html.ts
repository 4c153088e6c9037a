import { appPageOf, appPages } from '../shared/app-routes.ts';

/** The build manifest's entries that matter here (Vite's `build.manifest`), by source path. */
export type BuildManifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

export interface PageHtml {
  /** The page's route pattern: one HTML per pattern. */
  key: string;
  html: string;
}

/**
 * The app's index.html for each page, with `<link rel="modulepreload">` for the route modules its
 * link will load and the parsers its loaders' calls will need: a cold link then fetches the route's
 * code alongside the shell's instead of after it. Chunks the entry already loads are left out; with
 * no manifest (a development server) every page gets the plain index.html.
 */
export function createPageHtml(indexHtml: string, manifest: BuildManifest) {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const loaded = new Set<string>();
  const collect = (key: string, into: Set<string>) => {
    if (into.has(key) || loaded.has(key) || !manifest[key]) return;
    into.add(key);
    for (const imported of manifest[key].imports ?? []) collect(imported, into);
  };
  if (entry) for (const key of Object.keys(manifest)) if (manifest[key] === entry) collect(key, loaded);
  const pages = new Map<string, PageHtml>(
    appPages.map(({ pattern, modules, parsers = [] }) => {
      const chunks = new Set<string>();
      for (const module of [...modules, ...parsers]) collect(module, chunks);
      const links = [...chunks].map((key) => `<link rel="modulepreload" crossorigin href="/${manifest[key]!.file}">`);
      const html = links.length
        ? indexHtml.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`)
        : indexHtml;
      return [pattern, { key: pattern, html }];
    }),
  );
  return {
    all: [...pages.values()],
    /** The HTML of the page at `pathname`, or null for a path no route has. */
    pageOf: (pathname: string): PageHtml | null => {
      const page = appPageOf(pathname);
      return page ? pages.get(page.pattern)! : null;
    },
  };
}

/** Adds the app's code to a page with a first screen, once that screen is drawn (see codeAfterFirstPaint). */
export const FIRST_SCREEN_BOOT = '/first-screen-boot.js';

const CODE_TAGS =
  /\s*<(script type="module" crossorigin src|link rel="modulepreload" crossorigin href)="([^"]+)">(?:<\/script>)?/g;

/**
 * A page sent with its first screen (link-preview.ts) paints from its HTML and CSS alone, so its
 * code waits for that paint: fetched and compiled alongside, it took the CPU the first frame
 * needed (a cold inventory link on two cores: first tile 355 to 255 ms, median of 20, with the
 * app taking over about 90 ms later). The page's module script and module preloads, which compile
 * what they fetch, become one small deferred script that adds them after the first frame
 * (public/first-screen-boot.js). The same files are still fetched at once, at low priority and
 * without compiling, so a slow network does not add their download to the app's start: fetched
 * at their usual priority they cost the first tile 76 ms; at low, 9 ms (within the noise) for a
 * takeover 47 ms sooner even on loopback (A/B, 20 loads each).
 */
export function codeAfterFirstPaint(html: string): string {
  const entries: string[] = [];
  const preloads: string[] = [];
  const rest = html.replace(CODE_TAGS, (_tag, kind: string, href: string) => {
    (kind.startsWith('script') ? entries : preloads).push(href);
    return '';
  });
  // As it is where the build's tags are not the one entry this knows (a development server's
  // `/src/main.tsx` has no `crossorigin`), rather than a page with part of its code left out.
  if (entries.length !== 1) return html;
  const entry = entries[0]!;
  const boot = `<script defer src="${FIRST_SCREEN_BOOT}" data-entry="${entry}" data-preload="${preloads.join(' ')}"></script>`;
  const fetches = [entry, ...preloads].map(
    (href) => `<link rel="preload" as="script" crossorigin fetchpriority="low" href="${href}">`,
  );
  return rest.replace('</head>', () => `\n    ${[...fetches, boot].join('\n    ')}\n  </head>`);
}
