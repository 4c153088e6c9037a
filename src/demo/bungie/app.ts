/**
 * The embedded Bungie upstream: the Destiny 1 calls at bungie.net's own paths, answered from
 * seeded data, plus the icon images those answers name.
 */

import { Hono } from 'hono';
import {
  errorBody,
  jsonReply,
  PlatformErrors,
  successBody,
  toResponse,
  type PlatformError,
  type Reply,
} from './envelope.ts';
import { iconPng } from './icons.ts';
import { accountResponse, inventoryResponse, itemDetailResponse, searchResponse } from './responses.ts';
import { findAccount } from './roster.ts';
import { createScenarios, scenarioFaults, type CallKind } from './scenarios.ts';
import { DEFAULT_SLOW_MS } from './slow-scenario.ts';
import { applyFault } from '../faults/apply-fault.ts';
import { faultContext } from '../faults/fault-context.ts';
import { bungieFaultReplies } from './fault-replies.ts';
import { createDemoWorld } from './world.ts';

export interface BungieDemoOptions {
  seed?: number;
  /** Delay of the "slow" scenario account; its directory entry is worded from the same value (see slow-scenario.ts). */
  slowMs?: number;
  /** When given, only these `X-API-Key` values are accepted (else any non-empty key). */
  apiKeys?: string[];
}

const DEFAULT_SEED = 1729;

const PLATFORM_PREFIX = /^\/(?:d1\/)?platform\/destiny\//i;

/** Whether a path is a Destiny API call (not an icon), with either prefix and in any case, as bungie.net accepts. */
export const isPlatformPath = (path: string) => PLATFORM_PREFIX.test(path);
const ICON_PREFIXES = ['/common/destiny_content/icons/', '/img/'];
const digits = /^\d+$/;

type Route =
  | { call: 'search'; membershipType: string; displayName: string }
  | { call: CallKind; membershipType: string; membershipId: string; characterId?: string; itemInstanceId?: string };

/** Matches the path after the prefix; literal segments are case-insensitive, like bungie.net's. */
function matchRoute(segments: string[]): Route | undefined {
  const lower = segments.map((segment) => segment.toLowerCase());
  const [first = '', second = '', third = '', , fifth = '', , seventh] = segments;
  if (lower[0] === 'searchdestinyplayer' && segments.length === 3)
    return { call: 'search', membershipType: second, displayName: third };
  if (lower[1] !== 'account') return undefined;
  if (segments.length === 3) return { call: 'account', membershipType: first, membershipId: third };
  if (lower[3] !== 'character' || lower[5] !== 'inventory') return undefined;
  if (segments.length === 6)
    return { call: 'inventory', membershipType: first, membershipId: third, characterId: fifth };
  if (segments.length === 7)
    return { call: 'item', membershipType: first, membershipId: third, characterId: fifth, itemInstanceId: seventh };
  return undefined;
}

const failure = (error: PlatformError) => jsonReply(errorBody(error));

export function createBungieDemoApp(options: BungieDemoOptions = {}): Hono {
  const world = createDemoWorld({ seed: options.seed ?? DEFAULT_SEED });
  const intercept = createScenarios({ slowMs: options.slowMs ?? DEFAULT_SLOW_MS });
  const apiKeys = options.apiKeys ? new Set(options.apiKeys) : undefined;
  // Generated data never changes, so each success body is serialised once.
  const bodies = new Map<string, string>();
  const memo = (key: string, build: () => unknown) => {
    let body = bodies.get(key);
    if (body === undefined) {
      body = successBody(build());
      bodies.set(key, body);
    }
    return jsonReply(body);
  };

  async function answer(route: Route, pathKey: string, definitions: boolean): Promise<Reply> {
    if (route.call === 'search') {
      let displayName: string;
      try {
        displayName = decodeURIComponent(route.displayName);
      } catch {
        return failure(PlatformErrors.parameterParseFailure);
      }
      if (!/^-?\d+$/.test(route.membershipType)) return failure(PlatformErrors.parameterParseFailure);
      return jsonReply(successBody(searchResponse(Number(route.membershipType), displayName)));
    }
    const ids = [route.membershipType, route.membershipId, route.characterId, route.itemInstanceId];
    if (ids.some((id) => id !== undefined && !digits.test(id))) return failure(PlatformErrors.parameterParseFailure);
    const account = findAccount(route.membershipId);
    if (!account || account.membershipType !== Number(route.membershipType))
      return failure(PlatformErrors.accountNotFound);
    const replaced = await intercept(account, route.call, pathKey);
    if (replaced) return replaced;
    const key = `${pathKey}?${definitions}`;
    if (route.call === 'account') return memo(key, () => accountResponse(world, account, definitions));
    const character = account.characters.find((candidate) => candidate.characterId === route.characterId);
    if (!character) return failure(PlatformErrors.characterNotFound);
    if (route.call === 'inventory') return memo(key, () => inventoryResponse(world, account, character, definitions));
    // Any of the account's characters may ask for a vault item, as on Bungie's own server.
    const itemInstanceId = route.itemInstanceId ?? '';
    const instance =
      world.inventory(character).byInstanceId.get(itemInstanceId) ??
      world.vault(account).byInstanceId.get(itemInstanceId);
    if (!instance) return failure(PlatformErrors.itemNotFound);
    return memo(key, () => itemDetailResponse(world, character, instance, definitions));
  }

  const app = new Hono();
  app.get('*', async (c) => {
    const url = new URL(c.req.url);
    const path = url.pathname;
    if (ICON_PREFIXES.some((prefix) => path.startsWith(prefix))) {
      const png = iconPng(path);
      if (!png) return c.notFound();
      return new Response(png, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' } });
    }
    const prefix = PLATFORM_PREFIX.exec(path);
    if (!prefix) return c.notFound();
    const key = c.req.header('X-API-Key');
    if (!key) return toResponse(failure(PlatformErrors.missingApiKey));
    if (apiKeys && !apiKeys.has(key)) return toResponse(failure(PlatformErrors.invalidApiKey));
    const rest = path.slice(prefix[0].length);
    const route = matchRoute(rest.split('/').filter(Boolean));
    if (!route) return c.notFound();
    const pathKey = rest.toLowerCase().replace(/\/+$/, '');
    const scenario = route.call === 'search' ? undefined : findAccount(route.membershipId)?.scenario;
    // This account answers as a server that ignores the flag would.
    const definitions = scenario !== 'no-definitions' && url.searchParams.get('definitions')?.toLowerCase() === 'true';
    const respond = async () => toResponse(await answer(route, pathKey, definitions));
    const fault = scenario && scenarioFaults[scenario];
    return fault ? applyFault(fault, faultContext(c, bungieFaultReplies), respond) : respond();
  });
  return app;
}
