import { defineConfig } from 'vitest/config';

// One local stack and one Chromium serve the whole run (see test/global-setup.ts), so the
// files run one after another and each test gets minutes, not seconds.
export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/shopping-webclient-e2e',
  test: {
    name: 'shopping-webclient-e2e',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['test/**/*.spec.ts'],
    globalSetup: ['./test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: './test-output/vitest/results.json' },
  },
});
