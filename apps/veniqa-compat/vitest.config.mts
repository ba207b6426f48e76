import { defineConfig } from 'vitest/config';

// Both servers are started once, as processes, for the one journey file: the shopper's order is
// what the manager then fulfils, so the steps run in order and each gets generous time.
export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/veniqa-compat',
  test: {
    name: 'veniqa-compat',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['test/**/*.spec.ts'],
    // One MongoDB engine for the run (MONGODB_URI, a real mongod, or CongoDB).
    globalSetup: ['@aneis/data/vitest-global-setup'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: './test-output/vitest/results.json' },
  },
});
