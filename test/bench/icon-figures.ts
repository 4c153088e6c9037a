import type { Browser } from 'playwright-core';
import { startLiveServer } from '../hardening/harness.ts';
import { percentile } from '../support/load-generator.ts';
import { iconFigures, timedApiCalls, type IconFigures } from '../support/icon-timing.ts';
import { spawnRealSizeBungie } from '../support/real-size-bungie.ts';

export const REAL_SIZE_ICONS = 300;
export const ICON_DELAY_MS = 20;
/** Calls spread over 1.5 s from each load's first icon request, while the icons arrive. */
const CALLS_PER_LOAD = 30;
const CALL_INTERVAL_MS = 50;

/**
 * A live-mode character of 300 items, each with an icon of its own that the upstream answers after
 * 20 ms, loaded once per character (each run's icons uncached), at Bungie's default rate. Beside
 * the icons, uncached API calls made while they load, against the same calls made idle.
 */
export async function realSizeIconFigures(
  browser: Browser,
): Promise<{ runs: IconFigures[]; idleMs: number[]; duringMs: number[] }> {
  const upstream = await spawnRealSizeBungie({ items: REAL_SIZE_ICONS, iconDelayMs: ICON_DELAY_MS });
  const server = await startLiveServer(upstream.origin, {});
  try {
    const idleMs = await timedApiCalls(server, 10, CALL_INTERVAL_MS);
    const runs: IconFigures[] = [];
    const duringMs: number[] = [];
    for (const page of upstream.characterPages) {
      const run = await iconFigures(browser, `${server.origin}${page}`, {
        height: 900,
        whileIconsLoad: () => timedApiCalls(server, CALLS_PER_LOAD, CALL_INTERVAL_MS),
      });
      runs.push(run);
      duringMs.push(...(run.meanwhile ?? []));
    }
    return { runs, idleMs: idleMs.sort((a, b) => a - b), duringMs: duringMs.sort((a, b) => a - b) };
  } finally {
    await server.stop();
    await upstream.close();
  }
}

export const delayOf = (figures: { idleMs: number[]; duringMs: number[] }, share: number) =>
  percentile(figures.duringMs, share) - percentile(figures.idleMs, 0.5);
