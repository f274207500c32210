// Writes dist/schemas/<name>.json (and index.json) for every input schema, with the CLI that
// was just built: the files are exactly what `arrears schema <name>` prints.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('build-schemas: dist/cli.js is missing; run tsup first.');
  process.exit(1);
}
const run = spawnSync(process.execPath, [cli, 'schema', '--out-dir', 'dist/schemas'], { cwd: root, encoding: 'utf8' });
if (run.status !== 0) {
  console.error(`build-schemas: arrears schema --out-dir failed (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const written = readdirSync(new URL('../dist/schemas', import.meta.url)).filter((f) => f !== 'index.json');
console.log(`build-schemas: ${written.length} JSON Schemas in dist/schemas`);
