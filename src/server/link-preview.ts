import { destinyItemSummary, isDestinyItemUrl, type ItemSummary } from '../shared/destiny-item-summary.ts';

/** A chat app's crawler waits a few seconds at most; past this the page goes out without tags. */
const DEFAULT_WAIT_MS = 2_000;
/**
 * Previews being made at once. A stack's preview reads its whole inventory (megabytes for a big
 * vault) and the work goes on past the wait, so beyond this the page goes out plain at once: a
 * flood of item links costs the server no more memory than this many inventories.
 */
const DEFAULT_MAX_IN_FLIGHT = 2;

/** The API, called in-process; `env` is the visitor's runtime context, passed through for their rate limit. */
type Api = (request: Request, env?: unknown) => Response | Promise<Response>;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => entities[char]!);

function previewTags(item: ItemSummary, pageUrl: string, origin: string): string {
  const { description } = item;
  const image = item.image && origin + item.image;
  const tags: [string, string, string | null][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Gearview'],
    ['property', 'og:title', item.title],
    ['property', 'og:description', description],
    ['property', 'og:url', pageUrl],
    ['property', 'og:image', image],
    ['name', 'twitter:card', 'summary'],
    ['name', 'twitter:title', item.title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
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
export function createLinkPreview(deps: { api: Api; indexHtml: string; waitMs?: number; maxInFlight?: number }) {
  const plain = () => html(deps.indexHtml);
  const maxInFlight = deps.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  let inFlight = 0;
  return async (request: Request, env?: unknown): Promise<Response | null> => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || !isDestinyItemUrl(url.pathname)) return null;
    if (inFlight >= maxInFlight) return plain();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>(
      (resolve) => (timer = setTimeout(() => resolve(null), deps.waitMs ?? DEFAULT_WAIT_MS)),
    );
    try {
      // Asked of the proxy exactly as the browser asks, so both share its cache.
      const getJson = async (path: string) => (await deps.api(new Request(url.origin + path), env)).json();
      // Counted until the work itself ends, not the wait: a slow summary still holds its memory.
      inFlight++;
      const summary = destinyItemSummary(getJson, url).finally(() => inFlight--);
      const item = await Promise.race([summary, timeout]);
      if (!item) return plain();
      const head = `  ${previewTags(item, url.href, url.origin)}\n  </head>`;
      // Function replacers: upstream text must never be read as a `$&`-style replacement pattern.
      const titled = deps.indexHtml.replace(
        /<title>[^<]*<\/title>/,
        () => `<title>${escapeHtml(item.title)} · Gearview</title>`,
      );
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
