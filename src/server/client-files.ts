import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { acceptsEncoding } from './body-encoding.ts';
import { FIRST_SCREEN_BOOT, type PageHtml } from './page-html.ts';

interface ClientFile {
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
  contentType: string;
  cacheControl: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.map', '.txt', '.svg']);
const MIN_COMPRESSED_BYTES = 1024;
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Where the build leaves each file's compressed forms, beside it (see vite-build-plugins.ts). */
export const PRECOMPRESSED_SUFFIX = { br: '.br', gzip: '.gz' } as const;

/**
 * Serves the built browser app from memory. The build is small and fixed for the life of the
 * process, so every file is read once, at start, with the compressed forms the build made beside
 * it; maximum brotli takes seconds on the bundles, too slow to do at every start.
 */
export async function loadClientFiles(
  dir: string,
  /**
   * The app's pages, each its own index.html (see page-html.ts); a path none has gets the plain
   * index.html (the app's not-found view) as a 404. Unset, every path is index.html.
   */
  pages?: { all: PageHtml[]; pageOf(pathname: string): PageHtml | null },
): Promise<(request: Request) => Response> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const locations = new Set(
    entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)),
  );
  const suffixes = Object.values(PRECOMPRESSED_SUFFIX);
  const isCompressedForm = (location: string) =>
    suffixes.some((suffix) => location.endsWith(suffix) && locations.has(location.slice(0, -suffix.length)));
  const readIfBuilt = (location: string) => (locations.has(location) ? readFile(location) : undefined);
  // In parallel: zlib runs on the thread pool, for files the build did not compress (public/).
  const loaded = await Promise.all(
    [...locations]
      .filter((location) => !isCompressedForm(location))
      .map(async (location) => {
        const path = `/${relative(dir, location).split(sep).join('/')}`;
        const [identity, br, gzip] = await Promise.all([
          readFile(location),
          readIfBuilt(location + PRECOMPRESSED_SUFFIX.br),
          readIfBuilt(location + PRECOMPRESSED_SUFFIX.gzip),
        ]);
        const compressed = br && gzip ? { br, gzip } : await compressedForms(path, identity);
        return [path, clientFile(path, identity, compressed)] as const;
      }),
  );
  const files = new Map(loaded);
  const index = files.get('/index.html');
  if (!index) throw new Error(`No built app in ${dir}: run "npm run build" first.`);
  const pageFiles = new Map(
    await Promise.all(
      (pages?.all ?? []).map(async ({ key, html }) => {
        const identity = Buffer.from(html);
        return [key, clientFile('/index.html', identity, await compressedForms('/index.html', identity))] as const;
      }),
    ),
  );

  return (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method Not Allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const path = new URL(request.url).pathname;
    const file = files.get(path);
    if (file) return respond(file, request);
    // A missing hashed asset is a stale page asking for an old build: HTML in its place would only confuse.
    if (path.startsWith('/assets/')) return new Response('Not Found', { status: 404 });
    // Every other path is a client route (a share link), rendered by the app from index.html.
    if (!pages) return respond(index, request);
    const page = pages.pageOf(path);
    return page ? respond(pageFiles.get(page.key)!, request) : respond(index, request, 404);
  };
}

/** A file's brotli and gzip forms, at maximum compression; none where compressing would not pay. */
export async function compressedForms(path: string, identity: Buffer): Promise<{ br?: Buffer; gzip?: Buffer }> {
  if (!COMPRESSIBLE.has(extname(path).toLowerCase()) || identity.byteLength < MIN_COMPRESSED_BYTES) return {};
  const [br, gzip] = await Promise.all([
    brotliAsync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzipAsync(identity, { level: 9 }),
  ]);
  return { br, gzip };
}

function clientFile(path: string, identity: Buffer, { br, gzip }: { br?: Buffer; gzip?: Buffer }): ClientFile {
  const extension = extname(path).toLowerCase();
  return {
    identity,
    br,
    gzip,
    contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
    cacheControl: path.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable' // names carry a content hash
      : path === '/index.html' || path === FIRST_SCREEN_BOOT
        ? 'no-cache' // must always point at (or read its pointers to) the current hashed assets
        : 'public, max-age=3600',
  };
}

function respond(file: ClientFile, request: Request, status = 200): Response {
  const accept = request.headers.get('Accept-Encoding') ?? undefined;
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Cache-Control': file.cacheControl,
  };
  let body = file.identity;
  if (file.br || file.gzip) {
    headers.Vary = 'Accept-Encoding';
    if (file.br && acceptsEncoding(accept, 'br')) {
      body = file.br;
      headers['Content-Encoding'] = 'br';
    } else if (file.gzip && acceptsEncoding(accept, 'gzip')) {
      body = file.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
  }
  return new Response(request.method === 'HEAD' ? null : (body as BodyInit), { status, headers });
}
