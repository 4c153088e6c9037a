import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createBungieDemoApp } from './app.ts';
import { crc32, encodePng, PNG_SIGNATURE } from '../art/png.ts';
import { accountPath, allItems, firstAccount, firstCharacterId, getJson, inventoryPath } from './test-support.ts';

const app = createBungieDemoApp();

/** Every icon path a response names, wherever it sits. */
function iconPathsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /\.(png|jpg)$/.test(value)) found.add(value.startsWith('/') ? value : `/${value}`);
  else if (value && typeof value === 'object') for (const child of Object.values(value)) iconPathsIn(child, found);
  return found;
}

function readPng(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('png', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('encodes pixels that decode back', () => {
    const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) & 255);
    const png = encodePng(3, 2, pixels);
    expect(readPng(png)).toEqual({ width: 3, height: 2 });
    const idatLength = new DataView(png.buffer).getUint32(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    const rows = [0, 1].map((y) => raw.subarray(y * 13 + 1, y * 13 + 13));
    expect([...(rows[0] ?? [])]).toEqual([...pixels.subarray(0, 12)]);
    expect([...(rows[1] ?? [])].map((delta, x) => (delta + (pixels[x] ?? 0)) & 255)).toEqual([
      ...pixels.subarray(12, 24),
    ]);
  });
});

describe('icons', () => {
  it('serves a PNG for every icon path named by an inventory, its definitions, the account and the search', async () => {
    const inventory = (await getJson(app, inventoryPath(firstAccount, firstCharacterId, true))).Response;
    const account = (await getJson(app, `${accountPath(firstAccount)}?definitions=true`)).Response;
    const search = (
      await getJson(app, `/Platform/Destiny/SearchDestinyPlayer/-1/${encodeURIComponent(firstAccount.displayName)}/`)
    ).Response;
    const paths = iconPathsIn([inventory, account, search]);
    expect(paths.size).toBeGreaterThan(150);
    expect(allItems(inventory.data).every((item) => item.perks.every((perk: any) => paths.has(perk.iconPath)))).toBe(
      true,
    );
    const emblems = [
      ...Object.values<any>(inventory.definitions.items),
      ...Object.values<any>(account.definitions.items),
    ].filter((item) => item.itemType === 14);
    const banners = new Set(emblems.map((emblem) => emblem.secondaryIcon));
    expect(account.data.characters.every((character: any) => banners.has(character.backgroundPath))).toBe(true);
    for (const path of paths) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
      const { width, height } = readPng(new Uint8Array(await response.arrayBuffer()));
      expect(height).toBe(96);
      expect(width).toBe(banners.has(path) ? 474 : 96);
    }
  }, 60_000);

  it('paints the same bytes every time', async () => {
    const path = '/img/destiny_content/damage_types/arc.png';
    const [a, b] = [
      await (await app.request(path)).arrayBuffer(),
      await (await createBungieDemoApp().request(path)).arrayBuffer(),
    ];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('404s icon paths it never named', async () => {
    for (const path of [
      '/common/destiny_content/icons/00000000000000000000000000000000.png',
      '/img/misc/other.png',
      '/img/destiny_content/damage_types/raid.png',
    ]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});
