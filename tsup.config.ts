import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

/**
 * One entry per public subpath. Adding a module means adding it here, to package.json
 * (`exports` and `typesVersions`), to typedoc.json and to .size-limit.json;
 * test/package/subpaths.test.ts checks that the five lists agree.
 */
export const entries = {
  index: 'src/index.ts',
  'money/index': 'src/money/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'plan/index': 'src/plan/index.ts',
  'fees/index': 'src/fees/index.ts',
  'escalation/index': 'src/escalation/index.ts',
  'compliance/index': 'src/compliance/index.ts',
  'settlement/index': 'src/settlement/index.ts',
  'messages/index': 'src/messages/index.ts',
  'reminders/index': 'src/reminders/index.ts',
};

/**
 * Internal modules built as entries of their own (not exported, not public): a shared chunk
 * holds the code that the same entries reach, so without this the import of decimal.js would sit
 * at the top of the plan chunk, and a bundler keeps an import of decimal.js whether or not it
 * is used (decimal.js does not declare itself free of side effects). In a chunk of its own,
 * imported from our package (`"sideEffects": false`), it is dropped with its import when the page
 * never solves a general APR: a page that builds schedules bundles no decimal.js.
 */
export const isolatedEntries = {
  'internal/plan-decimals': 'src/plan/decimals.ts',
};

/**
 * The `arrears` command line (package.json `bin`): one ESM file for Node, library code bundled
 * in, dependencies external. test/cli/process.test.ts builds it with this very config.
 */
export const cliConfig: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  dts: false,
  sourcemap: true,
  splitting: false,
  outDir: 'dist',
  external: ['zod', 'decimal.js', 'luxon', 'date-fns'],
};

export default defineConfig([
  {
    entry: { ...entries, ...isolatedEntries },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Shared chunks keep one copy of ArrearsError across subpaths, so `instanceof` works
    // between `arrears/money` and `arrears/calendar` in CommonJS too.
    splitting: true,
    treeshake: true,
    // No `clean` here: both configs build in parallel into dist/; `npm run build` cleans first.
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    external: ['zod', 'decimal.js', 'luxon', 'date-fns'],
  },
  cliConfig,
]);
