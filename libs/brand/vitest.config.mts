import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/libs/brand',
  test: {
    name: 'brand',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: './test-output/vitest/results.json' },
  },
});
