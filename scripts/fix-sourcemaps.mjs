// Tidies the source maps tsup writes. With `treeshake: true` tsup passes esbuild's output through
// Rollup, which (1) writes a map with no sources for an entry file that only re-exports from
// shared chunks (every module index: `{"version":3,"sources":[],"mappings":""}`, 70 bytes), and
// (2) appends its own `//# sourceMappingURL=` after the one esbuild left, so every file ends
// with the comment twice. This keeps one comment, and removes the empty maps with their comment:
// a debugger has nothing to map in a file of re-exports.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const COMMENT = /(?:\n\/\/# sourceMappingURL=[^\n]*)+\n?$/;
let removed = 0;
let deduplicated = 0;

function walk(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(c?js)$/.test(entry.name)) tidy(path);
  }
}

function tidy(path) {
  const text = readFileSync(path, 'utf8');
  const match = COMMENT.exec(text);
  if (match === null) return;
  const body = text.slice(0, match.index);
  let map;
  try {
    map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
  } catch {
    return;
  }
  if (Array.isArray(map.sources) && map.sources.length === 0) {
    rmSync(`${path}.map`);
    writeFileSync(path, `${body}\n`);
    removed += 1;
    return;
  }
  const name = path.slice(path.lastIndexOf('/') + 1);
  const tidied = `${body}\n//# sourceMappingURL=${name}.map\n`;
  if (tidied !== text) {
    writeFileSync(path, tidied);
    deduplicated += 1;
  }
}

walk(dist);
console.log(`fix-sourcemaps: ${removed} empty maps removed, ${deduplicated} files with one sourceMappingURL comment again`);
