import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/libs/data',
  test: {
    name: 'data',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    // Real servers are stopped and restarted here; the waits inside a test allow up to 10 s, so
    // the default 5 s would cut them short on a busy CI machine.
    testTimeout: 20_000,
    // One MongoDB engine for the run (MONGODB_URI, a real mongod, or CongoDB); other projects
    // use the same file as '@aneis/data/vitest-global-setup'.
    globalSetup: ['./src/testing/vitest-global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: './test-output/vitest/results.json' },
  },
});
