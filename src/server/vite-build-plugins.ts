import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compressedForms, PRECOMPRESSED_SUFFIX } from './client-files.ts';

/**
 * Writes each client file's brotli and gzip forms beside it, as the server would make them, so the
 * server reads them at start instead of spending seconds compressing (see client-files.ts).
 */
export function precompressClient(): Plugin {
  return {
    name: 'gearview-precompress-client',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    async writeBundle(options, bundle) {
      const dir = options.dir!;
      await Promise.all(
        Object.values(bundle).map(async (output) => {
          const identity = Buffer.from(output.type === 'chunk' ? output.code : output.source);
          const { br, gzip } = await compressedForms(`/${output.fileName}`, identity);
          if (!br || !gzip) return;
          const location = join(dir, output.fileName);
          await Promise.all([
            writeFile(location + PRECOMPRESSED_SUFFIX.br, br),
            writeFile(location + PRECOMPRESSED_SUFFIX.gzip, gzip),
          ]);
        }),
      );
    },
  };
}

/**
 * Marks the server bundle as an ES module by a package.json of its own, so dist/ runs where the
 * project's package.json is not (the container's runtime stage).
 */
export function serverPackageJson(): Plugin {
  return {
    name: 'gearview-server-package-json',
    apply: (_config, env) => env.command === 'build' && env.isSsrBuild === true,
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "module" }\n' });
    },
  };
}
