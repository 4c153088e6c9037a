import { execSync } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { playfabDemoDirectory } from '../../src/demo/playfab/directory.ts';
import { startDemoUpstream } from '../../src/demo/server.ts';
import { startBuiltServer, type RunningServer } from '../e2e/server-process.ts';

/** Apart from dist/client and dist/server, so the e2e project's build never replaces it mid-run. */
export const BUILD_DIR = 'dist/hardening';

/** Live-mode keys: any byte of them in a response is a leak. */
export const SECRETS = {
  BUNGIE_API_KEY: 'hardening-bungie-key-3f9a1c77',
  PLAYFAB_SECRET_KEY: 'hardening-playfab-secret-b81e44',
  XBOX_AUTHORIZATION: 'XBL3.0 x=hardeninguserhash;hardening-xsts-token-5d0e92',
};

export interface UpstreamCall {
  method: string;
  url: string;
  host: string;
}

export function buildServer(): void {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  execSync(`npx vite build --outDir ${BUILD_DIR}/client`, { stdio: 'ignore', env });
  execSync(`npx vite build --ssr src/server/node-entry.ts --outDir ${BUILD_DIR}/server`, { stdio: 'ignore', env });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/**
 * The demo upstream behind a recorder that notes every request it relays, and a canary: a second
 * server no configured origin points at, so any request reaching it was steered by a client.
 */
export async function startRecordedUpstream(): Promise<{
  origin: string;
  canary: string;
  calls: UpstreamCall[];
  canaryCalls: UpstreamCall[];
  close(): Promise<void>;
}> {
  const demo = await startDemoUpstream({ host: '127.0.0.1', port: 0 });
  const demoUrl = new URL(demo.origin);
  const calls: UpstreamCall[] = [];
  const canaryCalls: UpstreamCall[] = [];
  const recorder = createServer((req, res) => {
    calls.push({ method: req.method ?? '', url: req.url ?? '', host: req.headers.host ?? '' });
    const relay = request(
      { host: demoUrl.hostname, port: demoUrl.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    relay.on('error', () => res.destroy());
    req.pipe(relay);
  });
  const canary = createServer((req, res) => {
    canaryCalls.push({ method: req.method ?? '', url: req.url ?? '', host: req.headers.host ?? '' });
    res.end();
  });
  const [origin, canaryOrigin] = await Promise.all([listen(recorder), listen(canary)]);
  return {
    origin,
    canary: canaryOrigin,
    calls,
    canaryCalls,
    close: async () => {
      await Promise.all([closeServer(recorder), closeServer(canary)]);
      await demo.close();
    },
  };
}

/** The built Node entry, every provider live against `upstream` with SECRETS, plus `env`. */
export function startLiveServer(upstream: string, env: Record<string, string>): Promise<RunningServer> {
  return startBuiltServer(
    {
      ...SECRETS,
      BUNGIE_ORIGIN: upstream,
      PLAYFAB_ORIGIN: `${upstream}/playfab/{titleId}`,
      PLAYFAB_TITLE_IDS: playfabDemoDirectory.titleId,
      XBOX_ORIGIN: upstream,
      ...env,
    },
    `${BUILD_DIR}/server/node-entry.js`,
  );
}

/** A small fixed-width table for the figures the hardening runs print. */
export function figuresTable(title: string, rows: [string, string | number][]): string {
  const width = Math.max(...rows.map(([name]) => name.length));
  return [`\n${title}`, ...rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`)].join('\n');
}
