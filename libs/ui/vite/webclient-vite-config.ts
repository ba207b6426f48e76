import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'vitest/config';

export interface WebclientViteOptions {
  /** The app's folder (its `import.meta.dirname`). */
  root: string;
  /** The Nx project name: the vitest project and the cache folder are named after it. */
  name: string;
  /** Where the app is served under the one host, e.g. `/shopping/`. */
  base: string;
  /** The dev and preview port. */
  port: number;
  /** What only this app needs, merged over the shared settings one level deep. */
  build?: ViteUserConfig['build'];
  ssr?: ViteUserConfig['ssr'];
}

// Workspace libraries are compiled from source (the ui lib ships .vue files), without turning
// on the `development` export condition for third-party packages such as vue itself.
const workspaceLibs = fileURLToPath(new URL('../../', import.meta.url));

/** The Vite and vitest settings both webclients share; each app's config adds its own. */
export function webclientViteConfig(options: WebclientViteOptions): ViteUserConfig {
  return {
    root: options.root,
    base: options.base,
    cacheDir: `../../node_modules/.vite/apps/${options.name}`,
    plugins: [vue()],
    resolve: {
      alias: [
        { find: /^@aneis\/([\w-]+)$/, replacement: `${workspaceLibs}$1/src/index.ts` },
        // subpath entries, e.g. @aneis/contracts/constants (zod-free values for the browser)
        {
          find: /^@aneis\/([\w-]+)\/([\w-]+)$/,
          replacement: `${workspaceLibs}$1/src/$2/index.ts`,
        },
      ],
    },
    server: { port: options.port, host: 'localhost' },
    preview: { port: options.port, host: 'localhost' },
    ...(options.ssr ? { ssr: options.ssr } : {}),
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      reportCompressedSize: true,
      ...options.build,
    },
    test: {
      name: options.name,
      watch: false,
      globals: true,
      environment: 'happy-dom',
      include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
      reporters: ['default', 'json'],
      outputFile: { json: './test-output/vitest/results.json' },
    },
  };
}
