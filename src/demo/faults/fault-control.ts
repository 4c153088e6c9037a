/**
 * The demo upstream's fault control channel, for tests: `POST /__demo/faults` queues a fault for
 * the next matching requests, `GET` lists what is still queued, `DELETE` clears it. It lives on
 * the demo server only; the app's proxy never forwards there, as no allowlisted path leads to it.
 */

import { Hono, type MiddlewareHandler } from 'hono';
import { applyFault, type ProviderFaultReplies } from './apply-fault.ts';
import { parseFaultRule, type FaultProvider } from './fault.ts';
import { faultContext } from './fault-context.ts';
import type { FaultQueue } from './fault-queue.ts';

export const FAULTS_PATH = '/__demo/faults';

export function createFaultControl(queue: FaultQueue): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json({ pending: queue.pending() }));
  app.post('/', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'The body must be a JSON fault rule.' }, 400);
    }
    const parsed = parseFaultRule(body);
    if (!parsed.ok) return c.json({ error: parsed.message }, 400);
    queue.add(parsed.rule);
    return c.json({ queued: parsed.rule }, 201);
  });
  app.delete('/', (c) => {
    queue.clear();
    return c.body(null, 204);
  });
  return app;
}

/** Which provider a demo path belongs to, and how it words its faults; undefined for paths faults skip (images). */
export type FaultRouting = (path: string) => { provider: FaultProvider; replies: ProviderFaultReplies } | undefined;

/** Applies the queued fault, if any, to a provider call; matched against the path and query. */
export function injectQueuedFaults(queue: FaultQueue, route: FaultRouting): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const target = route(url.pathname);
    const fault = target && queue.take(target.provider, url.pathname + url.search);
    if (!target || !fault) return next();
    c.res = await applyFault(fault, faultContext(c, target.replies), async () => {
      await next();
      return c.res;
    });
  };
}
