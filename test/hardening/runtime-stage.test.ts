import { execSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer, type RunningServer } from '../e2e/server-process.ts';
import { readStages, type Copy, type Stage } from './dockerfile.ts';
import { figuresTable } from './harness.ts';

/**
 * The container as the Dockerfile builds it, with no container engine: its build stage's COPY
 * lines fill a fresh folder that runs `npm run build`, its runtime stage's COPY lines carry the
 * output into another folder, and that folder alone, with no node_modules, serves the app.
 */

const stages = readStages(readFileSync('Dockerfile', 'utf8'));
const runtime = stages.at(-1)!;
const stageNamed = (name: string | undefined) => stages.find((stage) => stage.name === name);

let work: string;
let runtimeDir: string;
let server: RunningServer;
let startMs: number;

/** Docker's COPY: a folder's contents into the destination, a file into it when it ends in a slash. */
function copy({ sources, destination }: Copy, from: (source: string) => string, to: Stage, root: string) {
  for (const source of sources) {
    const target = join(root, posix.resolve(to.workdir, destination));
    const origin = from(source);
    const file = !statSync(origin).isDirectory();
    if (file) mkdirSync(destination.endsWith('/') ? target : join(target, '..'), { recursive: true });
    cpSync(origin, file && destination.endsWith('/') ? join(target, basename(origin)) : target, { recursive: true });
  }
}

const sizeOf = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((total, name) => total + sizeOf(join(path, name)), 0)
    : statSync(path).size;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gearview-image-'));
  runtimeDir = join(work, 'runtime');
  const built = new Map<string, string>();
  for (const stage of stages.slice(0, -1)) {
    const root = join(work, stage.name ?? String(built.size));
    for (const step of stage.copies) {
      if (step.from) throw new Error(`the test reads only the context in build stages: ${step.from}`);
      copy(step, (source) => source, stage, root);
    }
    // The stage's `npm ci`: the packages this checkout already installed from the same lock.
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, posix.resolve(stage.workdir, 'node_modules')));
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    execSync('npm run build', {
      cwd: join(root, stage.workdir),
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    built.set(stage.name ?? '', root);
  }
  for (const step of runtime.copies) {
    const from = stageNamed(step.from);
    const root = step.from && built.get(step.from);
    if (!from || !root) throw new Error(`the runtime stage copies from no built stage: ${step.from ?? 'the context'}`);
    copy(step, (source) => join(root, posix.resolve(from.workdir, source)), runtime, runtimeDir);
  }

  const [command, entry, ...rest] = runtime.cmd ?? [];
  expect([command, rest]).toEqual(['node', []]);
  const started = performance.now();
  server = await startBuiltServer(
    { ...runtime.env, DEMO: '1' },
    join(runtimeDir, posix.resolve(runtime.workdir, entry!)),
  );
  startMs = performance.now() - started;
});

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the container runtime stage', () => {
  it('holds dist/ alone, with a server bundle that imports nothing but Node', () => {
    const app = join(runtimeDir, runtime.workdir);
    expect(readdirSync(app)).toEqual(['dist']);
    const serverDir = join(app, 'dist', 'server');
    for (const name of readdirSync(serverDir).filter((file) => file.endsWith('.js'))) {
      const code = readFileSync(join(serverDir, name), 'utf8');
      // Statements the bundler writes at the start of a line; comments quoting imports start with " *".
      const specifiers = [...code.matchAll(/^(?:import|export)\b[^"'\n]*["']([^"']+)["']/gm)].map(
        ([, specifier]) => specifier!,
      );
      expect(specifiers.filter((specifier) => !specifier.startsWith('node:') && !specifier.startsWith('.'))).toEqual(
        [],
      );
    }
    console.log(
      figuresTable('Container runtime stage', [
        ['runtime folder', `${(sizeOf(app) / 1024).toFixed(0)} KB`],
        ['server bundle', `${(sizeOf(serverDir) / 1024).toFixed(0)} KB`],
        ['start to healthy', `${startMs.toFixed(0)} ms`],
      ]),
    );
  });

  it("answers /api/health, and the image's HEALTHCHECK says healthy", async () => {
    expect(await (await fetch(`${server.origin}/api/health`)).json()).toEqual({ ok: true });
    const [command, ...args] = runtime.healthcheck ?? [];
    expect(command).toBe('node');
    const check = spawnSync(process.execPath, args, { env: { ...process.env, PORT: new URL(server.origin).port } });
    expect(check.status).toBe(0);
  });

  it('serves the start page and its script', async () => {
    const page = await fetch(`${server.origin}/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    const script = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.origin}${script}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('br');
  });

  it('answers a Destiny search from the bundled demo upstream', async () => {
    const response = await fetch(`${server.origin}/api/bungie/Platform/Destiny/SearchDestinyPlayer/-1/Kestrel_Vane/`);
    const body = (await response.json()) as { ErrorCode: number; Response: { displayName: string }[] };
    expect(body.ErrorCode).toBe(1);
    expect(body.Response.map((player) => player.displayName)).toEqual(['Kestrel_Vane']);
  });

  it("relays an icon the demo's painter draws", async () => {
    const response = await fetch(`${server.origin}/api/bungie/img/theme/destiny/icons/icon_psn.png`);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });
});
