import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../node_modules/.vite/deploy',
  test: {
    name: 'deploy',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: './test-output/vitest/results.json' },
    // The real-process tests (mongosh runs, redis failover, rsyslogd, the stand-in kubectl) take
    // tens of seconds on a calm machine (mongo-init-script ~40 s each) and several times that on
    // a loaded 2-core CI runner; the limit is only there to end a hang, not to time anything.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
