import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries } from '../../tsup.config.js';

// Adding a module means editing five lists; this test keeps them in agreement.
const root = resolve(import.meta.dirname, '../..');
const read = (file: string): unknown => JSON.parse(readFileSync(resolve(root, file), 'utf8'));

interface Conditions {
  import: { types: string; default: string };
  require: { types: string; default: string };
}
const pkg = read('package.json') as {
  exports: Record<string, Conditions | string>;
  typesVersions: { '*': Record<string, string[]> };
};
const typedoc = read('typedoc.json') as { entryPoints: string[] };
const sizeLimit = read('.size-limit.json') as Array<{ path: string; ignore?: string[] }>;

/** Data files exported as they are (the JSON Schemas), not modules. */
const DATA_EXPORTS = ['./package.json', './schemas/*'];

const modules = Object.keys(pkg.exports)
  .filter((key) => key !== '.' && !DATA_EXPORTS.includes(key))
  .map((key) => key.slice(2))
  .sort();

describe('subpath lists', () => {
  it('maps every exports entry with types first for both conditions', () => {
    expect(pkg.exports['./schemas/*']).toBe('./dist/schemas/*');
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (DATA_EXPORTS.includes(key)) continue;
      expect(typeof value).toBe('object');
      const conditions = value as Conditions;
      expect(Object.keys(conditions)).toEqual(['import', 'require']);
      expect(Object.keys(conditions.import)[0]).toBe('types');
      expect(Object.keys(conditions.require)[0]).toBe('types');
      const base = key === '.' ? 'index' : `${key.slice(2)}/index`;
      expect(conditions).toEqual({
        import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
        require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
      });
    }
  });

  it('lists the same modules in typesVersions', () => {
    expect(Object.keys(pkg.typesVersions['*']).sort()).toEqual(modules);
    for (const m of modules) expect(pkg.typesVersions['*'][m]).toEqual([`./dist/${m}/index.d.ts`]);
  });

  it('builds the same modules with tsup', () => {
    expect(Object.keys(entries).sort()).toEqual(['index', ...modules.map((m) => `${m}/index`)].sort());
    for (const [name, file] of Object.entries(entries)) expect(file).toBe(`src/${name}.ts`);
  });

  it('documents the same modules with typedoc', () => {
    expect([...typedoc.entryPoints].sort()).toEqual(['src/index.ts', ...modules.map((m) => `src/${m}/index.ts`)].sort());
  });

  it('budgets the same modules with size-limit, every dependency counted', () => {
    const counted = sizeLimit.filter((e) => e.ignore === undefined && e.path.startsWith('dist/')).map((e) => e.path);
    expect([...new Set(counted)].sort()).toEqual(['dist/index.js', ...modules.map((m) => `dist/${m}/index.js`)].sort());
  });

  it('has a source index for each module and re-exports it from the root', () => {
    const rootIndex = readFileSync(resolve(root, 'src/index.ts'), 'utf8');
    for (const m of modules) {
      expect(existsSync(resolve(root, `src/${m}/index.ts`))).toBe(true);
      expect(rootIndex).toContain(`export * from './${m}/index.js';`);
      expect(readFileSync(resolve(root, `src/${m}/index.ts`), 'utf8')).toContain(`@module arrears/${m}`);
    }
  });
});
