import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { BodyHold } from './body-budget.ts';
import {
  MAX_BODY_BYTES,
  readBody,
  relayedRetryAfter,
  tooLarge,
  unreachable,
  UpstreamError,
  type UpstreamReply,
  type UpstreamTransport,
} from './upstream.ts';

/** Kept-alive connections per provider origin, as fetch keeps them. */
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

/** What fetch would ask for on its own: providers compress large inventories well. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

const decoders: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/**
 * The upstream exchange on node:http, for the Node entry: the same contract as the fetch
 * transport (no redirects followed, body within its cap, decoded), at about half the cost
 * per call of Node's fetch, which is most of what the proxy adds to an uncached request.
 */
export const nodeTransport: UpstreamTransport = (upstream, signal) =>
  new Promise((resolve, reject) => {
    const secure = upstream.url.startsWith('https:');
    const headers: Record<string, string> = { 'Accept-Encoding': ACCEPT_ENCODING, ...upstream.headers };
    if (upstream.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(upstream.body));
    const options = {
      method: upstream.body === undefined ? 'GET' : 'POST',
      headers,
      signal,
      agent: secure ? agents.https : agents.http,
    };
    let answered = false;
    const request = (secure ? httpsRequest : httpRequest)(upstream.url, options, (response) => {
      answered = true;
      reply(response, upstream.maxBodyBytes ?? MAX_BODY_BYTES, upstream.hold).then(resolve, reject);
    });
    // Once the answer has begun, a failure surfaces as its body breaking off, with its own message.
    request.on('error', () => answered || reject(unreachable()));
    request.end(upstream.body);
  });

async function reply(response: IncomingMessage, maxBytes: number, hold?: BodyHold): Promise<UpstreamReply> {
  const encoding = response.headers['content-encoding']?.trim().toLowerCase() || 'identity';
  const decoder = encoding === 'identity' ? undefined : decoders[encoding];
  if (Number(response.headers['content-length']) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  if (encoding !== 'identity' && !decoder) {
    response.destroy();
    throw new UpstreamError(
      'upstream_bad_response',
      `The provider answered in an encoding it was not asked for (${encoding}).`,
      undefined,
      response.statusCode,
    );
  }
  // The limit applies to the decoded body, so a small compressed bomb cannot fill memory either.
  const body = decoder ? pipeline(response, decoder(), () => {}) : response;
  return {
    status: response.statusCode ?? 0,
    contentType: response.headers['content-type'] ?? '',
    retryAfter: relayedRetryAfter(response.headers['retry-after']),
    body: await readBody(body, maxBytes, hold),
  };
}
