/**
 * The allowlist of Xbox Live inventory calls the proxy forwards. Every upstream URL is rebuilt
 * from validated parts; a URL the browser sends is never fetched.
 */

export type XboxPath =
  { ok: true; upstreamPath: string } | { ok: false; code: 'not_found' | 'bad_parameter'; message: string };

const INVENTORY = '/users/me/inventory';

const availabilities = ['Available', 'All', 'Unavailable'];
// Both spellings of Cancelled: the docs write two Ls, Microsoft's own client sends one.
const states = ['All', 'Enabled', 'Suspended', 'Expired', 'Cancelled', 'Canceled', 'Renewed'];
// The documented itemType enumeration.
const itemTypes = (
  'Unknown Game Movie TVShow MusicVideo GameTrial ViralVideo TVEpisode TVSeason TVSeries VideoPreview Poster Podcast Image BoxArt ' +
  'ArtistPicture GameContent GameDemo Theme XboxOriginalGame GamerTile ArcadeGame GameConsumable Album AlbumDisc AlbumArt GameVideo ' +
  'BackgroundArt TVTrailer GameTrailer VideoShort Bundle XnaCommunityGame Promotional MovieTrailer SlideshowPreviewImage ' +
  'ServerBackedGames Marketplace AvatarItem LiveApp WebGame MobileGame MobilePdlc MobileConsumable App MetroGame MetroGameContent ' +
  'MetroGameConsumable GameLayer GameActivity GameV2 SubscriptionV2 Subscription'
).split(' ');

const PRODUCT_ID = /^[A-Za-z0-9-]{1,64}$/;
const MAX_PRODUCT_IDS = 100;
// Printable ASCII: continuation tokens are opaque, but never need spaces or control characters.
const TOKEN = /^[\x21-\x7e]{1,4096}$/;
/** An item id is the last segment of an item's `url` (`xuid;<id>;<id>` on Xbox Live). */
const ITEM_ID = /^[A-Za-z0-9_-]{1,64}(?:;[A-Za-z0-9_-]{1,64}){0,3}$/;

type Check = (raw: string) => string | undefined;

const oneOf =
  (values: string[]): Check =>
  (raw) =>
    values.find((value) => value.toLowerCase() === raw.toLowerCase());

/** In the order Microsoft's client writes them, so equal requests share one cache entry. */
const parameters: [name: string, check: Check, rule: string][] = [
  ['itemType', oneOf(itemTypes), 'a documented item type such as GameV2, GameContent, GameConsumable or Subscription'],
  ['state', oneOf(states), `one of ${states.join(', ')}`],
  ['container', (raw) => (PRODUCT_ID.test(raw) ? raw : undefined), 'a product id (letters, digits and dashes)'],
  ['availability', oneOf(availabilities), `one of ${availabilities.join(', ')}`],
  ['expandSatisfyingEntitlements', oneOf(['true', 'false']), 'true or false'],
  ['productIds', productIds, `up to ${MAX_PRODUCT_IDS} product ids separated by commas`],
  [
    'maxItems',
    (raw) => (/^\d{1,4}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 1000 ? String(Number(raw)) : undefined),
    'an integer from 1 to 1000',
  ],
  ['continuationToken', (raw) => (TOKEN.test(raw) ? raw : undefined), 'the token from the previous page'],
];
const known = new Set(parameters.map(([name]) => name));

function productIds(raw: string): string | undefined {
  const ids = raw.split(',').map((id) => id.trim());
  return ids.length <= MAX_PRODUCT_IDS && ids.every((id) => PRODUCT_ID.test(id)) ? ids.join(',') : undefined;
}

export function parseXboxInventoryQuery(query: URLSearchParams): XboxPath {
  for (const name of query.keys()) {
    if (!known.has(name)) return badParameter(`${name} is not an inventory parameter.`);
  }
  const forwarded = new URLSearchParams();
  for (const [name, check, rule] of parameters) {
    const values = query.getAll(name);
    if (values.length === 0) continue;
    const value = values.length === 1 ? check(values[0]!) : undefined;
    if (value === undefined) return badParameter(`${name} must be ${rule}, given once.`);
    forwarded.set(name, value);
  }
  // URLSearchParams would encode the commas of productIds, which Xbox Live lists unencoded.
  const search = forwarded.toString().replaceAll('%2C', ',');
  return { ok: true, upstreamPath: search ? `${INVENTORY}?${search}` : INVENTORY };
}

/**
 * The docs route details as `/inventory/{itemID}`, and real item URLs are
 * `https://inventory.xboxlive.com/users/me/inventory/{itemID}`: the id alone reaches the proxy,
 * and the configured origin plus that path is what gets fetched.
 */
export function parseXboxItemId(rawId: string): XboxPath {
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return badParameter('The item id is not valid percent-encoded text.');
  }
  if (!ITEM_ID.test(id))
    return badParameter(
      'The item id must be letters, digits, dashes and underscores, in up to four parts separated by ";".',
    );
  return { ok: true, upstreamPath: `${INVENTORY}/${id}` };
}

function badParameter(message: string): XboxPath {
  return { ok: false, code: 'bad_parameter', message };
}
