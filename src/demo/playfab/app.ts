/**
 * The embedded PlayFab upstream: the three legacy Server reads under `/{titleId}/Server/...`
 * (mounted at `/playfab` on the demo server, since a loopback host cannot carry the title id),
 * and the painted images its catalogs name.
 */

import { Hono } from 'hono';
import { paintIcon } from '../art/icon-painter.ts';
import { fnv1a } from '../rng.ts';
import { catalogResponse, catalogs, IMAGES_PATH, primaryCatalogVersion } from './catalog.ts';
import { applyFault } from '../faults/apply-fault.ts';
import { faultContext } from '../faults/fault-context.ts';
import { faultScenarios, type FaultScenarioId } from '../faults/fault-scenarios.ts';
import { failureResponse, PlayFabErrors, successResponse, type PlayFabFailure } from './errors.ts';
import { playfabFaultReplies } from './fault-replies.ts';
import { inventoryResponse } from './inventory.ts';
import { demoTitleId, findPlayer, type DemoPlayer } from './roster.ts';

export interface PlayFabDemoOptions {
  /** When given, only these `X-SecretKey` values are accepted (else any non-empty key). */
  secretKeys?: string[];
  now?: () => number;
  /**
   * Base of the catalogs' ItemImageUrl. Unset: absolute URLs on the demo's own origin, as a real
   * title's CDN gives. The embedded demo sets a same-origin path the app's server relays, so the
   * images load wherever the browser is.
   */
  imageBase?: string;
}

const THROTTLE_SECONDS = 3;
const ICON_SIZE = 96;

type Body = Record<string, unknown>;

function requireStrings(body: Body, fields: string[]): PlayFabFailure | undefined {
  const details: Record<string, string[]> = {};
  for (const field of fields) {
    if (body[field] === undefined || body[field] === null || body[field] === '')
      details[field] = [`The ${field} field is required.`];
    else if (typeof body[field] !== 'string') details[field] = [`The ${field} field must be a string.`];
  }
  return Object.keys(details).length > 0 ? PlayFabErrors.invalidParams(details) : undefined;
}

/** The fault a scenario player answers every call with, if it is one of the shared fault scenarios. */
function faultOf(player: DemoPlayer | undefined) {
  return player?.scenario && player.scenario in faultScenarios
    ? faultScenarios[player.scenario as FaultScenarioId].fault
    : undefined;
}

export function createPlayFabDemoApp(options: PlayFabDemoOptions = {}): Hono {
  const now = options.now ?? Date.now;
  const secretKeys = options.secretKeys ? new Set(options.secretKeys) : undefined;
  const requestsByBody = new Map<string, number>();
  const pngs = new Map<string, Uint8Array<ArrayBuffer>>();

  /** What a scenario player answers instead of its data, if anything. */
  function scenarioReply(player: DemoPlayer, call: string, bodyKey: string): PlayFabFailure | undefined {
    if (player.scenario === 'unavailable') return PlayFabErrors.serviceUnavailable;
    if (player.scenario === 'invalid-params' && call === 'GetCharacterInventory') {
      return PlayFabErrors.invalidParams({
        CharacterId: ['The CharacterId field is not a valid character identifier for this title.'],
      });
    }
    if (player.scenario === 'throttled') {
      const count = (requestsByBody.get(bodyKey) ?? 0) + 1;
      requestsByBody.set(bodyKey, count);
      if (count % 2 === 1) return PlayFabErrors.throttled(THROTTLE_SECONDS);
    }
    return undefined;
  }

  function answer(call: string, body: Body, origin: string): Response {
    if (call === 'GetCatalogItems') {
      const version = typeof body.CatalogVersion === 'string' ? body.CatalogVersion : primaryCatalogVersion;
      return successResponse({ Catalog: catalogResponse(version, options.imageBase ?? `${origin}${IMAGES_PATH}`) });
    }
    const missing = requireStrings(
      body,
      call === 'GetCharacterInventory' ? ['PlayFabId', 'CharacterId'] : ['PlayFabId'],
    );
    if (missing) return failureResponse(missing);
    const player = findPlayer(body.PlayFabId as string);
    if (!player) return failureResponse(PlayFabErrors.accountNotFound);
    const replaced = scenarioReply(player, call, `${call}:${JSON.stringify(body)}`);
    if (replaced) return failureResponse(replaced);
    if (call === 'GetAllUsersCharacters') {
      return successResponse({
        Characters: player.characters.map(({ CharacterId, CharacterName, CharacterType }) => ({
          CharacterId,
          CharacterName,
          CharacterType,
        })),
      });
    }
    const character = player.characters.find((candidate) => candidate.CharacterId === body.CharacterId);
    if (!character) return failureResponse(PlayFabErrors.characterNotFound);
    const version = typeof body.CatalogVersion === 'string' ? body.CatalogVersion : undefined;
    return successResponse(inventoryResponse(player.playFabId, character, now(), version));
  }

  const app = new Hono();
  app.get('/images/:version/:file', (c) => {
    const item = catalogs[c.req.param('version')]?.find((entry) => `${entry.ItemId}.png` === c.req.param('file'));
    if (!item) return c.notFound();
    const key = `${c.req.param('version')}/${item.ItemId}`;
    let png = pngs.get(key);
    if (!png) {
      png = paintIcon({ ...item.icon, width: ICON_SIZE, height: ICON_SIZE, variant: fnv1a(key) });
      pngs.set(key, png);
    }
    return new Response(png, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' } });
  });
  app.post('/:titleId/Server/:call', async (c) => {
    const call = c.req.param('call');
    if (!['GetCharacterInventory', 'GetCatalogItems', 'GetAllUsersCharacters'].includes(call)) return c.notFound();
    const key = c.req.header('X-SecretKey');
    if (!key || (secretKeys && !secretKeys.has(key))) return failureResponse(PlayFabErrors.notAuthenticated);
    if (!/^application\/json\b/i.test(c.req.header('Content-Type') ?? ''))
      return failureResponse(PlayFabErrors.invalidContentType);
    if (c.req.param('titleId').toUpperCase() !== demoTitleId)
      return failureResponse(PlayFabErrors.invalidParams({ TitleId: ['This demo serves one title only.'] }));
    let body: unknown;
    try {
      body = JSON.parse((await c.req.text()) || '{}');
    } catch {
      return failureResponse(PlayFabErrors.invalidParams({ Body: ['The request body is not valid JSON.'] }));
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return failureResponse(PlayFabErrors.invalidParams({ Body: ['The request body must be a JSON object.'] }));
    const respond = async () => answer(call, body as Body, new URL(c.req.url).origin);
    const fault = faultOf(findPlayer(String((body as Body).PlayFabId)));
    return fault ? applyFault(fault, faultContext(c, playfabFaultReplies), respond) : respond();
  });
  return app;
}
