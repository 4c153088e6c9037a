import { connect } from 'node:net';

export interface RawResponse {
  /** 0 when the server closed without an answer, -1 when it did not answer in time. */
  status: number;
  text: string;
}

/** Writes `head` and `body` to a fresh connection exactly as given, and reads until the server closes it. */
export function sendRaw(origin: string, head: string, body = '', timeoutMs = 10_000): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const finish = (status?: number) => {
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: status ?? Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    };
    socket.setTimeout(timeoutMs, () => finish(-1));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => finish());
    socket.on('error', () => finish());
    socket.write(Buffer.from(head, 'utf8'));
    if (body) socket.write(Buffer.from(body, 'utf8'));
  });
}
