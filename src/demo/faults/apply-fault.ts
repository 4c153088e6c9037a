import type { Socket } from 'node:net';
import type { Fault } from './fault.ts';

type FaultCode<K extends Fault['kind']> = Extract<Fault, { kind: K; code?: unknown }>['code'];

/** How one provider words the faults that carry its own error format. */
export interface ProviderFaultReplies {
  throttled(seconds: number, code?: FaultCode<'throttled'>): Response;
  /** Only Bungie has a maintenance answer; the control channel refuses it for the others. */
  maintenance?(code?: FaultCode<'maintenance'>): Response;
}

export interface FaultContext {
  replies: ProviderFaultReplies;
  /** Aborted when the caller gives up, so a hung request frees its handler. */
  signal: AbortSignal;
  /** The connection, on Node: a dropped connection is this socket destroyed mid-body. */
  socket?: Socket;
}

/** Longer than any proxy timeout (at most 10 minutes), yet bounded, so a forgotten request ends. */
const HANG_MS = 11 * 60_000;

const gatewayPage = `<!DOCTYPE html>
<html><head><title>Please wait</title></head>
<body><h1>We'll be right back</h1><p>The service you requested is temporarily unreachable.</p></body></html>
`;

const statusText: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** The response a fault turns a request into; `answer` produces the normal one, when the fault needs it. */
export async function applyFault(
  fault: Fault,
  context: FaultContext,
  answer: () => Promise<Response>,
): Promise<Response> {
  switch (fault.kind) {
    case 'latency':
      await sleep(fault.ms, context.signal);
      return answer();
    case 'timeout':
      await sleep(HANG_MS, context.signal);
      return answer();
    case 'server-error':
      return new Response(`${fault.status} ${statusText[fault.status]}`, {
        status: fault.status,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    case 'html':
      return new Response(gatewayPage, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    case 'truncated-json':
      return rewrite(await answer(), (body) => body.slice(0, Math.floor(body.length / 2)));
    case 'malformed-json':
      // Dropping the first colon leaves a body that still looks like JSON but cannot parse.
      return rewrite(await answer(), (body) => body.replace(':', ''));
    case 'json-as-text':
      return rewrite(await answer(), (body) => body, 'text/plain; charset=utf-8');
    case 'dropped-connection':
      return dropMidBody(await answer(), context.socket);
    case 'throttled':
      return context.replies.throttled(fault.seconds, fault.code);
    case 'maintenance':
      if (!context.replies.maintenance) throw new Error('this provider has no maintenance answer');
      return context.replies.maintenance(fault.code);
  }
}

async function rewrite(response: Response, change: (body: string) => string, contentType?: string): Promise<Response> {
  const type = contentType ?? response.headers.get('Content-Type') ?? 'application/json; charset=utf-8';
  return new Response(change(await response.text()), { status: response.status, headers: { 'Content-Type': type } });
}

/** Sends the headers and half the body, then breaks the connection, as a crashing upstream does. */
async function dropMidBody(response: Response, socket: Socket | undefined): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const half = bytes.subarray(0, Math.floor(bytes.byteLength / 2));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(half);
      // Destroying the socket ends the exchange without an error log; elsewhere, erroring the stream does.
      setTimeout(() => (socket ? socket.destroy() : controller.error(new Error('connection dropped'))), 20);
    },
  });
  return new Response(body, {
    status: response.status,
    headers: { 'Content-Type': response.headers.get('Content-Type') ?? 'application/json' },
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
