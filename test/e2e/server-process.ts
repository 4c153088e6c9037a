import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free loopback port, found by letting the OS pick one. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningServer {
  origin: string;
  pid: number;
  /** The embedded demo upstream, when the server started one: where tests queue faults. */
  demoOrigin: string | undefined;
  output: () => string;
  stop: () => Promise<void>;
}

/** The server logs `{ event: 'demo', origin }` before it listens, so it is in the output by the time it answers. */
function demoOriginIn(output: string): string | undefined {
  for (const line of output.split('\n')) {
    if (!line.includes('"event":"demo"')) continue;
    const { origin } = JSON.parse(line) as { origin: string };
    return origin;
  }
  return undefined;
}

/**
 * Starts the built server (`node dist/server/node-entry.js`, or `entry`) and waits until /api/health
 * answers; on `env.PORT` when the test must know its origin beforehand, else on a free port.
 */
export async function startBuiltServer(
  env: Record<string, string>,
  entry = 'dist/server/node-entry.js',
): Promise<RunningServer> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [entry], {
    // React's production build, as a deployed server runs it (the first screen renders with it).
    env: { ...process.env, NODE_ENV: 'production', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    pid: child.pid!,
    demoOrigin: demoOriginIn(output),
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
