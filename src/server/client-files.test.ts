import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClientFiles } from './client-files.ts';
import { createPageHtml } from './page-html.ts';

const INDEX = '<!doctype html><title>Gearview</title><script type="module" src="/assets/index-abc123.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;

let dir: string;
let serve: (request: Request) => Response;
const get = (path: string, headers: Record<string, string> = {}) =>
  serve(new Request(`http://localhost${path}`, { headers }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gearview-client-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), INDEX);
  await writeFile(join(dir, 'assets', 'index-abc123.js'), SCRIPT);
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, 'first-screen-boot.js'), '(() => {})();');
  serve = await loadClientFiles(dir, createPageHtml(INDEX, {}));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loadClientFiles', () => {
  it('serves hashed assets as immutable, compressed as the client allows', async () => {
    const response = get('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip, br' });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(SCRIPT);
    expect(get('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip' }).headers.get('content-encoding')).toBe('gzip');
    expect(await get('/assets/index-abc123.js').text()).toBe(SCRIPT);
  });

  it('answers deep links with index.html, uncached', async () => {
    for (const path of ['/', '/destiny/2/4611686018428389840/2305843009260606767', '/xbox/inventory?state=Enabled']) {
      const response = get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX);
    }
  });

  it("answers a path no route has with the app's page, as a 404 its not-found view explains", async () => {
    for (const path of ['/destiny', '/nope', '/xbox/items', '/playfab/E3F1A/players/6C0F9A2E41B7D358/extra/bits']) {
      const response = get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves other files and refuses missing assets', async () => {
    expect(get('/favicon.svg').headers.get('content-type')).toBe('image/svg+xml');
    expect(get('/favicon.svg').headers.get('cache-control')).toBe('public, max-age=3600');
    // It reads the page's pointers to the hashed assets: never a stale copy of it.
    expect(get('/first-screen-boot.js').headers.get('cache-control')).toBe('no-cache');
    expect(get('/assets/index-old999.js').status).toBe(404);
    expect(serve(new Request('http://localhost/', { method: 'POST' })).status).toBe(405);
  });

  it("serves the build's own compressed forms as they are, not as files of their own", async () => {
    const built = await mkdtemp(join(tmpdir(), 'gearview-precompressed-'));
    await mkdir(join(built, 'assets'));
    await writeFile(join(built, 'index.html'), INDEX);
    const script = join(built, 'assets', 'index-abc123.js');
    // Fast, not maximum, compression: bytes the server would never make itself, so they can only be read.
    const br = brotliCompressSync(SCRIPT, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } });
    const gzip = gzipSync(SCRIPT, { level: 1 });
    await Promise.all([writeFile(script, SCRIPT), writeFile(`${script}.br`, br), writeFile(`${script}.gz`, gzip)]);
    const served = await loadClientFiles(built);
    const getBuilt = (path: string, encoding: string) =>
      served(new Request(`http://localhost${path}`, { headers: { 'Accept-Encoding': encoding } }));
    expect(Buffer.from(await getBuilt('/assets/index-abc123.js', 'br').arrayBuffer())).toEqual(br);
    expect(Buffer.from(await getBuilt('/assets/index-abc123.js', 'gzip').arrayBuffer())).toEqual(gzip);
    expect(getBuilt('/assets/index-abc123.js.br', 'br').status).toBe(404);
    await rm(built, { recursive: true });
  });

  it('refuses to start without a build', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'gearview-empty-'));
    await expect(loadClientFiles(empty)).rejects.toThrow(/npm run build/);
    await rm(empty, { recursive: true });
  });
});
