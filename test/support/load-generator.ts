import { connect, type Socket } from 'node:net';

export interface LoadOptions {
  origin: string;
  /** The path of each request: by connection, and by a counter shared by all connections. */
  path: (connection: number, sequence: number) => string;
  /** Which group a connection's latencies are reported under; one group when absent. */
  group?: (connection: number) => string;
  headers?: Record<string, string>;
  connections: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  /** Responses other than 2xx/3xx, and broken connections. */
  errors: number;
  statuses: Map<number, number>;
  requestsPerSecond: number;
  /** Milliseconds, sorted ascending. */
  latencies: number[];
  /** The same, by group. */
  groups: Map<string, number[]>;
}

/**
 * Keep-alive HTTP/1.1 load on raw sockets, one request in flight per connection. Node's own HTTP
 * client costs more CPU per request than the server under test, which on a small machine would
 * measure the client instead; this one only counts bytes.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { hostname, port } = new URL(options.origin);
  const headerLines = Object.entries({ Host: `${hostname}:${port}`, Connection: 'keep-alive', ...options.headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const result: LoadResult = {
    requests: 0,
    errors: 0,
    statuses: new Map(),
    requestsPerSecond: 0,
    latencies: [],
    groups: new Map(),
  };
  let sequence = 0;
  // Encoded once per distinct path: a cached route is one buffer written over and over.
  const encoded = new Map<string, Buffer>();
  const requestFor = (path: string) => {
    let bytes = encoded.get(path);
    if (!bytes) {
      bytes = Buffer.from(`GET ${path} HTTP/1.1\r\n${headerLines}\r\n`, 'latin1');
      if (encoded.size < 1_000) encoded.set(path, bytes);
    }
    return bytes;
  };
  const started = performance.now();
  const deadline = started + options.durationMs;

  const runConnection = (connection: number) =>
    new Promise<void>((resolve) => {
      const group = options.group?.(connection) ?? 'all';
      const latencies = result.groups.get(group) ?? [];
      result.groups.set(group, latencies);
      const socket: Socket = connect(Number(port), hostname);
      socket.setNoDelay(true);
      let buffered = Buffer.alloc(0);
      let sentAt = 0;
      const send = () => {
        if (performance.now() >= deadline) {
          socket.end();
          return resolve();
        }
        sentAt = performance.now();
        socket.write(requestFor(options.path(connection, sequence++)));
      };
      socket.on('connect', send);
      socket.on('error', () => {
        result.errors++;
        resolve();
      });
      socket.on('data', (chunk) => {
        buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
        const length = completeResponseLength(buffered);
        if (length === undefined) return;
        const status = Number(buffered.subarray(9, 12).toString());
        result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
        if (status >= 400 || Number.isNaN(status)) result.errors++;
        result.requests++;
        latencies.push(performance.now() - sentAt);
        buffered = buffered.subarray(length);
        send();
      });
    });

  await Promise.all(Array.from({ length: options.connections }, (_, index) => runConnection(index)));
  result.requestsPerSecond = result.requests / ((performance.now() - started) / 1000);
  for (const latencies of result.groups.values()) latencies.sort((a, b) => a - b);
  result.latencies = [...result.groups.values()].flat().sort((a, b) => a - b);
  return result;
}

/** The byte length of the first complete response in `buffer`, or undefined while it is still arriving. */
function completeResponseLength(buffer: Buffer): number | undefined {
  const headerEnd = buffer.indexOf('\r\n\r\n');
  if (headerEnd < 0) return undefined;
  const head = buffer.subarray(0, headerEnd).toString('latin1');
  const bodyStart = headerEnd + 4;
  const contentLength = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (contentLength) {
    const end = bodyStart + Number(contentLength[1]);
    return buffer.length >= end ? end : undefined;
  }
  if (!/\r\ntransfer-encoding:\s*chunked/i.test(head)) return bodyStart;
  // Chunked: walk the chunk sizes to the terminating zero-length chunk.
  let position = bodyStart;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', position);
    if (lineEnd < 0) return undefined;
    const size = parseInt(buffer.subarray(position, lineEnd).toString('latin1'), 16);
    const next = lineEnd + 2 + size + 2;
    if (buffer.length < next) return undefined;
    if (size === 0) return next;
    position = next;
  }
}

/** The value below which `fraction` of the sorted samples fall. */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}
