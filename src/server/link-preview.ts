import { FIRST_SCREEN_ID } from '../first-screen/first-screen-id.ts';
import { isAppPath } from '../shared/app-routes.ts';
import type { ItemSummary, ReadApi } from '../shared/destiny-item-summary.ts';
import {
  isNotFound,
  PageNotFound,
  pageProvider,
  pageSummary,
  privateSummary,
  type PageProvider,
} from '../shared/page-summary.ts';
import { negotiateBody, type Gzip } from './body-encoding.ts';
import { codeAfterFirstPaint } from './page-html.ts';
import { askKeptOnly, watchServedBody, type ServedBody } from './served-body.ts';
import { createTokenBuckets } from './token-bucket.ts';

/** A chat app's crawler waits a few seconds at most; past this the page goes out without tags. */
const DEFAULT_WAIT_MS = 2_000;
/**
 * Previews being made at once. A stack's preview reads its whole inventory (megabytes for a big
 * vault) and the work goes on past the wait, so beyond this the page goes out plain at once: a
 * flood of item links costs the server no more memory than this many inventories.
 */
const DEFAULT_MAX_IN_FLIGHT = 2;
/**
 * Answers larger than this get no preview: parsing one costs the main thread hundreds of
 * milliseconds and many times its size in memory, which a chat app's unfurl is not worth.
 */
const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
/**
 * First screens rendered a second, for the whole server: each is about 10 ms of the one event
 * loop, so past this a page goes out without one (the app draws it), and no number of clients
 * spread over many addresses can spend more than a fifth of a core on them.
 */
const DEFAULT_FIRST_SCREENS_PER_SECOND = 20;
/** What previews keep parsed, counted by the bytes of the answers they came from (parsed, a few times more). */
const PARSED_KEPT_BYTES = 16 * 1024 * 1024;

/** The API, called in-process; `env` is the visitor's runtime context, passed through for their rate limit. */
type Api = (request: Request, env?: unknown) => Response | Promise<Response>;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => entities[char]!);

/** `og:url` and `og:image` must be absolute: without a configured public origin they are left out, never guessed from Host. */
function previewTags(item: ItemSummary, pageUrl: URL, publicOrigin: string | undefined): string {
  const { description } = item;
  const image = publicOrigin && item.image ? publicOrigin + item.image : null;
  const url = publicOrigin ? publicOrigin + pageUrl.pathname + pageUrl.search : null;
  const tags: [string, string, string | null][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Gearview'],
    ['property', 'og:title', item.title],
    ['property', 'og:description', description],
    ['property', 'og:url', url],
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
 * What `parse` made of a served answer, made once per answer: the answer is the cache's own
 * object, the same for as long as the cache keeps it. The least recently used go first past
 * `maxBytes` of answers; a failed parse is not kept.
 */
export function createParsedAnswers(maxBytes: number) {
  const kept = new Map<ServedBody, { parse: (json: unknown) => unknown; value: unknown }>();
  const utf8 = new TextDecoder();
  let bytes = 0;
  return <T>(body: ServedBody, parse: (json: unknown) => T): T => {
    const found = kept.get(body);
    if (found?.parse === parse) {
      kept.delete(body);
      kept.set(body, found);
      return found.value as T;
    }
    const value = parse(JSON.parse(utf8.decode(body.bytes)));
    if (found) kept.delete(body);
    else bytes += body.bytes.byteLength;
    kept.set(body, { parse, value });
    for (const [oldest] of kept) {
      if (bytes <= maxBytes) break;
      kept.delete(oldest);
      bytes -= oldest.bytes.byteLength;
    }
    return value;
  };
}

/**
 * Answers the app's pages with its index.html carrying Open Graph and Twitter card tags, so a
 * pasted link unfurls in chat apps; the page still boots as the SPA. A page whose provider says
 * it names nothing is a 404; any other failure, or a slow upstream, gets the plain page. Pages of
 * `privateProviders` say what kind of page they are and nothing of their data. Returns null for
 * every URL that is no provider's page.
 */
export function createLinkPreview(deps: {
  api: Api;
  /** The app's page: one for all, or each path's own (page-html.ts). */
  indexHtml: string | ((pathname: string) => string);
  /** Where people reach this server (PUBLIC_ORIGIN): `og:url` and `og:image` are built on it. */
  publicOrigin?: string;
  /** Providers behind sign-in. */
  privateProviders?: readonly PageProvider[];
  /**
   * The page's first screen as HTML, or null for a page that has none. Its `read` answers only
   * from what the proxy keeps (a first screen never calls upstream itself, so it neither spends
   * the page's rate budget nor holds a cold link's HTML for an upstream answer) and shares the
   * previews' parsed answers and wait. Sent ahead of the app's root, it shows a shared link's
   * heading and content before the app's script has run.
   */
  firstScreen?: (read: ReadApi, url: URL) => Promise<string | null>;
  waitMs?: number;
  maxInFlight?: number;
  maxBodyBytes?: number;
  firstScreensPerSecond?: number;
  /** The runtime's gzip (node-gzip.ts); by default the web-standard stream's. */
  gzip?: Gzip;
}) {
  const { indexHtml } = deps;
  const pageHtml = typeof indexHtml === 'string' ? () => indexHtml : indexHtml;
  const tagged = (summary: ItemSummary, url: URL, firstScreen: string | null = null) => {
    const head = `  ${previewTags(summary, url, deps.publicOrigin)}\n  </head>`;
    // Function replacers: upstream text must never be read as a `$&`-style replacement pattern.
    const titled = pageHtml(url.pathname).replace(
      /<title>[^<]*<\/title>/,
      () => `<title>${escapeHtml(summary.title)} · Gearview</title>`,
    );
    const page = titled.replace('</head>', () => head);
    return html(
      firstScreen
        ? codeAfterFirstPaint(page).replace(
            '<div id="root">',
            () => `<div id="${FIRST_SCREEN_ID}">${firstScreen}</div><div id="root">`,
          )
        : page,
    );
  };
  const maxInFlight = deps.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const parsed = createParsedAnswers(PARSED_KEPT_BYTES);
  const perSecond = deps.firstScreensPerSecond ?? DEFAULT_FIRST_SCREENS_PER_SECOND;
  const firstScreens = createTokenBuckets({ capacity: perSecond, refillPerSecond: perSecond, maxKeys: 1 });
  let inFlight = 0;
  /** A HEAD is answered as a GET, with the summary alone: its status, without a first screen to throw away. */
  const answer = async (request: Request, env?: unknown): Promise<Response | null> => {
    const url = new URL(request.url);
    const plain = (status = 200) => html(pageHtml(url.pathname), status);
    const provider = pageProvider(url.pathname);
    const head = request.method === 'HEAD';
    if ((request.method !== 'GET' && !head) || !provider || !isAppPath(url.pathname)) return null;
    if (deps.privateProviders?.includes(provider)) return tagged(privateSummary(provider as 'playfab' | 'xbox'), url);
    if (inFlight >= maxInFlight) return plain();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>(
      (resolve) => (timer = setTimeout(() => resolve(null), deps.waitMs ?? DEFAULT_WAIT_MS)),
    );
    try {
      // Asked of the proxy as the browser asks, so both share its cache, and on the visitor's own
      // rate limit: `env` carries their socket, and X-Forwarded-For (believed only with
      // TRUST_PROXY) the address our reverse proxy saw.
      const forwardedFor = request.headers.get('X-Forwarded-For');
      const readApi =
        (keptOnly: boolean): ReadApi =>
        async (path, parse, body) => {
          const headers: Record<string, string> = forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {};
          const call = new Request(
            url.origin + path,
            body
              ? {
                  method: 'POST',
                  body: JSON.stringify(body),
                  headers: { ...headers, 'Content-Type': 'application/json' },
                }
              : { headers },
          );
          let served: ServedBody | undefined;
          watchServedBody(call, (answer) => (served = answer));
          if (keptOnly) askKeptOnly(call);
          const response = await deps.api(call, env);
          if (response.status === 404) throw new PageNotFound();
          if (!served) return parseOwnAnswer(response, parse, maxBodyBytes);
          if (served.bytes.byteLength > maxBodyBytes) throw new Error('Too large an answer to preview.');
          return parsed(served, parse);
        };
      // Counted until the work itself ends, not the wait: a slow summary still holds its memory.
      inFlight++;
      const summary = pageSummary(readApi(false), url);
      // A page whose first screen fails, or is not ready within the same wait, still gets its tags.
      const firstScreen =
        !head && deps.firstScreen && firstScreens.take('server').ok
          ? deps.firstScreen(readApi(true), url).catch(() => null)
          : Promise.resolve(null);
      void Promise.allSettled([summary, firstScreen]).finally(() => inFlight--);
      const page = await Promise.race([summary, timeout]);
      return page ? tagged(page, url, await Promise.race([firstScreen, timeout])) : plain();
    } catch (error) {
      return plain(isNotFound(error) ? 404 : 200);
    } finally {
      clearTimeout(timer);
    }
  };
  // Gzipped for browsers that take it (a first screen is some 42 KB of HTML, 6.3 KB gzipped); the
  // static pages' brotli forms are made at build time, these at each request. A HEAD gets the
  // status a GET would, without the body: a crawler checking a link first sees a dead id's 404,
  // not the static page's 200.
  return async (request: Request, env?: unknown): Promise<Response | null> => {
    const response = await answer(request, env);
    if (!response) return null;
    const headers = new Headers(response.headers);
    headers.set('Vary', 'Accept-Encoding');
    if (request.method === 'HEAD') return new Response(null, { status: response.status, headers });
    const body = await negotiateBody(
      { bytes: new Uint8Array(await response.arrayBuffer()) },
      request.headers.get('Accept-Encoding') ?? undefined,
      deps.gzip,
    );
    if (body.encoding) headers.set('Content-Encoding', body.encoding);
    return new Response(body.bytes, { status: response.status, headers });
  };
}

/**
 * An answer the server made itself, not one the proxy relays and caches (the Store catalog's
 * merged answer): small, read from the Response and parsed each time.
 */
async function parseOwnAnswer<T>(response: Response, parse: (json: unknown) => T, maxBytes: number): Promise<T> {
  if (!response.ok) throw new Error('The API refused the call (a limit, a bad path or a failing provider).');
  const text = await response.text();
  if (text.length > maxBytes) throw new Error('Too large an answer to preview.');
  return parse(JSON.parse(text));
}

function html(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
}
