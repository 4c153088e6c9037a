/**
 * The embedded Xbox Live inventory upstream at inventory.xboxlive.com's own paths: filters,
 * continuation paging, item details, and its errors (empty-bodied 400/401/404, 429 with a body).
 */

import { Hono, type Context } from 'hono';
import { fnv1a } from '../rng.ts';
import { createEntitlements, type Entitlement } from './entitlements.ts';
import { applyFault } from '../faults/apply-fault.ts';
import { createCatalogApp } from './catalog.ts';
import { faultContext } from '../faults/fault-context.ts';
import { xboxFaultReplies } from './fault-replies.ts';
import { createRateLimit, throttledResponse } from './rate-limit.ts';
import { scenarioFault } from './scenarios.ts';
import { selectEntitlements, type Filters } from './select.ts';

export interface XboxDemoOptions {
  seed?: number;
  /** Pins "now", which decides what is still available. */
  now?: number;
  /** Burst limit per authorization value in a 15 s window. */
  maxRequests?: number;
}

const DEFAULT_SEED = 1729;
const DEFAULT_PAGE = 25;
const MAX_PAGE = 100;
const AUTHORIZATION = /^XBL3\.0 x=([^;\s]+);\S+$/;
/** "me" is whoever the token belongs to: this user hash signs in as a collector with 10,000 entitlements. */
export const VAULT_USERHASH = 'gearview-vault';
const VAULT_GAMES = 1_460;
const INVENTORY = '/users/me/inventory';

/** Empty body and a correlation id: how Xbox services answer most 4xx. */
const empty = (status: number) =>
  new Response(null, { status, headers: { 'x-xblcorrelationid': crypto.randomUUID() } });

function itemJson(origin: string, item: Entitlement) {
  const id = `xuid;${item.productId};${item.productId}`;
  return {
    url: `${origin}${INVENTORY}/${id}`,
    itemType: item.itemType,
    productId: item.productId,
    titleId: item.titleId,
    containers: item.containers,
    obtained: item.obtained,
    beginDate: item.beginDate,
    endDate: item.endDate,
    state: item.state,
    trial: item.trial,
    ...(item.trialTimeRemaining ? { trialTimeRemaining: item.trialTimeRemaining } : {}),
    ...(item.quantity !== undefined
      ? { consumable: { url: `${origin}/users/me/consumables/${id}`, quantity: item.quantity } }
      : {}),
    distributionType: 'Full',
  };
}

/** Opaque to clients; bound to the filters it was issued for, so it cannot leak across queries. */
const tokenFor = (skip: number, fingerprint: number) =>
  btoa(JSON.stringify({ skip, f: fingerprint })).replace(/=+$/, '');

function skipFrom(token: string, fingerprint: number): number | undefined {
  try {
    const parsed = JSON.parse(atob(token)) as { skip?: unknown; f?: unknown };
    return parsed.f === fingerprint && Number.isInteger(parsed.skip) ? (parsed.skip as number) : undefined;
  } catch {
    return undefined;
  }
}

interface DemoUser {
  entitlements: Entitlement[];
  byId: Map<string, Entitlement>;
}

export function createXboxDemoApp(options: XboxDemoOptions = {}): Hono {
  const seed = options.seed ?? DEFAULT_SEED;
  const users = new Map<string, DemoUser>();
  /** Every other user hash shares the everyday demo user; each set is generated once, on first use. */
  function userFor(userhash: string): DemoUser {
    const key = userhash === VAULT_USERHASH ? VAULT_USERHASH : '';
    let user = users.get(key);
    if (!user) {
      const entitlements = key
        ? createEntitlements(seed + 1, options.now, VAULT_GAMES)
        : createEntitlements(seed, options.now);
      user = {
        entitlements,
        byId: new Map(entitlements.map((item) => [`xuid;${item.productId};${item.productId}`, item])),
      };
      users.set(key, user);
    }
    return user;
  }
  const limit = createRateLimit({ maxRequests: options.maxRequests ?? 300, periodSeconds: 15 });
  const throttledRequests = new Map<string, number>();

  /** The checks every call shares: the caller's user, or the Response the call stops with. */
  function gate(c: Context): DemoUser | Response {
    const authorization = c.req.header('Authorization') ?? '';
    const userhash = AUTHORIZATION.exec(authorization)?.[1];
    if (!userhash) return empty(401);
    if (!['3', '4'].includes(c.req.header('x-xbl-contract-version') ?? '')) return empty(400);
    const throttle = limit(authorization);
    if (throttle) return throttledResponse(throttle.body, throttle.retryAfterSeconds);
    return userFor(userhash);
  }

  const app = new Hono();
  app.get(INVENTORY, (c) => {
    const user = gate(c);
    if (user instanceof Response) return user;
    const query = new URL(c.req.url).searchParams;
    const filters: Filters | undefined = readFilters(query);
    if (!filters) return empty(400);
    const fingerprint = fnv1a(JSON.stringify(filters));
    const token = query.get('continuationToken');
    const skip = token !== null ? skipFrom(token, fingerprint) : Number(query.get('skipItems') ?? 0);
    const size = Number(query.get('maxItems') ?? DEFAULT_PAGE);
    if (skip === undefined || !Number.isInteger(skip) || skip < 0 || !Number.isInteger(size) || size < 1)
      return empty(400);
    const selected = selectEntitlements(user.entitlements, filters, options.now ?? Date.now());
    const next = skip + Math.min(size, MAX_PAGE);
    const origin = new URL(c.req.url).origin;
    const respond = async () =>
      c.json({
        pagingInfo: {
          ...(next < selected.length ? { continuationToken: tokenFor(next, fingerprint) } : {}),
          totalItems: selected.length,
        },
        items: selected.slice(skip, next).map((item) => itemJson(origin, item)),
      });
    const scenario = scenarioFault(filters.productIds);
    if (!scenario) return respond();
    if (scenario.id === 'throttled') {
      // Like the other demos' throttled scenarios: odd requests only, so the retry after the wait succeeds.
      const count = (throttledRequests.get(query.toString()) ?? 0) + 1;
      throttledRequests.set(query.toString(), count);
      if (count % 2 === 0) return respond();
    }
    return applyFault(scenario.fault, faultContext(c, xboxFaultReplies), respond);
  });
  app.get(`${INVENTORY}/:itemId`, (c) => {
    const user = gate(c);
    if (user instanceof Response) return user;
    const item = user.byId.get(decodeURIComponent(new URL(c.req.url).pathname.slice(INVENTORY.length + 1)));
    return item ? c.json(itemJson(new URL(c.req.url).origin, item)) : empty(404);
  });
  // The Store knows every user's products: the everyday user's first, the collector's when asked.
  const findProduct = (id: string) =>
    userFor('').byId.get(`xuid;${id};${id}`) ?? userFor(VAULT_USERHASH).byId.get(`xuid;${id};${id}`);
  app.route('/', createCatalogApp(findProduct));
  return app;
}

/** The documented filters, or undefined for a request the real service answers with 400. */
function readFilters(query: URLSearchParams): Filters | undefined {
  const lower = (name: string) => query.get(name)?.toLowerCase();
  const itemType = query.get('itemType') ?? undefined;
  const expand = lower('expandSatisfyingEntitlements') ?? 'false';
  if (expand !== 'true' && expand !== 'false') return undefined;
  // The documented rule: satisfying entitlements cannot be expanded within one item type.
  if (itemType && expand === 'true') return undefined;
  const availability = lower('availability') ?? 'available';
  if (!['available', 'all', 'unavailable'].includes(availability)) return undefined;
  const state = (lower('state') ?? 'all').replace('cancelled', 'canceled');
  if (!['all', 'enabled', 'suspended', 'expired', 'canceled', 'renewed'].includes(state)) return undefined;
  return {
    itemType: itemType?.toLowerCase(),
    state,
    availability,
    container: query.get('container') ?? undefined,
    productIds: query.get('productIds')?.split(',').filter(Boolean),
    expand: expand === 'true',
  };
}
