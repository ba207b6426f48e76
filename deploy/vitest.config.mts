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
    // the real-process tests (redis failover, rsyslogd) take seconds, not milliseconds
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
