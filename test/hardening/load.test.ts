import { describe, expect, it } from 'vitest';
import { loadTable, runLoad } from './load.ts';

/** `npm test` runs a short form; `npm run test:hardening` runs the script for 60 s. */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 3);
const CONNECTIONS = 200;
/** A quarter of a run this long is past the warm-up seen in 60 s runs (about 15 s). */
const WARM_ENOUGH_SECONDS = 60;

describe('load on the built server', () => {
  it(
    `serves ${CONNECTIONS} connections for ${SECONDS} s without an error, and one upstream call per uncached request`,
    async () => {
      // The project's global setup has built the server.
      const figures = await runLoad({ seconds: SECONDS, connections: CONNECTIONS, build: false });
      console.log(loadTable(figures, SECONDS, CONNECTIONS));
      expect(figures.errors).toBe(0);
      // Flat once warm: the first seconds open every socket and grow the heap to its working size,
      // so only a run that outlasts them (the full one) can say; the short form is still warming.
      if (SECONDS >= WARM_ENOUGH_SECONDS) expect(figures.rssEndMb).toBeLessThan(figures.rssWarmMb * 1.25 + 10);
      expect(figures.cached.requests).toBeGreaterThan(0);
      // The cached route costs at most its first call; every uncached request is one call.
      expect(figures.upstreamCalls).toBeGreaterThanOrEqual(figures.uncached.requests);
      expect(figures.upstreamCalls).toBeLessThanOrEqual(figures.uncached.requests + 1);
    },
    SECONDS * 1000 + 60_000,
  );
});
