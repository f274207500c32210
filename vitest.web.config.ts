import { defineConfig } from 'vitest/config';

// The browser test of examples/web: after the build (it bundles the built package), without
// coverage (the page runs in Chromium, not in this process). `npm run test:web`.
export default defineConfig({
  test: {
    include: ['test/web/**/*.web.test.ts'],
    testTimeout: 60_000,
  },
});
