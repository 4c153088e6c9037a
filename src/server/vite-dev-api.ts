import { fileURLToPath } from 'node:url';
import { isRunnableDevEnvironment, type Plugin } from 'vite';

/**
 * Mounts the same /api as production into the Vite dev server, demo upstream included. All work
 * happens in configureServer: vite.config.ts imports this module for builds and tests too.
 */
export function devApi(): Plugin {
  return {
    name: 'gearview-dev-api',
    // Vitest runs a Vite server in mode "test"; tests start their own upstreams.
    apply: (_config, env) => env.command === 'serve' && env.mode !== 'test',
    async configureServer(server) {
      const ssr = server.environments.ssr;
      if (!ssr || !isRunnableDevEnvironment(ssr)) throw new Error('gearview-dev-api needs a runnable SSR environment');
      // Loaded through Vite, not imported: the config bundle must not pull in the server and demo code.
      const entry = fileURLToPath(new URL('./node-api.ts', import.meta.url));
      const [{ getRequestListener }, { startNodeApi }] = await Promise.all([
        import('@hono/node-server'),
        ssr.runner.import<typeof import('./node-api.ts')>(entry),
      ]);
      const log = (line: Record<string, unknown>) => server.config.logger.info(`[api] ${JSON.stringify(line)}`);
      const api = await startNodeApi(process.env, log);
      const listener = getRequestListener(api.app.fetch);
      server.httpServer?.once('close', () => void api.close());
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?', 1)[0] ?? '';
        if (path === '/api' || path.startsWith('/api/')) void listener(req, res);
        else next();
      });
    },
  };
}
