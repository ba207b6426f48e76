import { defineConfig } from 'vitest/config';

// One local stack and one Chromium serve the journey; it walks many pages, so each step gets
// minutes, and files never run side by side (they would start two stacks on two cores).
export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/management-webclient-e2e',
  test: {
    name: 'management-webclient-e2e',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['test/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: './test-output/vitest/results.json' },
  },
});
