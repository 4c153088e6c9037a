import { execSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startBuiltServer } from './server-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    demoOrigin: string;
  }
}

/** Timeouts the scenarios use, short so the slow-upstream case does not hold the suite up. */
export const E2E_UPSTREAM_TIMEOUT_MS = 1500;

/** Builds the app once and serves it, with the embedded demo upstream, for every end-to-end test. */
export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execSync('npm run build', { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  const server = await startBuiltServer({
    DEMO: '1',
    UPSTREAM_TIMEOUT_MS: String(E2E_UPSTREAM_TIMEOUT_MS),
    DEMO_SLOW_MS: '4000',
    // The demo's failure scenarios fail on purpose, page after page; a provider-wide circuit
    // breaker would carry one scenario's failures into the next test.
    CIRCUIT_FAILURES: '1000',
    // Nothing cached: a fault queued on the demo upstream must reach the page, not a cached copy.
    CACHE_TTL_MS: '0',
    // Every test's browser is one address here, where in use each visitor has their own budget.
    RATE_LIMIT_REQUESTS: '3000',
  });
  if (!server.demoOrigin) throw new Error(`the server did not say where its demo upstream is:\n${server.output()}`);
  project.provide('baseURL', server.origin);
  project.provide('demoOrigin', server.demoOrigin);
  return () => server.stop();
}
