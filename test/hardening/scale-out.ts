import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { freePort } from '../e2e/server-process.ts';

/** A Destiny account path the proxy forwards; ids are the test's to choose. */
export const account = (id: string | number) => `/api/bungie/Platform/Destiny/2/Account/${id}/`;

export interface RedisProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Answers PING with PONG, or fails: whether redis-server is up. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', () => resolve(false));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.write('PING\r\n');
  });
}

/**
 * A real redis-server on loopback, with no persistence (nothing written to disk) and a memory
 * bound that drops keys with a TTL first, as docs/scaling.md advises. `port` reuses a stopped
 * one's, so instances pointed at it can rejoin.
 */
export async function startRedis(port?: number): Promise<RedisProcess> {
  const chosen = port ?? (await freePort());
  const child: ChildProcess = spawn(
    'redis-server',
    [
      '--port',
      String(chosen),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory',
      '64mb',
      '--maxmemory-policy',
      'volatile-lru',
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 10_000;
  while (!(await ping(chosen))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/**
 * A Bungie stand-in that counts the calls it gets, when, and for which path, and answers each
 * after `delayMs(path)` with a success envelope (so the proxy keeps it).
 */
export async function startCountingUpstream(delayMs: (path: string) => number = () => 0): Promise<{
  origin: string;
  calls: { path: string; at: number }[];
  callsTo(path: string): number;
  close(): Promise<void>;
}> {
  const calls: { path: string; at: number }[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '';
    calls.push({ path, at: performance.now() });
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ Response: { path, filler: 'x'.repeat(2_000) }, ErrorCode: 1, ErrorStatus: 'Success' }));
    }, delayMs(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    // The proxy adds the platform prefix: the account id ends the path either way.
    callsTo: (path) => calls.filter((call) => path.endsWith(call.path.replace(/^.*\/Account\//, 'Account/'))).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
