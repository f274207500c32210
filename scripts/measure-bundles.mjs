// Measures what a browser page pays for arrears, dependencies included: two pages bundled with
// esbuild (minified, ESM, browser) from the built package, resolved through its `exports` as a
// user's bundler resolves them. Prints raw and gzip sizes and each package's share. Needs
// `npm run build` first. Figures only: nothing is asserted (the budgets are in .size-limit.json).
//   node scripts/measure-bundles.mjs
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const pages = {
  'plan calculator (safeBuildSchedule + safeParseAmount)': "import { safeBuildSchedule } from 'arrears/plan';\nimport { safeParseAmount } from 'arrears/money';\nglobalThis.run = (t) => [safeBuildSchedule(t), safeParseAmount(t.principal, 'USD')];\n",
  'contact check (checkContact)': "import { checkContact } from 'arrears/compliance';\nglobalThis.run = (i) => checkContact(i);\n",
};

/**
 * Bundles each page (name -> source) as a user's bundler would, from the built package with its
 * dependencies. Returns per page: minified and gzip bytes, and bytes in the output per package.
 */
export async function bundlePages(sources) {
  const scratch = mkdtempSync(join(tmpdir(), 'arrears-bundles-'));
  try {
    // A project with arrears installed: node_modules/arrears is this package (its dist/ and
    // package.json), its dependencies beside it.
    mkdirSync(join(scratch, 'node_modules'));
    symlinkSync(root, join(scratch, 'node_modules', 'arrears'), 'dir');
    for (const dep of ['zod', 'decimal.js', 'luxon', 'date-fns']) symlinkSync(join(root, 'node_modules', dep), join(scratch, 'node_modules', dep), 'dir');
    const bundles = {};
    for (const [name, source] of Object.entries(sources)) {
      const entry = join(scratch, `${Object.keys(bundles).length}.js`);
      writeFileSync(entry, source);
      const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, metafile: true, absWorkingDir: scratch, logLevel: 'silent' });
      const code = result.outputFiles[0].contents;
      const packages = {};
      for (const [file, info] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
        // esbuild follows the symlinks: arrears' own files are under this checkout's dist/.
        if (info.bytesInOutput === 0) continue;
        const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
        const pkg = match ? match[1] : file.includes('dist/') ? 'arrears' : 'page';
        packages[pkg] = (packages[pkg] ?? 0) + info.bytesInOutput;
      }
      bundles[name] = { minified: code.length, gzip: gzipSync(code).length, packages };
    }
    return bundles;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Object.entries(await bundlePages(pages)).map(([page, { minified, gzip, packages }]) => {
    const total = Object.values(packages).reduce((a, b) => a + b, 0);
    return {
      page,
      'minified kB': (minified / 1000).toFixed(1),
      'gzip kB': (gzip / 1000).toFixed(1),
      shares: Object.entries(packages)
        .sort((a, b) => b[1] - a[1])
        .map(([pkg, bytes]) => `${pkg} ${Math.round((100 * bytes) / total)}%`)
        .join(', '),
      luxon: 'luxon' in packages ? 'yes' : 'no',
    };
  });
  console.table(rows);
}
