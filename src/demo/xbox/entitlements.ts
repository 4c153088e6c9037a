/**
 * The demo user's Xbox entitlements: games with their add-ons and consumables, subscriptions and
 * the games those grant, in every state, generated from a seed. Ids are invented, Store-shaped.
 */

import { createRng, type Rng } from '../rng.ts';

export type ItemType = 'GameV2' | 'GameContent' | 'GameConsumable' | 'Subscription';
export type State = 'Enabled' | 'Suspended' | 'Expired' | 'Canceled' | 'Renewed';

export interface Entitlement {
  productId: string;
  itemType: ItemType;
  titleId: number;
  containers: string[];
  obtained: string;
  beginDate: string;
  endDate: string;
  state: State;
  trial: boolean;
  trialTimeRemaining?: string;
  quantity?: number;
  /** Granted through a subscription: listed only with expandSatisfyingEntitlements=true. */
  satisfying: boolean;
}

/** Permanent entitlements end in year 9999. */
export const NEVER_ENDS = '9999-12-31T23:59:59.999+00:00';
const ID_CHARS = '0123456789BCDFGHJKLMNPQRSTVWXZ';
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2016, 0, 1);

function productId(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const id = `9${Array.from({ length: 11 }, () => rng.pick([...ID_CHARS])).join('')}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
const hms = (seconds: number) =>
  [seconds / 3600, (seconds / 60) % 60, seconds % 60].map((n) => String(Math.floor(n)).padStart(2, '0')).join(':');

function dates(rng: Rng, now: number, after: number, ended: boolean, endsSoon: boolean) {
  const begin =
    after + rng.int(0, Math.max(1, Math.floor((now - after) / DAY_MS) - 30)) * DAY_MS + rng.int(0, DAY_MS - 1);
  const end = ended
    ? Math.min(begin + rng.int(30, 400) * DAY_MS, now - DAY_MS)
    : endsSoon
      ? now + rng.int(5, 60) * DAY_MS
      : undefined;
  return { obtained: iso(begin), beginDate: iso(begin), endDate: end === undefined ? NEVER_ENDS : iso(end), begin };
}

/** About 300 entitlements; `now` fixes which are still running, so tests can pin it. */
export function createEntitlements(seed: number, now = Date.now(), games = 40): Entitlement[] {
  const rng = createRng(seed);
  const taken = new Set<string>();
  const items: Entitlement[] = [];
  const add = (
    itemType: ItemType,
    titleId: number,
    containers: string[],
    after: number,
    options: Partial<Entitlement> & { ended?: boolean; endsSoon?: boolean } = {},
  ) => {
    const { ended = false, endsSoon = false, ...rest } = options;
    const id = productId(rng, taken);
    const when = dates(rng, now, after, ended, endsSoon);
    items.push({
      productId: id,
      itemType,
      titleId,
      containers: containers.length ? containers : [id],
      obtained: when.obtained,
      beginDate: when.beginDate,
      endDate: when.endDate,
      state: ended ? 'Expired' : 'Enabled',
      trial: false,
      satisfying: false,
      ...rest,
    });
    return { id, begin: when.begin };
  };

  for (let g = 0; g < games; g++) {
    const titleId = rng.int(100_000_000, 2_147_000_000);
    const trial = g % 10 === 9;
    const game = add(
      'GameV2',
      titleId,
      [],
      EPOCH,
      trial
        ? { trial: true, endsSoon: true, trialTimeRemaining: hms(rng.int(600, DAY_MS / 1000 - 1)) }
        : { state: g % 13 === 5 ? 'Suspended' : 'Enabled' },
    );
    for (let a = rng.int(2, 8); a > 0; a--) {
      const ended = rng.chance(0.08);
      add('GameContent', titleId, [game.id], game.begin, {
        ended,
        state: ended ? 'Expired' : rng.chance(0.04) ? 'Suspended' : 'Enabled',
      });
    }
    for (let c = rng.int(0, 2); c > 0; c--)
      add('GameConsumable', titleId, [game.id], game.begin, { quantity: rng.pick([0, 1, 5, 100, 500, 1200, 2800]) });
  }

  const subscriptions: [State, boolean][] = [
    ['Renewed', false],
    ['Enabled', false],
    ['Canceled', true],
    ['Expired', true],
  ];
  for (const [state, ended] of subscriptions) {
    const subscription = add('Subscription', 0, [], EPOCH, { state, ended, endsSoon: !ended });
    if (state !== 'Renewed') continue;
    for (let s = 0; s < 8; s++)
      add('GameV2', rng.int(100_000_000, 2_147_000_000), [subscription.id], subscription.begin, {
        satisfying: true,
        endsSoon: true,
      });
  }
  return items;
}
