/** A body kept in memory; its gzip form is made once, on first demand, and reused by every later hit. */
export interface CompressibleBody {
  bytes: Uint8Array<ArrayBuffer>;
  gzip?: Promise<Uint8Array<ArrayBuffer>>;
}

/** How the runtime compresses: the web-standard stream by default, a faster native one where the entry has it. */
export type Gzip = (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>;

/** Below this, gzip framing costs more than it saves. */
const MIN_COMPRESSED_BYTES = 1024;

export async function negotiateBody(
  body: CompressibleBody,
  acceptEncoding: string | undefined,
  gzip: Gzip = streamGzip,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; encoding?: 'gzip' }> {
  if (body.bytes.byteLength < MIN_COMPRESSED_BYTES || !acceptsEncoding(acceptEncoding, 'gzip')) {
    return { bytes: body.bytes };
  }
  body.gzip ??= gzip(body.bytes);
  return { bytes: await body.gzip, encoding: 'gzip' };
}

/** Whether an Accept-Encoding header allows `coding`, by name or by `*`, with a non-zero q. */
export function acceptsEncoding(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';');
    const token = name.trim().toLowerCase();
    if (token !== coding && token !== '*') continue;
    const q = params.map((param) => param.trim().toLowerCase()).find((param) => param.startsWith('q='));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (token === coding) return allowed;
    wildcard = allowed;
  }
  return wildcard;
}

async function streamGzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
