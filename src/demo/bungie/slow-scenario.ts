/**
 * The slow demo account: how long it takes, and how the directory words it, from one value, so
 * the start page never promises an answer the proxy will not wait for.
 */

/** Long enough to watch the waiting indicator, well inside the proxy's default 10 s timeout (a test holds the two together). */
export const DEFAULT_SLOW_MS = 6_000;

/** Milliseconds as people read a wait: "6 s", "1.5 s". */
export const inSeconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

export interface SlowTiming {
  /** The delay the demo applies (DEMO_SLOW_MS). */
  slowMs: number;
  /** The proxy's timeout, when whoever lists the scenario knows it (UPSTREAM_TIMEOUT_MS). */
  upstreamTimeoutMs?: number;
}

/** The slow account's title and description for these timings: honest whether or not the proxy waits long enough. */
export function describeSlowScenario({ slowMs, upstreamTimeoutMs }: SlowTiming): {
  title: string;
  description: string;
} {
  if (upstreamTimeoutMs !== undefined && slowMs >= upstreamTimeoutMs) {
    return {
      title: 'Never answers in time',
      description: `Every call on this account takes ${inSeconds(slowMs)}: the proxy gives up after ${inSeconds(upstreamTimeoutMs)} and says so, and Gearview tries twice more before showing it.`,
    };
  }
  return {
    title: 'Slow upstream',
    description: `Every call on this account answers normally, but only after ${inSeconds(slowMs)}.`,
  };
}
