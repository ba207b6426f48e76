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
    // One MongoDB engine for the run (MONGODB_URI, a real mongod, or CongoDB); other projects
    // use the same file as '@aneis/data/vitest-global-setup'.
    globalSetup: ['./src/testing/vitest-global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: './test-output/vitest/results.json' },
  },
});
