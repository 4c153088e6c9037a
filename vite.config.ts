import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { precompressClient, serverPackageJson } from './src/server/vite-build-plugins.ts';
import { devApi } from './src/server/vite-dev-api.ts';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), tailwindcss(), devApi(), precompressClient(), serverPackageJson()],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    // The server bundle needs no copy of public/; the client build already has it.
    copyPublicDir: !isSsrBuild,
    // The server reads which chunks each route needs, to preload them with the page (page-html.ts).
    manifest: !isSsrBuild,
  },
  // The server bundle carries its dependencies, so a deployment needs only Node and dist/.
  ssr: isSsrBuild ? { noExternal: true } : undefined,
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          // Room for the longer waits of test/setup-dom.ts.
          testTimeout: 15_000,
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['./test/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'hardening',
          environment: 'node',
          include: ['test/hardening/**/*.test.ts'],
          globalSetup: ['./test/hardening/global-setup.ts'],
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
