import { serve } from '@hono/node-server';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createBungieDemoApp } from '../../src/demo/bungie/app.ts';
import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';

/**
 * A Bungie that serves real-size characters: the demo's big-vault account, each character cut
 * down to `items` items across its buckets, every item under a definition of its own with an icon
 * of its own, and every icon answered after `iconDelayMs`, as bungie.net's image host answers a
 * cold icon. Each character gets its own icon names, so a run on another character starts
 * uncached however warm the proxy is. Everything else is the demo Bungie, unchanged.
 */
export interface RealSizeBungie {
  origin: string;
  /** `/destiny/...` page paths of the account's characters. */
  characterPages: string[];
  /** Icon requests the upstream has answered, and the most it had in flight at once. */
  iconStats(): Promise<IconStats>;
  close(): Promise<void>;
}

interface IconStats {
  served: number;
  peakInFlight: number;
}

const STATS_PATH = '/__real-size/icons';

const KEY_HEADER = { 'X-API-Key': 'real-size' };
const INVENTORY = /^\/(?:d1\/)?Platform\/Destiny\/\d+\/Account\/(\d+)\/Character\/(\d+)\/Inventory\/?$/i;
/** Above every hash the demo uses, below 2^32: Bungie's hashes are unsigned 32-bit. */
const FIRST_HASH = 3_900_000_000;

interface RawItem {
  itemHash: number | string;
}
interface RawBucket {
  items: RawItem[];
}
interface RawInventory {
  Response: {
    data: { buckets: Record<string, RawBucket[]> };
    definitions?: { items: Record<string, { icon?: string } & Record<string, unknown>> };
  };
}

interface Options {
  items: number;
  iconDelayMs: number;
}

/**
 * Runs it in a process of its own, so its answers are not held up by whatever the caller is doing
 * (a browser driver handles an event per request): the timings are the proxy's and Chromium's.
 */
export async function spawnRealSizeBungie(options: Options): Promise<RealSizeBungie> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the real-size upstream exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  const origin = (JSON.parse(firstLine) as { origin: string }).origin;
  return {
    origin,
    characterPages: characterPages(),
    iconStats: async () => (await (await fetch(`${origin}${STATS_PATH}`)).json()) as IconStats,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const bigAccount = () => bungieDemoDirectory.accounts.find((candidate) => candidate.inventorySize)!;
const characterPages = () => {
  const account = bigAccount();
  return account.characters.map(
    (character) => `/destiny/${account.membershipType}/${account.membershipId}/${character.characterId}`,
  );
};

async function startRealSizeBungie(options: Options): Promise<string> {
  const demo = createBungieDemoApp();
  const account = bigAccount();
  /** Icon path of ours → the demo icon whose bytes it serves. */
  const iconSources = new Map<string, string>();
  const icons = { served: 0, peakInFlight: 0 };
  let inFlight = 0;

  function cutDown(body: RawInventory, characterIndex: number): RawInventory {
    const { data, definitions } = body.Response;
    if (!definitions) return body;
    const buckets = Object.values(data.buckets).flat();
    // Round robin over the buckets, so each keeps its first (equipped) items and the cut stays spread.
    const kept = buckets.map(() => 0);
    for (
      let taken = 0, round = 0;
      taken < options.items && buckets.some((bucket) => bucket.items.length > round);
      round++
    ) {
      buckets.forEach((bucket, i) => {
        if (taken >= options.items || bucket.items.length <= round) return;
        kept[i]!++;
        taken++;
      });
    }
    buckets.forEach((bucket, i) => (bucket.items = bucket.items.slice(0, kept[i])));
    let serial = 0;
    for (const item of buckets.flatMap((bucket) => bucket.items)) {
      const hash = FIRST_HASH + characterIndex * 100_000 + serial++;
      const definition = definitions.items[String(item.itemHash)]!;
      const icon = `/common/destiny_content/icons/${hash.toString(16).padStart(32, '0')}.png`;
      if (definition.icon)
        iconSources.set(icon, definition.icon.startsWith('/') ? definition.icon : `/${definition.icon}`);
      definitions.items[String(hash)] = { ...definition, itemHash: hash, icon };
      item.itemHash = typeof item.itemHash === 'string' ? String(hash) : hash;
    }
    return body;
  }

  /** Cut-down answers by character id, made before the server listens: building one parses 16 MB. */
  const inventories = new Map<string, string>();
  await Promise.all(
    account.characters.map(async (character, i) => {
      const path = `/d1/Platform/Destiny/${account.membershipType}/Account/${account.membershipId}/Character/${character.characterId}/Inventory/?definitions=true`;
      const upstream = await demo.request(path, { headers: KEY_HEADER });
      inventories.set(character.characterId, JSON.stringify(cutDown((await upstream.json()) as RawInventory, i)));
    }),
  );
  // The demo paints each icon on first request; painting them all now makes the upstream what it
  // stands for, a host that answers every icon after `iconDelayMs`, not one busy painting.
  for (const source of new Set(iconSources.values())) await (await demo.request(source)).arrayBuffer();

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === STATS_PATH) return Response.json(icons);
    const inventory = INVENTORY.exec(url.pathname);
    const body = inventory?.[1] === account.membershipId ? inventories.get(inventory[2]!) : undefined;
    if (body && url.searchParams.get('definitions') === 'true') {
      return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    }
    if (!url.pathname.startsWith('/common/') && !url.pathname.startsWith('/img/')) return demo.fetch(request);
    inFlight++;
    icons.peakInFlight = Math.max(icons.peakInFlight, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, options.iconDelayMs));
      icons.served++;
      return await demo.request(iconSources.get(url.pathname) ?? url.pathname);
    } finally {
      inFlight--;
    }
  }

  const port = await new Promise<number>((resolve) => {
    serve({ fetch: answer, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => resolve(info.port));
  });
  return `http://127.0.0.1:${port}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const origin = await startRealSizeBungie(JSON.parse(process.argv[2]!) as Options);
  process.stdout.write(`${JSON.stringify({ origin })}\n`);
}
