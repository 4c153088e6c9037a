export type Release = () => void;

/** Why a call got no turn: every place in line was taken, it waited its longest, or its caller left. */
export type Refusal = 'full' | 'waited' | 'gone';

export type Turn = { ok: true; release: Release } | { ok: false; reason: Refusal };

export interface FairQueue {
  /**
   * A turn for `client`'s call: at once, or in its turn among the waiting clients; or a refusal.
   * `maxWaitMs` shortens the queue's own longest wait (what is left of the call's deadline);
   * `signal` aborting takes the call out of line, so a caller that left never reaches upstream.
   */
  acquire(client: string, options?: { maxWaitMs?: number; signal?: AbortSignal }): Promise<Turn>;
}

type Waiter = (turn: Turn) => void;

interface Line {
  waiters: Waiter[];
  /** Turns this client has had, on the clock of `round` below: the lowest goes next. */
  tag: number;
}

/**
 * At most `max` calls at a time and, with `rate`, no faster than it allows. Waiting calls line up
 * per client and the next turn goes to the client that has had the fewest (start-time fair
 * queueing): a client that starts waiting joins at the current round, so it goes before a flooding
 * client that just had its turn, and can bank no turns while idle. When all `maxQueued` places are
 * taken, a newcomer whose line is shorter takes the last place of the longest line; a call that
 * waits `maxWaitMs` is refused, so a flood cannot hold places forever.
 */
export function createFairQueue(options: {
  max: number;
  maxQueued: number;
  maxWaitMs: number;
  /** Spends a token now, or says how long until there is one. */
  rate?: () => { ok: true } | { ok: false; retryAfterMs: number };
}): FairQueue {
  let active = 0;
  let queued = 0;
  /** The tag of the last turn given, and whose it was (a turn given at once has no line to carry it). */
  let round = 0;
  let lastClient: string | undefined;
  const lines = new Map<string, Line>();
  let rateTimer: ReturnType<typeof setTimeout> | undefined;

  function remove(client: string, waiter: Waiter): boolean {
    const line = lines.get(client);
    const index = line?.waiters.indexOf(waiter) ?? -1;
    if (!line || index === -1) return false;
    line.waiters.splice(index, 1);
    if (line.waiters.length === 0) lines.delete(client);
    queued--;
    return true;
  }

  function release() {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      active--;
      pump();
    };
  }

  function next(): [string, Line] {
    let chosen: [string, Line] | undefined;
    for (const entry of lines) if (!chosen || entry[1].tag < chosen[1].tag) chosen = entry;
    return chosen!;
  }

  function pump() {
    while (active < options.max && queued > 0 && rateTimer === undefined) {
      const token = options.rate?.() ?? { ok: true };
      if (!token.ok) {
        rateTimer = setTimeout(() => {
          rateTimer = undefined;
          pump();
        }, token.retryAfterMs);
        return;
      }
      const [client, line] = next();
      const waiter = line.waiters.shift()!;
      if (line.waiters.length === 0) lines.delete(client);
      round = line.tag++;
      lastClient = client;
      queued--;
      active++;
      waiter({ ok: true, release: release() });
    }
  }

  /** Frees a place for `client` by refusing the newest call of a longer line, if there is one. */
  function pushOut(client: string): boolean {
    let longest: [string, Line] | undefined;
    for (const entry of lines) if (!longest || entry[1].waiters.length > longest[1].waiters.length) longest = entry;
    if (!longest || longest[1].waiters.length <= (lines.get(client)?.waiters.length ?? 0) + 1) return false;
    const victim = longest[1].waiters.at(-1)!;
    remove(longest[0], victim);
    victim({ ok: false, reason: 'full' });
    return true;
  }

  return {
    acquire(client, call) {
      const signal = call?.signal;
      if (signal?.aborted) return Promise.resolve({ ok: false, reason: 'gone' });
      // Without contention a turn is given at once, with nothing set up for waiting.
      if (queued === 0 && active < options.max && rateTimer === undefined && (options.rate?.().ok ?? true)) {
        active++;
        lastClient = client;
        return Promise.resolve({ ok: true, release: release() });
      }
      return new Promise<Turn>((resolve) => {
        if (queued >= options.maxQueued && !pushOut(client)) return resolve({ ok: false, reason: 'full' });
        const leave = (reason: Refusal) => {
          if (remove(client, waiter)) waiter({ ok: false, reason });
        };
        const onAbort = () => leave('gone');
        const timer = setTimeout(() => leave('waited'), Math.min(options.maxWaitMs, call?.maxWaitMs ?? Infinity));
        signal?.addEventListener('abort', onAbort, { once: true });
        const waiter: Waiter = (turn) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(turn);
        };
        const line = lines.get(client);
        if (line) line.waiters.push(waiter);
        // The client that just had a turn starts one round later, so it cannot go again before the others.
        else lines.set(client, { waiters: [waiter], tag: client === lastClient ? round + 1 : round });
        queued++;
        pump();
      });
    },
  };
}
