import { serve } from '@hono/node-server';
import { firstScreenOf } from '../first-screen/render-first-screen.tsx';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadClientFiles } from './client-files.ts';
import { providerModes } from './config.ts';
import { createLineLog } from './line-log.ts';
import { createLinkPreview } from './link-preview.ts';
import { nodeGzip } from './node-gzip.ts';
import { createPageHtml, type BuildManifest } from './page-html.ts';
import { startNodeApi } from './node-api.ts';
import { unguardedProviders } from './sign-in-config.ts';

/** Requests still running after this long are cut off, so a stop never hangs. */
const SHUTDOWN_GRACE_MS = 5_000;
/** Room in the request head for the request line and path, beyond our header and query limits. */
const NODE_HEAD_SLACK_BYTES = 8_192;

// Built layout: dist/server/node-entry.js beside dist/client/.
const clientDir = fileURLToPath(new URL('../client/', import.meta.url));

const { log, flush: flushLog } = createLineLog((text) => process.stdout.write(text));

async function main() {
  const { app, config, close: closeApi } = await startNodeApi(process.env, log);
  const indexHtml = await readFile(`${clientDir}index.html`, 'utf8');
  // The build's map of source modules to chunks, for each page's preloads; absent, pages go without.
  const manifest = await readFile(`${clientDir}.vite/manifest.json`, 'utf8').then(
    (text) => JSON.parse(text) as BuildManifest,
    () => ({}),
  );
  const pages = createPageHtml(indexHtml, manifest);
  const client = await loadClientFiles(clientDir, pages);
  // Pages ask the API in-process, through the same proxy and cache as the browser's requests,
  // and on the visitor's rate limit: `env` carries their socket.
  const signIn = config.access.signIn;
  const preview = createLinkPreview({
    api: (request, env) => app.fetch(request, env),
    indexHtml: (pathname) => pages.pageOf(pathname)?.html ?? indexHtml,
    publicOrigin: config.access.publicOrigin,
    privateProviders: signIn?.providers.map((name) => (name === 'bungie' ? 'destiny' : name)),
    firstScreen: firstScreenOf,
    gzip: nodeGzip,
  });
  // After the API's routes, so pages and files get the same request log and security headers.
  app.all('*', async (c) => (await preview(c.req.raw, c.env)) ?? client(c.req.raw));

  const { maxHeaderBytes, maxQueryBytes } = config.limits;
  // Secure by default: live private data nobody signs in for is served to this machine alone.
  const unguarded = unguardedProviders(config.access, providerModes(config));
  const server = serve(
    {
      fetch: app.fetch,
      port: config.port,
      hostname: unguarded.length ? '127.0.0.1' : undefined,
      // Node answers an oversized head itself, with no body: keep its limit above ours, so clients get our JSON 431 or 414.
      serverOptions: { maxHeaderSize: maxHeaderBytes + maxQueryBytes + NODE_HEAD_SLACK_BYTES },
    },
    (info) => {
      log({ event: 'start', port: info.port, providers: providerModes(config) });
      if (unguarded.length) {
        log({
          event: 'loopback-only',
          providers: unguarded,
          message: `Listening on 127.0.0.1 only: live ${unguarded.join(' and ')} would be open to anyone. Configure sign-in (OIDC_ISSUER and the rest) or set ALLOW_ANONYMOUS=${unguarded.join(',')}.`,
        });
      }
    },
  );
  server.on('error', (error) => {
    log({ event: 'fatal', message: error.message });
    flushLog();
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log({ event: 'stop', signal });
    const exit = () => {
      flushLog();
      process.exit(0);
    };
    setTimeout(exit, SHUTDOWN_GRACE_MS).unref();
    server.close(async () => {
      await closeApi();
      // Nothing left worth waiting for: a demo handler may still be sleeping through its "slow" scenario.
      exit();
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log({ event: 'fatal', message: error instanceof Error ? error.message : String(error) });
  flushLog();
  process.exit(1);
});
