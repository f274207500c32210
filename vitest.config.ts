import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser test needs the build: npm run test:web runs it after `npm run build`.
    exclude: [...configDefaults.exclude, 'test/web/**'],
    setupFiles: ['test/support/fast-check.ts'],
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90, branches: 90, functions: 90, statements: 90 },
    },
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
