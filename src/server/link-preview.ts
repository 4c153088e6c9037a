import * as v from 'valibot';
import { stackDetail } from '../inventory/inventory-lookup.ts';
import type { Item } from '../inventory/model.ts';
import { adaptCharacterInventory } from '../providers/destiny/adapt-inventory.ts';
import { adaptItemDetail } from '../providers/destiny/adapt-item-detail.ts';
import { unwrapEnvelope } from '../providers/destiny/envelope.ts';
import { destinyApiPaths } from '../providers/destiny/paths.ts';
import { characterInventorySchema, itemDetailSchema } from '../providers/destiny/schema.ts';

/** The app's item URLs: `/destiny/:membershipType/:membershipId/:characterId/items/:itemInstanceId`. */
const ITEM_URL = /^\/destiny\/([12])\/(\d{1,20})\/(\d{1,20})\/items\/(\d{1,20})\/?$/;
const HASH = /^\d{1,20}$/;
/** A chat app's crawler waits a few seconds at most; past this the page goes out without tags. */
const DEFAULT_WAIT_MS = 2_000;

/** The API, called in-process; `env` is the visitor's runtime context, passed through for their rate limit. */
type Api = (request: Request, env?: unknown) => Response | Promise<Response>;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => entities[char]!);

/** The item behind an item URL, asked of the proxy exactly as the browser asks, so both share its cache. */
async function findItem(api: Api, env: unknown, origin: string, url: URL): Promise<Item | null> {
  const [, type, membershipId, characterId, itemId] = ITEM_URL.exec(url.pathname)!;
  const get = async (path: string) => unwrapEnvelope(await (await api(new Request(origin + path), env)).json());
  if (itemId !== '0') {
    const raw = v.parse(itemDetailSchema, await get(destinyApiPaths.item(Number(type), membershipId!, characterId!, itemId!)));
    return adaptItemDetail(raw).detail.item;
  }
  const hash = url.searchParams.get('hash');
  if (!hash || !HASH.test(hash)) return null;
  const raw = v.parse(characterInventorySchema, await get(destinyApiPaths.inventory(Number(type), membershipId!, characterId!)));
  return stackDetail(adaptCharacterInventory(raw), hash)?.item ?? null;
}

function previewTags(item: Item, pageUrl: string, origin: string): string {
  const kind = [item.tierName, item.typeName].filter(Boolean).join(' ');
  const power = item.primaryStat ? `${item.primaryStat.value} ${item.primaryStat.name}` : '';
  const description = [kind, power, item.damageType?.name].filter(Boolean).join(' · ');
  const tags: [string, string, string | null][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Gearview'],
    ['property', 'og:title', item.name],
    ['property', 'og:description', description],
    ['property', 'og:url', pageUrl],
    ['property', 'og:image', item.icon && origin + item.icon],
    ['name', 'twitter:card', 'summary'],
    ['name', 'twitter:title', item.name],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', item.icon && origin + item.icon],
    ['name', 'description', description],
  ];
  return tags
    .filter(([, , content]) => content)
    .map(([attribute, key, content]) => `<meta ${attribute}="${key}" content="${escapeHtml(content!)}" />`)
    .join('\n    ');
}

/**
 * Answers item URLs with the app's index.html carrying Open Graph and Twitter card tags, so a
 * pasted link unfurls in chat apps; the page still boots as the SPA. Any failure, or a slow
 * upstream, gets the plain page. Returns null for every other URL.
 */
export function createLinkPreview(deps: { api: Api; indexHtml: string; waitMs?: number }) {
  const plain = () => html(deps.indexHtml);
  return async (request: Request, env?: unknown): Promise<Response | null> => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || !ITEM_URL.test(url.pathname)) return null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), deps.waitMs ?? DEFAULT_WAIT_MS)));
    try {
      const item = await Promise.race([findItem(deps.api, env, url.origin, url), timeout]);
      if (!item) return plain();
      const head = `  ${previewTags(item, url.href, url.origin)}\n  </head>`;
      // Function replacers: upstream text must never be read as a `$&`-style replacement pattern.
      const titled = deps.indexHtml.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(item.name)} · Gearview</title>`);
      return html(titled.replace('</head>', () => head));
    } catch {
      return plain();
    } finally {
      clearTimeout(timer);
    }
  };
}

function html(body: string): Response {
  return new Response(body, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
}
