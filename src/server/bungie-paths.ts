/**
 * The allowlist of Bungie calls the proxy forwards. Every upstream path is rebuilt from validated
 * parts, never copied from the request, so nothing a client sends can steer the proxy elsewhere.
 */

export type BungiePath =
  | { ok: true; kind: 'json' | 'image'; upstreamPath: string }
  | { ok: false; code: 'not_found' | 'bad_parameter'; message: string };

/** The browser-facing prefix, fixed so share links and the allowlist never change. */
const PLATFORM_PREFIX = '/Platform/Destiny/';
/** Where bungie.net has served Destiny 1 since 2017; `BUNGIE_PLATFORM_PREFIX` names another. */
export const DEFAULT_UPSTREAM_PLATFORM_PREFIX = '/d1/Platform/Destiny/';
const LOCALES = new Set(['en', 'fr', 'es', 'de', 'it', 'ja', 'pt-br']);
const DIGITS = /^\d{1,20}$/;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Raw (still percent-encoded) paths: no `%`, so no encoded slashes or dots; one dot, in the file name.
const IMAGE_PATH =
  /^\/(?:common\/destiny_content\/icons|img\/(?:destiny_content|theme\/destiny|misc)(?:\/[A-Za-z0-9_-]+){0,3})\/[A-Za-z0-9_-]+\.(?:png|jpe?g|gif)$/;

/** Whether `rawPath` (what follows `/api/bungie`) names an icon rather than an API call. */
export const isBungieImagePath = (rawPath: string) => IMAGE_PATH.test(rawPath);

/**
 * `rawPath` is what follows `/api/bungie`, as received (percent-encoding intact); API calls are
 * sent upstream under `upstreamPrefix`, icons at their own path.
 */
export function parseBungiePath(
  rawPath: string,
  query: URLSearchParams,
  upstreamPrefix = DEFAULT_UPSTREAM_PLATFORM_PREFIX,
): BungiePath {
  if (isBungieImagePath(rawPath)) return { ok: true, kind: 'image', upstreamPath: rawPath };
  if (!rawPath.startsWith(PLATFORM_PREFIX)) return notFound();
  const rest = rawPath.slice(PLATFORM_PREFIX.length);
  const segments = (rest.endsWith('/') ? rest.slice(0, -1) : rest).split('/');
  const parts = platformParts(segments);
  if (!parts.ok) return parts;
  const search = forwardedQuery(query);
  if (!search.ok) return search;
  const upstreamPath = `${upstreamPrefix}${parts.values.map(encodeURIComponent).join('/')}/${search.value}`;
  return { ok: true, kind: 'json', upstreamPath };
}

type Checked<T> = { ok: true } & T;
type Refused = Extract<BungiePath, { ok: false }>;

function platformParts(segments: string[]): Checked<{ values: string[] }> | Refused {
  const [first, second, id, character, characterId, inventory, itemId, ...extra] = segments;
  if (first === 'SearchDestinyPlayer' && segments.length === 3) {
    return collect([first, membershipType(second, true), displayName(id)]);
  }
  if (second !== 'Account' || extra.length > 0) return notFound();
  if (segments.length === 3) return collect([membershipType(first), second, digits(id, 'destinyMembershipId')]);
  if (character !== 'Character' || inventory !== 'Inventory' || segments.length < 6) return notFound();
  return collect([
    membershipType(first),
    second,
    digits(id, 'destinyMembershipId'),
    character,
    digits(characterId, 'characterId'),
    inventory,
    ...(segments.length === 7 ? [digits(itemId, 'itemInstanceId')] : []),
  ]);
}

/** Literal segments are strings already; parameters arrive as checked values or a refusal. */
function collect(parts: (string | Refused)[]): Checked<{ values: string[] }> | Refused {
  const values: string[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') return part;
    values.push(part);
  }
  return { ok: true, values };
}

function membershipType(raw: string | undefined, allowAll = false): string | Refused {
  if (raw === '1' || raw === '2' || (allowAll && raw === '-1')) return raw;
  return badParameter(`membershipType must be 1 (Xbox) or 2 (PlayStation)${allowAll ? ', or -1 for all' : ''}.`);
}

function digits(raw: string | undefined, name: string): string | Refused {
  if (raw !== undefined && DIGITS.test(raw)) return raw;
  return badParameter(`${name} must be 1 to 20 digits.`);
}

function displayName(raw: string | undefined): string | Refused {
  let name: string;
  try {
    name = decodeURIComponent(raw ?? '');
  } catch {
    return badParameter('displayName is not valid percent-encoded UTF-8.');
  }
  const length = [...name].length;
  if (length < 1 || length > 100) return badParameter('displayName must be 1 to 100 characters.');
  if (CONTROL.test(name) || name.includes('/'))
    return badParameter('displayName must not contain "/" or control characters.');
  // Even encoded, a lone dot segment would be resolved away by the upstream URL parser.
  if (name === '.' || name === '..') return badParameter('displayName must not be "." or "..".');
  return name;
}

/** Only `definitions` and `lc` reach Bungie, in a fixed order so equal requests share a cache entry. */
function forwardedQuery(query: URLSearchParams): Checked<{ value: string }> | Refused {
  const forwarded = new URLSearchParams();
  const definitions = query.get('definitions');
  if (definitions !== null) {
    if (definitions !== 'true' && definitions !== 'false') return badParameter('definitions must be true or false.');
    forwarded.set('definitions', definitions);
  }
  const lc = query.get('lc');
  if (lc !== null) {
    if (!LOCALES.has(lc)) return badParameter(`lc must be one of ${[...LOCALES].join(', ')}.`);
    forwarded.set('lc', lc);
  }
  const value = forwarded.toString();
  return { ok: true, value: value ? `?${value}` : '' };
}

function notFound(): Refused {
  return { ok: false, code: 'not_found', message: 'No such Bungie call is offered by this proxy.' };
}

function badParameter(message: string): Refused {
  return { ok: false, code: 'bad_parameter', message };
}
