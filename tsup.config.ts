import { defineConfig } from 'tsup';

/**
 * One entry per public subpath. Adding a module means adding it here, to package.json
 * (`exports` and `typesVersions`), to typedoc.json and to .size-limit.json;
 * test/package/subpaths.test.ts checks that the five lists agree.
 */
export const entries = {
  index: 'src/index.ts',
  'money/index': 'src/money/index.ts',
  'calendar/index': 'src/calendar/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  // Shared chunks keep one copy of ArrearsError across subpaths, so `instanceof` works
  // between `arrears/money` and `arrears/calendar` in CommonJS too.
  splitting: true,
  treeshake: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  external: ['zod', 'decimal.js', 'luxon', 'date-fns'],
});
