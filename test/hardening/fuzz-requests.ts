import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import type { Rng } from '../../src/demo/rng.ts';

/** One raw HTTP/1.1 request: the target and header lines are written to the socket exactly as given. */
export interface RawRequest {
  kind: string;
  method: string;
  target: string;
  headers: [string, string][];
  body?: string;
}

const account = bungieDemoDirectory.accounts[0]!;
const character = account.characters[0]!;
const player = playfabDemoDirectory.players[0]!;
const { titleId } = playfabDemoDirectory;

const DESTINY = '/api/bungie/Platform/Destiny';
const PLAYFAB_CALLS = ['GetCharacterInventory', 'GetCatalogItems', 'GetAllUsersCharacters'];
const TRAVERSALS = [
  '..',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '%252e%252e',
  '..%2f',
  '..%2F',
  '%2f',
  '%5c',
  '%255c',
  '..\\',
  '%c0%ae%c0%ae',
  '%u002e%u002e',
  '.',
  '//',
  '%00',
];
const UNICODE = [
  'é',
  '😀',
  'ﬀ',
  '\u202e',
  '\u0000',
  'Ä',
  '%C3%A9',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '%C0%AF',
  '%FF',
  'İ',
  '\u2028',
];

const templates = (id: () => string): string[] => [
  `${DESTINY}/SearchDestinyPlayer/2/${id()}/`,
  `${DESTINY}/${id()}/Account/${account.membershipId}/`,
  `${DESTINY}/2/Account/${id()}/`,
  `${DESTINY}/2/Account/${account.membershipId}/Character/${id()}/Inventory/`,
  `${DESTINY}/2/Account/${account.membershipId}/Character/${character.characterId}/Inventory/${id()}/`,
  `/api/bungie/common/destiny_content/icons/${id()}.png`,
  `/api/bungie/img/misc/${id()}`,
  `/api/xbox/items/${id()}`,
  `/api/playfab/${id()}/Server/GetCatalogItems`,
  `/api/playfab/demo-images/${id()}/x.png`,
  `/api/${id()}`,
];

function text(
  rng: Rng,
  length: number,
  alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~%/?#&=;:@!$'()*+,",
): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[rng.int(0, alphabet.length - 1)];
  return out;
}

/** Targets and values that name somewhere else: any upstream request they cause is an escape. */
function elsewhere(rng: Rng, canary: string): string {
  const host = new URL(canary).host;
  return rng.pick([
    canary,
    `${canary}/Platform/Destiny/2/Account/1/`,
    `//${host}/x`,
    `http:%2F%2F${host}%2Fx`,
    `%2F%2F${host}`,
    `http://${host}@evil.example/`,
    `\\\\${host}\\x`,
    encodeURIComponent(`${canary}/users/me/inventory`),
  ]);
}

function get(kind: string, target: string, headers: [string, string][] = []): RawRequest {
  return { kind, method: 'GET', target, headers };
}

function playfabPost(
  kind: string,
  call: string,
  body: string,
  headers: [string, string][] = [['Content-Type', 'application/json']],
): RawRequest {
  return { kind, method: 'POST', target: `/api/playfab/${titleId}/Server/${call}`, headers, body };
}

/** Each generator makes one request of its kind; the fuzz cycles through them with a seeded RNG. */
export function requestGenerators(canary: string): ((rng: Rng) => RawRequest)[] {
  return [
    // Valid calls, so the upstream really answers and caches fill.
    (rng) =>
      get(
        'valid',
        rng.pick([
          `${DESTINY}/2/Account/${account.membershipId}/`,
          `${DESTINY}/2/Account/${account.membershipId}/Character/${character.characterId}/Inventory/?definitions=true`,
          `/api/xbox/users/me/inventory?availability=${rng.pick(['All', 'Available'])}&maxItems=${rng.int(1, 50)}`,
          `${DESTINY}/SearchDestinyPlayer/-1/${encodeURIComponent(account.displayName)}/`,
          `/api/config`,
        ]),
      ),
    (rng) =>
      playfabPost(
        'valid',
        rng.pick(PLAYFAB_CALLS),
        JSON.stringify({ PlayFabId: player.playFabId, CharacterId: player.characters[0]!.characterId }),
      ),
    (rng) =>
      get('random path', `/api/${Array.from({ length: rng.int(1, 8) }, () => text(rng, rng.int(0, 30))).join('/')}`),
    (rng) => {
      const steps = Array.from({ length: rng.int(1, 6) }, () => rng.pick(TRAVERSALS)).join(
        rng.pick(['/', '%2f', '\\', '']),
      );
      return get(
        'traversal',
        rng.pick(
          templates(() => `${steps}/${rng.pick(['etc/passwd', 'Platform/User/GetBungieNetUser/', 'admin', ''])}`),
        ),
      );
    },
    (rng) => get('overlong id', rng.pick(templates(() => text(rng, rng.int(21, 5_000), '0123456789')))),
    (rng) => get('absolute url in path', rng.pick(templates(() => elsewhere(rng, canary)))),
    (rng) => {
      const name = rng.pick([
        'continuationToken',
        'lc',
        'definitions',
        'container',
        'productIds',
        'url',
        'itemType',
        'redirect',
        'origin',
      ]);
      const target = rng.pick([
        `${DESTINY}/2/Account/${account.membershipId}/`,
        '/api/xbox/users/me/inventory',
        `/api/xbox/items/abc`,
      ]);
      return get('absolute url in query', `${target}?${name}=${encodeURIComponent(elsewhere(rng, canary))}`);
    },
    (rng) => ({
      ...get('absolute-form target', `${canary}${rng.pick(templates(() => character.characterId))}`),
      headers: [['Host', new URL(canary).host]],
    }),
    (rng) =>
      get('hostile host header', rng.pick(templates(() => account.membershipId)), [
        ['Host', rng.pick([new URL(canary).host, 'evil.example', '', 'a'.repeat(300)])],
      ]),
    (rng) =>
      playfabPost(
        'bad json to playfab',
        rng.pick([...PLAYFAB_CALLS, 'GetTitleData', '..%2fAdmin']),
        rng.pick([
          text(rng, rng.int(0, 300)),
          '{"PlayFabId":',
          '['.repeat(rng.int(1, 900)),
          `{"PlayFabId":"${elsewhere(rng, canary)}","CharacterId":"1"}`,
          '{"__proto__":{"polluted":true},"PlayFabId":"A"}',
          `{"PlayFabId":${rng.int(0, 1e9)},"CharacterId":[1,2]}`,
          `{"PlayFabId":"${'A'.repeat(rng.int(65, 1_200))}"}`,
          `{"PlayFabId":"${player.playFabId}","Extra":"${text(rng, 50)}"}`,
          'null',
          '"\\ud800"',
        ]),
        rng.pick([[['Content-Type', 'application/json']], [['Content-Type', 'text/plain']], []]),
      ),
    (rng) => {
      const injected = rng.pick([
        'a\r\nX-Injected: 1',
        'a\r\n\r\nGET /api/health HTTP/1.1\r\nHost: x',
        'a\rb',
        'a\nb',
        'a\u0000b',
        `${elsewhere(rng, canary)}\r\nX-API-Key: stolen`,
      ]);
      const name = rng.pick([
        'X-Test',
        'Accept-Encoding',
        'Cookie',
        'X-Forwarded-For',
        'X-Forwarded-Proto',
        'X-API-Key',
        'Authorization',
        'Origin',
      ]);
      return get('header injection', rng.pick(templates(() => account.membershipId)), [[name, injected]]);
    },
    (rng) =>
      get(
        'huge query',
        `/api/xbox/users/me/inventory?continuationToken=${text(rng, rng.int(4_000, 60_000), 'abcdef0123456789')}`,
      ),
    (rng) =>
      get(
        'many headers',
        `${DESTINY}/2/Account/${account.membershipId}/`,
        Array.from({ length: rng.int(40, 2_500) }, (_, i) => [`X-H${i}`, text(rng, rng.int(1, 40))]),
      ),
    (rng) =>
      get(
        'unicode',
        rng.pick(templates(() => Array.from({ length: rng.int(1, 6) }, () => rng.pick(UNICODE)).join(''))),
      ),
  ];
}
