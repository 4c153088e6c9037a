import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { FaultContext, ProviderFaultReplies } from './apply-fault.ts';

/** What a fault needs from the request it replaces: its abort signal and, on Node, its socket. */
export function faultContext(c: Context, replies: ProviderFaultReplies): FaultContext {
  // The demo apps also run without Node bindings (app.request in tests): no socket there.
  const socket = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket;
  return { replies, signal: c.req.raw.signal, socket };
}
