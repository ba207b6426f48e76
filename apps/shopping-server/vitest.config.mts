import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/shopping-server',
  test: {
    name: 'shopping-server',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    // One MongoDB engine for the run (MONGODB_URI, a real mongod, or CongoDB).
    globalSetup: ['@aneis/data/vitest-global-setup'],
    // Component tests start servers, Redis clients and databases: give them room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: './test-output/vitest/results.json' },
  },
});
