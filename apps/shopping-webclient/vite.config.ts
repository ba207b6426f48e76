import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Workspace libraries are compiled from source (the ui lib ships .vue files), without turning
// on the `development` export condition for third-party packages such as vue itself.
const workspaceLibs = fileURLToPath(new URL('../../libs/', import.meta.url));

export default defineConfig({
  root: import.meta.dirname,
  base: '/shopping/',
  cacheDir: '../../node_modules/.vite/apps/shopping-webclient',
  plugins: [vue()],
  resolve: {
    alias: [
      { find: /^@aneis\/([\w-]+)$/, replacement: `${workspaceLibs}$1/src/index.ts` },
      // subpath entries, e.g. @aneis/contracts/constants (zod-free values for the browser)
      { find: /^@aneis\/([\w-]+)\/([\w-]+)$/, replacement: `${workspaceLibs}$1/src/$2/index.ts` },
    ],
  },
  server: { port: 5201, host: 'localhost' },
  preview: { port: 5201, host: 'localhost' },
  // The server-side build (`vite build --ssr src/entry-server.ts`, target build-ssr) carries
  // everything it imports, vue included: the shopping server loads it as one file, with no
  // webclient packages in its image.
  ssr: { noExternal: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    // Pictures stay files (the brand's logo and favicon): a data: URL would need a looser
    // img-src in a Content-Security-Policy.
    assetsInlineLimit: (file) =>
      /\.(svg|png|jpe?g|webp|avif|gif)$/.test(file) ? false : undefined,
  },
  test: {
    name: 'shopping-webclient',
    watch: false,
    globals: true,
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: './test-output/vitest/results.json' },
  },
});
