// Bundles the calculator page from the built arrears package, resolved through its `exports`
// as a user's bundler resolves `arrears/plan` from node_modules: `npm run build` first, then
//   node examples/web/build.mjs      (writes examples/web/dist/calculator.js; open index.html)
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds dist/calculator.js (one classic script, so index.html also works from file://); resolves to its size in bytes. */
export async function buildCalculator({ outfile = join(here, 'dist', 'calculator.js') } = {}) {
  // node_modules/arrears as an install has it: the package (package.json + dist/), its dependencies beside it.
  const modules = mkdtempSync(join(tmpdir(), 'arrears-web-'));
  try {
    mkdirSync(join(modules, 'node_modules'));
    symlinkSync(root, join(modules, 'node_modules', 'arrears'), 'dir');
    for (const dep of ['zod', 'decimal.js', 'luxon', 'date-fns']) symlinkSync(join(root, 'node_modules', dep), join(modules, 'node_modules', dep), 'dir');
    const result = await build({
      entryPoints: [join(here, 'calculator.js')],
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      nodePaths: [join(modules, 'node_modules')],
      outfile,
      metafile: true,
      logLevel: 'warning',
      // tsup's Rollup pass leaves bare `import '../chunk-*.js'` lines in each entry, which
      // `"sideEffects": false` lets a bundler drop; esbuild says so once per line (harmless).
      logOverride: { 'ignored-bare-import': 'silent' },
    });
    return Object.values(result.metafile.outputs)[0].bytes;
  } finally {
    rmSync(modules, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await buildCalculator();
  console.log(`examples/web/dist/calculator.js: ${(bytes / 1000).toFixed(1)} kB minified`);
}
