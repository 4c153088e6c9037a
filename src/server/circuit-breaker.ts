export type CircuitOutcome = 'success' | 'failure' | 'neutral';

/**
 * Permission for one call, to be settled with its outcome; or a refusal with the time to wait. A
 * failure settled with `path` may be that one request's own fault (an id the provider errs on):
 * it counts once per distinct path, so one bad id asked again and again never opens the circuit.
 */
export type CircuitPermit =
  { ok: true; settle(outcome: CircuitOutcome, path?: string): void } | { ok: false; retryAfterMs: number };

export interface CircuitBreaker {
  enter(): CircuitPermit;
}

/** While the one trial call of a half-open circuit runs, others are told to come back this soon. */
const TRIAL_RETRY_MS = 1_000;

/**
 * Closed: calls pass; `failureThreshold` consecutive failures open it (path failures counted once
 * per path). Open: calls are refused at
 * once for `coolDownMs`. Then half-open: one trial call passes; its success closes the circuit,
 * its failure opens it again. A neutral outcome (the call never reached the provider) counts for
 * nothing.
 */
export function createCircuitBreaker(options: {
  failureThreshold: number;
  coolDownMs: number;
  now?: () => number;
  /** Told each time the circuit opens, so other instances can learn of it. */
  onOpen?: () => void;
}): CircuitBreaker {
  const now = options.now ?? Date.now;
  let failures = 0;
  /** Paths whose failures the current run already counts; at most `failureThreshold` of them. */
  const failedPaths = new Set<string>();
  let openedAt: number | undefined;
  let trialRunning = false;
  /** Counts openings, so a call can tell whether the circuit opened while it ran. */
  let openings = 0;

  const open = () => {
    openedAt = now();
    failures = 0;
    failedPaths.clear();
    openings++;
    options.onOpen?.();
  };

  function closedPermit(): CircuitPermit {
    const openingsAtStart = openings;
    return {
      ok: true,
      settle(outcome, path) {
        // A call that started before the circuit opened says nothing about the provider now.
        if (openings !== openingsAtStart) return;
        if (outcome === 'success') {
          failures = 0;
          failedPaths.clear();
        } else if (outcome === 'failure') {
          if (path !== undefined) {
            if (failedPaths.has(path)) return;
            failedPaths.add(path);
          }
          if (++failures >= options.failureThreshold) open();
        }
      },
    };
  }

  function trialPermit(): CircuitPermit {
    trialRunning = true;
    return {
      ok: true,
      settle(outcome) {
        trialRunning = false;
        if (outcome === 'success') openedAt = undefined;
        else if (outcome === 'failure') open();
      },
    };
  }

  return {
    enter() {
      if (openedAt === undefined) return closedPermit();
      const remaining = openedAt + options.coolDownMs - now();
      if (remaining > 0) return { ok: false, retryAfterMs: remaining };
      if (trialRunning) return { ok: false, retryAfterMs: TRIAL_RETRY_MS };
      return trialPermit();
    },
  };
}
