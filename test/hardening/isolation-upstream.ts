import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Destiny account ids the test upstream gives each behaviour by; any other id is a small success.
 * PlayFab's catalog is cut off mid-body in its first answer (still a 200 labelled JSON), whole after.
 */
export const ACCOUNTS = {
  /** Always HTTP 500, as a provider errs on one bad record. */
  failing: '5000000000000000001',
  /** About 670 KB of JSON that gzip can hardly shrink. */
  incompressible: '2000000000000000001',
};

/** MiB of each Xbox inventory page: large answers, to have many in flight at once. */
export const LARGE_MB = 24;

const envelope = (response: unknown) => JSON.stringify({ Response: response, ErrorCode: 1, ErrorStatus: 'Success' });

/**
 * A stand-in for Bungie, PlayFab and Xbox Live with a behaviour per account id (ACCOUNTS); every
 * Xbox inventory page is LARGE_MB of JSON. Counts calls per path.
 */
export async function startIsolationUpstream(): Promise<{
  origin: string;
  calls: Map<string, number>;
  close(): Promise<void>;
}> {
  const large = Buffer.from(envelope({ items: 'x'.repeat(LARGE_MB * 1024 * 1024) }));
  const incompressible = Buffer.from(envelope({ noise: randomBytes(500_000).toString('base64') }));
  const whole = envelope({ data: { characters: [] } });
  const catalog = JSON.stringify({
    code: 200,
    status: 'OK',
    data: { Catalog: [{ ItemId: 'sword', DisplayName: 'Sword' }] },
  });
  const calls = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '';
    const count = (calls.get(path) ?? 0) + 1;
    calls.set(path, count);
    const json = (status: number, body: string | Buffer) => {
      res.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(body);
    };
    if (path.startsWith('/users/me/inventory')) return json(200, large);
    if (path.includes(ACCOUNTS.failing))
      return json(500, JSON.stringify({ ErrorCode: 1618, ErrorStatus: 'DestinyUnexpectedError' }));
    if (path.includes(ACCOUNTS.incompressible)) return json(200, incompressible);
    if (path.endsWith('/Server/GetCatalogItems'))
      return json(200, count === 1 ? catalog.slice(0, catalog.length / 2) : catalog);
    return json(200, whole);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
